// The side panel: reads the current tab, shows the source and the proposals for the form, fills what the clerk approves, logs the job.
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabAnalysis } from '@/utils/messaging';
import { isSourcePage, snapshotOf, templateName } from '@/utils/source';
import { latestSource } from '@/utils/storage-items';
import { sourceChoices, useReview } from '@/utils/stores/review';
import { fieldStatus, fillItems, isIncluded, jobFields, valueFor } from '@/utils/review-job';
import type { FillItem, FillResult } from '@/utils/fill/fill';
import { db } from '@/utils/log/db';
import { markUndone, recordJob } from '@/utils/log/record';
import { keepLogProblem, problemText } from '@/utils/log/problem';
import { learnRules } from '@/utils/mapping/rules';
import { rulesForForm, saveRules } from '@/utils/mapping/rule-store';
import { useCurrentTab, useTabLoaded } from '@/utils/hooks/current-tab';
import { useTabFormChanged } from '@/utils/hooks/form-changed';
import { useHydrated } from '@/utils/hooks/hydrated';
import { useCommand } from '@/utils/hooks/command';
import { t } from '@/utils/i18n';
import { SourceCard } from './SourceCard';
import { ProposalRow } from './ProposalRow';
import { LearnedRules } from './LearnedRules';
import { CoreSystemToggle } from './CoreSystemToggle';

type Notice = { kind: 'error' | 'info'; text: string };

function TabStatus({ page, onAllowed }: { page?: TabAnalysis; onAllowed(): void }) {
  if (!page || page.status === 'ok') return null;
  if (page.status === 'noAccess') {
    const request = async () => {
      if (page.origin && (await browser.permissions.request({ origins: [`${page.origin}/*`] }))) onAllowed();
    };
    return (
      <section className="card notice" data-testid="no-access">
        <p>{page.origin ? t('noAccess', new URL(page.origin).host) : t('noAccessUnknown')}</p>
        {page.origin && <button onClick={request} data-testid="allow-site">{t('allowSite')}</button>}
      </section>
    );
  }
  return (
    <section className="card notice" data-testid="tab-error">
      <p>{page.status === 'unsupported' ? t('unsupportedPage') : t('readFailed', page.message)}</p>
    </section>
  );
}

export function ReviewPanel() {
  const hydrated = useHydrated();
  const tabId = useCurrentTab();
  const [page, setPage] = useState<TabAnalysis>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const review = useReview();
  const formSignature = review.form?.signature;
  const rules = useLiveQuery(() => (formSignature ? rulesForForm(db(), formSignature) : []), [formSignature]);

  useEffect(() => {
    if (rules) useReview.getState().setRules(rules);
  }, [rules]);

  useEffect(() => {
    if (!hydrated) return;
    // A pinned source stays while the clerk opens others; each one seen still joins the recent list.
    void latestSource.getValue().then((s) => useReview.getState().offerSource(s ?? undefined));
    return latestSource.watch((s) => useReview.getState().offerSource(s ?? undefined));
  }, [hydrated]);

  const analyze = useCallback(async () => {
    if (tabId === undefined || !hydrated) return;
    const result = await sendMessage('analyzeTab', { tabId });
    setPage(result);
    if (result.status !== 'ok') return;
    if (isSourcePage(result)) await latestSource.setValue(snapshotOf(result, tabId));
    else if (result.form.fields.length > 0) useReview.getState().setForm(result.form);
  }, [tabId, hydrated]);

  useEffect(() => void analyze(), [analyze]);
  // A notice is about the job it came from; a new message or form starts without it.
  useEffect(() => setNotice(undefined), [review.startedAt]);
  useTabLoaded(tabId, analyze);
  useTabFormChanged(tabId, analyze);

  /** Sends items to the tab's form; the results, or undefined when the fill could not run (the notice says why). */
  const send = async (items: FillItem[]): Promise<FillResult[] | undefined> => {
    if (tabId === undefined) return undefined;
    const outcome = await sendMessage('fillTab', { tabId, items });
    if (outcome.status === 'ok') return outcome.results;
    setNotice({ kind: 'error', text: outcome.status === 'noAccess' ? t('noAccessUnknown') : t('fillFailed', outcome.message) });
    return undefined;
  };

  const reportFill = (results: FillResult[]) => {
    const rejected = results.filter((r) => fieldStatus(r) !== 'filled').length;
    setNotice({ kind: rejected ? 'error' : 'info', text: rejected ? t('fillSomeRejected', String(rejected)) : t('fillDone', String(results.length)) });
  };

  const withBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  /** A log write that failed: the clerk sees it now, and the dashboard keeps it. */
  const reportLogFailure = (error: unknown) => {
    void keepLogProblem(error);
    setNotice({ kind: 'error', text: t('logFailed', problemText(error)) });
  };

  /** Logs the current job's entries for these fields (all when none given), once per field per job: a field filled twice counts once. */
  const logJob = async (keys?: readonly string[]) => {
    const state = useReview.getState();
    const form = state.form;
    if (!form) return;
    const fields = jobFields(state, state.results).filter((f) => (!keys || keys.includes(f.key)) && !state.logged.includes(f.key));
    if (fields.length === 0) return;
    const now = Date.now();
    try {
      const jobId = await recordJob(
        db(),
        {
          kind: 'assisted',
          formSignature: form.signature,
          formTitle: form.title,
          formUrl: form.url,
          sourceSignature: state.source?.signature ?? '',
          sourceName: state.source ? templateName(state.source) : '',
          startedAt: state.startedAt ?? now,
          endedAt: now,
          reviewMs: now - (state.startedAt ?? now),
          fields,
          knownValues: state.source?.fields.map((f) => f.value) ?? [],
        },
        state.jobId,
      );
      // Only if the job is still the one logged: a new source or form meanwhile starts its own.
      // A field that went in as nothing stays open: filled later in this job, its entry is revised.
      if (useReview.getState().startedAt === state.startedAt) useReview.getState().setLogged(jobId, fields.filter((f) => f.method !== 'skipped').map((f) => f.key));
    } catch (error) {
      reportLogFailure(error);
    }
  };

  const fillOne = (key: string) =>
    withBusy(async () => {
      const state = useReview.getState();
      const results = await send([{ key, value: valueFor(state, key) }]);
      if (!results) return;
      // Filled by hand means approved: the next "fill approved" keeps it rather than skipping it.
      state.include(key, true);
      state.setResults(results);
      reportFill(results);
      if (results.some((r) => r.key === key && fieldStatus(r) !== 'missing' && !r.skipped)) await logJob([key]);
    });

  const undo = () =>
    withBusy(async () => {
      const state = useReview.getState();
      const results = await send((state.undo ?? []).map((item) => ({ ...item, restore: true as const })));
      if (!results) return;
      const failed = results.filter((r) => r.status === 'rejected').length;
      if (failed) setNotice({ kind: 'error', text: t('undoSomeFailed', String(failed)) });
      else {
        state.undone();
        setNotice({ kind: 'info', text: t('undoDone', String(results.length)) });
      }
      // The fields the undo did restore went in as nothing, even when others could not be restored.
      const restored = results.filter((r) => r.status === 'filled').map((r) => r.key);
      if (state.jobId !== undefined && restored.length) await markUndone(db(), state.jobId, restored).catch(reportLogFailure);
    });

  const autofill = async () => {
    if (tabId === undefined || !review.form) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const state = useReview.getState();
      const results = await send(fillItems(state));
      if (!results) return;
      state.setResults(results);
      reportFill(results);
      await logJob();
      // What the clerk corrected in this job becomes a rule for the next message of the same template.
      if (state.source) {
        await saveRules(db(), learnRules(state, state.source, Date.now())).catch((error: unknown) => {
          void keepLogProblem(error);
          setNotice({ kind: 'error', text: t('ruleLearnFailed', problemText(error)) });
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const onSourcePage = page?.status === 'ok' && isSourcePage(page);
  // Proposals belong to the form in the tab the panel is for; on a source or unreadable tab there is nothing to fill.
  const form = page?.status === 'ok' && !onSourcePage && page.form.fields.length > 0 ? review.form : undefined;
  const fillCount = review.form ? fillItems(review).length : 0;

  // The fill-approved shortcut does what the button does, and only when the button could be pressed.
  useCommand('fillApproved', () => {
    if (!busy && form && fillCount > 0) void autofill();
  });

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>{t('extName')}</h1>
        <button className="link" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-dashboard">{t('openDashboard')}</button>
      </header>
      <TabStatus page={page} onAllowed={() => void analyze()} />
      <SourceCard
        source={review.source}
        pinned={review.pinned}
        recent={review.recent}
        onPin={(on) => review.setPinned(on)}
        onSwitch={(source) => review.chooseSource(source)}
        onSource={async (source) => {
          useReview.getState().chooseSource(source);
          await latestSource.setValue(source);
        }}
      />
      <section className="card" data-testid="target-card">
        <h2>{t('targetHeading')}</h2>
        {!form ? (
          <p className="empty" data-testid="target-empty">{onSourcePage ? t('targetSwitchTab') : t('targetEmpty')}</p>
        ) : (
          <>
            <p className="target-title" data-testid="target-title">{form.title || form.url}</p>
            <CoreSystemToggle url={form.url} />
            {!review.source && <p className="empty">{t('sourceEmpty')}</p>}
            <ul className="proposals">
              {form.fields.map((field) => (
                <ProposalRow
                  key={field.key}
                  field={field}
                  proposal={review.proposals.find((p) => p.key === field.key)}
                  value={valueFor(review, field.key)}
                  included={isIncluded(review, field.key)}
                  result={review.results?.find((r) => r.key === field.key)}
                  choices={review.source ? sourceChoices(field, form, review.source.fields) : []}
                  busy={busy}
                  onEdit={(v) => review.edit(field.key, v)}
                  onInclude={(on) => review.include(field.key, on)}
                  onPick={(index) => review.pick(field.key, index)}
                  onFillOne={() => void fillOne(field.key)}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      {form && <LearnedRules rules={rules ?? []} sourceSignature={review.source?.signature} />}
      {notice && <p className={`notice-line ${notice.kind}`} role="status" data-testid="notice">{notice.text}</p>}
      <footer className="panel-footer">
        <button className="primary" disabled={!form || busy || fillCount === 0} onClick={() => void autofill()} data-testid="autofill">
          {t('autofill', String(fillCount))}
        </button>
        {form && (review.undo?.length ?? 0) > 0 && (
          <button disabled={busy} onClick={() => void undo()} data-testid="undo">{t('undo')}</button>
        )}
        <button onClick={() => void analyze()} data-testid="refresh">{t('refresh')}</button>
      </footer>
    </main>
  );
}
