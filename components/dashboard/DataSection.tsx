// The dashboard's data tools (export, import, names, retention, forget, sites, time settings), each showing its failures rather than swallowing them.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { t } from '@/utils/i18n';
import { db } from '@/utils/log/db';
import { entriesCsv, fieldsCsv, flowsCsv, weeksCsv } from '@/utils/log/export';
import { applyRetention, forgetEverything, type Purged } from '@/utils/log/retention';
import { exportLog, importLog, LogImportError, MAX_CLERK_NAME, parseLogExport, readLogFile, setClerkName } from '@/utils/log/transfer';
import type { DashboardView, Period } from '@/utils/log/view';
import { removeCoreSystem } from '@/utils/passive/core-systems';
import { coreSystems, latestSource, logProblem, logSettings, passiveVisits, recentSourceHashes, type LogSettings } from '@/utils/storage-items';
import { downloadText } from './download';
import { useStorageItem } from './use-item';
import { formatCount, importErrorLine, importResultLine } from './words';
import { problemText } from '@/utils/log/problem';

const CSV = 'text/csv;charset=utf-8';

/** A line saying what an action did, or why it failed. */
type Outcome = { ok: boolean; text: string } | undefined;

function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'outcome' : 'outcome error'} role={outcome.ok ? 'status' : 'alert'} data-testid={testId} data-ok={outcome.ok}>
      {outcome.text}
    </p>
  );
}

function failed(error: unknown): Outcome {
  return { ok: false, text: t('dashActionFailed', [problemText(error)]) };
}

export function purgedLine(p: Purged, locale: string): string {
  return p.entries + p.jobs === 0 ? t('dashPurgedNothing') : t('dashPurged', [formatCount(p.entries, locale), formatCount(p.jobs, locale)]);
}

function Block({ title, children, testId, runs }: { title: string; children: ReactNode; testId: string; runs?: number }) {
  return (
    <div className="data-block" data-testid={testId} data-runs={runs}>
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function ExportBlock({ view, period, today, names }: { view: DashboardView | undefined; period: Period; today: string; names: Readonly<Record<string, string>> }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const run = (work: () => Promise<void> | void) => async () => {
    setOutcome(undefined);
    try {
      await work();
    } catch (error) {
      setOutcome(failed(error));
    }
  };
  const empty = !view || view.jobs + view.forms.length === 0;
  return (
    <Block title={t('dashExportTitle')} testId="export">
      <p className="muted hint">{t('dashExportHint')}</p>
      <div className="actions">
        <button type="button" disabled={empty} onClick={run(async () => downloadText(`tenki-entries-${today}.csv`, await entriesCsv(db(), period, t, names), CSV))} data-testid="export-entries-csv">
          {t('dashExportEntries')}
        </button>
        <button type="button" disabled={empty} onClick={run(() => view && downloadText(`tenki-fields-${today}.csv`, fieldsCsv(view, t), CSV))} data-testid="export-fields-csv">
          {t('dashExportFields')}
        </button>
        <button type="button" disabled={empty} onClick={run(() => view && downloadText(`tenki-flows-${today}.csv`, flowsCsv(view, t), CSV))} data-testid="export-flows-csv">
          {t('dashExportFlows')}
        </button>
        <button type="button" disabled={empty} onClick={run(() => view && downloadText(`tenki-weeks-${today}.csv`, weeksCsv(view, t), CSV))} data-testid="export-weeks-csv">
          {t('dashExportWeeks')}
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={run(async () => downloadText(`tenki-log-${period.from ?? 'start'}-${period.to ?? today}.json`, JSON.stringify(await exportLog(db(), new Date(), period)), 'application/json'))}
          data-testid="export-json-period"
        >
          {t('dashExportJsonPeriod')}
        </button>
        <button type="button" onClick={run(async () => downloadText(`tenki-log-${today}.json`, JSON.stringify(await exportLog(db())), 'application/json'))} data-testid="export-json">
          {t('dashExportJson')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} testId="export-error" />
    </Block>
  );
}

type ImportLine = { file: string; status: 'added' | 'already' | 'own' | 'refused' | 'failed'; code?: string; text: string };

/** The name this browser's clerk goes by in exports; saved on the button, so half-typed names never travel. */
function ClerkName({ names }: { names: Readonly<Record<string, string>> }) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const value = draft ?? names[''] ?? '';
  const save = async () => {
    try {
      await setClerkName(db(), value);
      setDraft(undefined);
      setOutcome(undefined);
    } catch (error) {
      setOutcome(failed(error));
    }
  };
  return (
    <div className="clerk-name">
      <label htmlFor={id}>{t('dashClerkName')}</label>
      <div className="actions">
        <input id={id} type="text" maxLength={MAX_CLERK_NAME} value={value} onChange={(e) => setDraft(e.target.value)} data-testid="clerk-name" />
        <button type="button" onClick={() => void save()} disabled={draft === undefined} data-testid="clerk-name-save">
          {t('dashClerkNameSave')}
        </button>
      </div>
      <p className="muted hint">{t('dashClerkNameHint')}</p>
      <OutcomeLine outcome={outcome} testId="clerk-name-error" />
    </div>
  );
}

function ImportBlock(props: { locale: string; names: Readonly<Record<string, string>>; settings: LogSettings | undefined; today: string }) {
  const { locale, names } = props;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<ImportLine[]>([]);
  const [purged, setPurged] = useState<Outcome>();
  const [runs, setRuns] = useState(0);
  const importFiles = async (files: File[]) => {
    setBusy(true);
    setLines([]);
    setPurged(undefined);
    const out: ImportLine[] = [];
    // One file after another: each is checked whole and merged in its own transaction, so a refused file changes nothing.
    for (const file of files) {
      try {
        const data = parseLogExport(await readLogFile(file));
        const result = await importLog(db(), data);
        const added = result.jobs + result.entries + result.updated > 0;
        const status = added ? 'added' : result.own ? 'own' : 'already';
        out.push({ file: file.name, status, text: importResultLine(file.name, result, t, locale, data.clerkNames?.[result.clerk]) });
      } catch (error) {
        const refused = error instanceof LogImportError;
        out.push({ file: file.name, status: refused ? 'refused' : 'failed', code: refused ? error.code : error instanceof Error ? error.name : undefined, text: importErrorLine(file.name, error, t) });
      }
      setLines([...out]);
    }
    // Colleagues' rows older than the retention period do not come back through an import.
    if (out.some((l) => l.status === 'added')) {
      try {
        const gone = await applyRetention(db(), props.settings?.retentionDays ?? 0, props.today);
        if (gone.jobs + gone.entries > 0) setPurged({ ok: true, text: purgedLine(gone, locale) });
      } catch (error) {
        setPurged(failed(error));
      }
    }
    setBusy(false);
    setRuns((r) => r + 1);
  };
  return (
    <Block title={t('dashImportTitle')} testId="import" runs={runs}>
      <ClerkName names={names} />
      <p className="muted hint">{t('dashImportHint')}</p>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        multiple
        disabled={busy}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared at once, so choosing the same file again is a new import (and shows that nothing is counted twice).
          e.target.value = '';
          if (files.length) void importFiles(files);
        }}
        data-testid="import-files"
      />
      <label htmlFor={id} className="button">
        {t('dashImportChoose')}
      </label>
      {lines.length > 0 && (
        <ul className="import-results" data-testid="import-results" data-busy={busy}>
          {lines.map((l, i) => (
            <li key={i} className={l.status === 'refused' || l.status === 'failed' ? 'error' : ''} data-testid="import-result" data-status={l.status} data-code={l.code ?? ''}>
              {l.text}
            </li>
          ))}
        </ul>
      )}
      <OutcomeLine outcome={purged} testId="import-purged" />
    </Block>
  );
}

/** A number setting typed freely; saved as soon as it is a whole number in range. */
function NumberSetting(props: { label: string; value: number; min: number; max: number; onSave(v: number): Promise<void>; testId: string }) {
  const [draft, setDraft] = useState(String(props.value));
  useEffect(() => {
    setDraft((d) => (Number(d) === props.value ? d : String(props.value)));
  }, [props.value]);
  const valid = (s: string) => /^\d+$/.test(s.trim()) && Number(s) >= props.min && Number(s) <= props.max;
  return (
    <label className="setting">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={draft}
        aria-invalid={!valid(draft)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (valid(e.target.value)) void props.onSave(Number(e.target.value));
        }}
        data-testid={props.testId}
      />
    </label>
  );
}

function useSaveSettings(settings: LogSettings | undefined, setOutcome: (o: Outcome) => void) {
  return (patch: Partial<LogSettings>) => async () => {
    if (!settings) return;
    try {
      await logSettings.setValue({ ...(await logSettings.getValue()), ...patch });
    } catch (error) {
      setOutcome(failed(error));
    }
  };
}

function RetentionBlock({ settings, today, locale, onOpenPurge }: { settings: LogSettings | undefined; today: string; locale: string; onOpenPurge: Outcome }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const save = useSaveSettings(settings, setOutcome);
  const shown = outcome ?? onOpenPurge;
  return (
    <Block title={t('dashRetentionTitle')} testId="retention">
      <p className="muted hint">{t('dashRetentionHint')}</p>
      {settings && (
        <div className="actions">
          <NumberSetting label={t('dashRetentionDays')} value={settings.retentionDays} min={0} max={36500} onSave={(v) => save({ retentionDays: v })()} testId="retention-days" />
          <button
            type="button"
            onClick={async () => {
              setOutcome(undefined);
              try {
                const { retentionDays } = await logSettings.getValue();
                setOutcome({ ok: true, text: purgedLine(await applyRetention(db(), retentionDays, today), locale) });
              } catch (error) {
                setOutcome(failed(error));
              }
            }}
            data-testid="purge-now"
            data-days={settings.retentionDays}
          >
            {t('dashPurgeNow')}
          </button>
        </div>
      )}
      <OutcomeLine outcome={shown} testId="purge-result" />
    </Block>
  );
}

function ForgetBlock() {
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const forget = async () => {
    setAsking(false);
    setOutcome(undefined);
    try {
      await forgetEverything(db());
      // What the browser session holds too: the hashes of recent sources, the latest source itself, the manual jobs of open visits, the last write failure.
      await Promise.all([recentSourceHashes, latestSource, passiveVisits, logProblem].map((item) => item.removeValue()));
      setOutcome({ ok: true, text: t('dashForgotten') });
    } catch (error) {
      setOutcome(failed(error));
    }
  };
  return (
    <Block title={t('dashForgetTitle')} testId="forget">
      {asking ? (
        <div className="confirm" role="alertdialog" aria-labelledby="dash-forget-text" data-testid="forget-confirm-box">
          <p id="dash-forget-text">{t('dashForgetConfirmText')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void forget()} data-testid="forget-confirm">
              {t('dashForgetConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)} autoFocus data-testid="forget-cancel">
              {t('dashForgetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger-outline" onClick={() => setAsking(true)} data-testid="forget-everything">
          {t('dashForget')}
        </button>
      )}
      <OutcomeLine outcome={outcome} testId="forget-result" />
    </Block>
  );
}

function SitesBlock() {
  const sites = useStorageItem(coreSystems);
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <Block title={t('dashSitesTitle')} testId="sites">
      <p className="muted hint">{t('dashSitesHint')}</p>
      {sites && sites.length === 0 && <p className="muted" data-testid="sites-none">{t('dashSitesNone')}</p>}
      {sites && sites.length > 0 && (
        <ul className="sites">
          {sites.map((origin) => (
            <li key={origin} data-testid="core-site" data-origin={origin}>
              <span className="site-origin">{origin}</span>
              <button
                type="button"
                className="link"
                onClick={async () => {
                  try {
                    await coreSystems.setValue(removeCoreSystem(await coreSystems.getValue(), origin));
                  } catch (error) {
                    setOutcome(failed(error));
                  }
                }}
                data-testid="core-site-remove"
              >
                {t('dashSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <OutcomeLine outcome={outcome} testId="sites-error" />
    </Block>
  );
}

function TimeBlock({ settings }: { settings: LogSettings | undefined }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const save = useSaveSettings(settings, setOutcome);
  return (
    <Block title={t('dashTimeTitle')} testId="time-settings">
      {settings && (
        <div className="actions">
          <NumberSetting label={t('dashCharsPerMinute')} value={settings.charsPerMinute} min={1} max={1000} onSave={(v) => save({ charsPerMinute: v })()} testId="chars-per-minute" />
          <NumberSetting label={t('dashSecondsPerField')} value={settings.secondsPerField} min={0} max={600} onSave={(v) => save({ secondsPerField: v })()} testId="seconds-per-field" />
        </div>
      )}
      <OutcomeLine outcome={outcome} testId="time-error" />
    </Block>
  );
}

export function DataSection(props: {
  view: DashboardView | undefined;
  period: Period;
  today: string;
  locale: string;
  settings: LogSettings | undefined;
  onOpenPurge: Outcome;
  names: Readonly<Record<string, string>>;
}) {
  return (
    <section className="card dash-data" aria-labelledby="dash-data-title" data-testid="data">
      <h2 id="dash-data-title">{t('dashDataTitle')}</h2>
      <div className="data-grid">
        <ExportBlock view={props.view} period={props.period} today={props.today} names={props.names} />
        <ImportBlock locale={props.locale} names={props.names} settings={props.settings} today={props.today} />
        <TimeBlock settings={props.settings} />
        <RetentionBlock settings={props.settings} today={props.today} locale={props.locale} onOpenPurge={props.onOpenPurge} />
        <SitesBlock />
        <ForgetBlock />
      </div>
    </section>
  );
}

export type { Outcome };
