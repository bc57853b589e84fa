// The team lead's dashboard: what was re-entered by hand in a period, from where into which form, at what cost, and what to redesign first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { redesignCandidates } from '@/utils/log/candidates';
import { db } from '@/utils/log/db';
import { dayOf } from '@/utils/log/calendar';
import { DEFAULT_TIME } from '@/utils/log/estimate';
import { applyRetention } from '@/utils/log/retention';
import { clerkNames } from '@/utils/log/transfer';
import type { Period } from '@/utils/log/view';
import { dashboardView, totalCount } from '@/utils/log/view';
import { logProblem, logSettings } from '@/utils/storage-items';
import { Candidates } from './dashboard/Candidates';
import { DataSection, purgedLine, type Outcome } from './dashboard/DataSection';
import { DEFAULT_PRESET, periodFor, type Preset } from './dashboard/period';
import { PeriodFilter } from './dashboard/PeriodFilter';
import { FlowsTable, FormsTables } from './dashboard/Tables';
import { Totals } from './dashboard/Totals';
import { useStorageItem } from './dashboard/use-item';
import { WeeklyChart } from './dashboard/WeeklyChart';
import { problemText } from '@/utils/log/problem';

function LogProblemNotice({ locale }: { locale: string }) {
  const problem = useStorageItem(logProblem);
  if (!problem) return null;
  const when = new Date(problem.at).toLocaleString(locale);
  return (
    <div className="card dash-problem" role="alert" data-testid="log-problem">
      <p>{t('dashLogProblem', [when, problem.message])}</p>
      <button type="button" onClick={() => void logProblem.removeValue()} data-testid="log-problem-dismiss">
        {t('dashDismiss')}
      </button>
    </div>
  );
}

const NO_NAMES: Readonly<Record<string, string>> = {};

export function Dashboard() {
  const locale = browser.i18n.getUILanguage().startsWith('ja') ? 'ja-JP' : 'en';
  const today = dayOf(Date.now());
  const [preset, setPreset] = useState<Preset>(DEFAULT_PRESET);
  const [custom, setCustom] = useState<Period>({});
  const period = useMemo(() => periodFor(preset, today, custom), [preset, today, custom]);
  const settings = useStorageItem(logSettings);
  const time = settings ?? DEFAULT_TIME;
  const [openPurge, setOpenPurge] = useState<Outcome>();
  const [readError, setReadError] = useState<string>();

  // The retention applies when the page opens, as well as on the purge button.
  useEffect(() => {
    void (async () => {
      try {
        const { retentionDays } = await logSettings.getValue();
        const purged = await applyRetention(db(), retentionDays, today);
        if (purged.jobs + purged.entries > 0) setOpenPurge({ ok: true, text: purgedLine(purged, locale) });
      } catch (error) {
        setOpenPurge({ ok: false, text: t('dashActionFailed', [problemText(error)]) });
      }
    })();
    // Once per opening of the page.
  }, []);

  const view = useLiveQuery(async () => {
    try {
      const v = await dashboardView(db(), period);
      setReadError(undefined);
      return v;
    } catch (error) {
      setReadError(problemText(error));
      return undefined;
    }
  }, [period.from, period.to]);
  const candidates = useMemo(() => (view ? redesignCandidates(view) : []), [view]);
  const names = useLiveQuery(() => clerkNames(db()), []) ?? NO_NAMES;
  const empty = view !== undefined && view.jobs === 0 && totalCount(view) === 0;

  const startPreset = (p: Preset) => {
    if (p === 'custom' && preset !== 'custom') setCustom(periodFor(preset, today));
    setPreset(p);
  };

  return (
    <main className="dashboard" data-testid="dashboard" data-loaded={view !== undefined}>
      <header className="dash-header">
        <div className="dash-title">
          <h1>{t('dashboardTitle')}</h1>
          {view && view.clerks > 1 && <p className="muted team-badge" data-testid="team-view">{t('dashTeamView', [String(view.clerks)])}</p>}
        </div>
        <PeriodFilter preset={preset} custom={custom} period={period} onPreset={startPreset} onCustom={setCustom} />
      </header>
      <LogProblemNotice locale={locale} />
      {readError && (
        <p className="card error" role="alert" data-testid="read-error">
          {t('dashActionFailed', [readError])}
        </p>
      )}
      {view && (
        <>
          {empty ? (
            <p className="card empty" data-testid="dashboard-empty">{period.from || period.to ? t('dashPeriodEmpty') : t('dashboardEmpty')}</p>
          ) : (
            <>
              <Totals view={view} time={time} locale={locale} />
              <p className="formula muted" data-testid="time-formula">
                {t('dashTimeFormula', [String(time.charsPerMinute), String(time.secondsPerField)])}
              </p>
              <Candidates candidates={candidates} locale={locale} names={names} />
              <WeeklyChart weeks={view.weeks} locale={locale} />
              <FlowsTable view={view} time={time} locale={locale} />
              <FormsTables view={view} locale={locale} />
            </>
          )}
        </>
      )}
      <DataSection view={view} period={period} today={today} locale={locale} settings={settings} onOpenPurge={openPurge} names={names} />
    </main>
  );
}
