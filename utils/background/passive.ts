// Counts manual re-entry on registered core systems without the side panel: remembers recent sources as hashes and logs hand entries that match one.
import { isSensitive } from '../concepts';
import { db } from '../log/db';
import { claimSkipped, latestEntry, markEditedAfterFill, recordJob } from '../log/record';
import { onMessage, type PassiveEntry } from '../messaging';
import { hasCoreSystem } from '../passive/core-systems';
import { canonical } from '../passive/fingerprint';
import { matchValue, rememberSource, sessionHash, SOURCE_TTL_MS } from '../passive/recent-sources';
import { keepLogProblem } from '../log/problem';
import { createSerial } from '../serial';
import type { SourceSnapshot } from '../source';
import { coreSystems, latestSource, passiveVisits } from '../storage-items';

/** An edit this long after a fill is new work, not a correction of it. */
export const EDIT_AFTER_FILL_MS = 30 * 60 * 1000;
/** A proposal the clerk left out this recently and then keyed by hand is that job's field, not a second transcription. */
export const CLAIM_SKIPPED_MS = 30 * 60 * 1000;
const MAX_VISITS = 50;

/** One page visit: the manual job per source template, and which field got which value already (hashed). */
export interface PassiveVisit {
  at: number;
  jobs: Record<string, number>;
  logged: string[];
}

type Tab = { id?: number; url?: string };

/** Log writes that fail leave a trace the dashboard shows, then fail as before. */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await keepLogProblem(error);
    throw error;
  }
}

// Entries of one visit arrive together (Tab through a form): one at a time, or two would each start the visit's job.
const serial = createSerial();

// By page load and path, not by form signature: a form that shows a block mid-visit changes its signature but not its job.
// The form's URL is already its origin and path only.
function visitKey(entry: PassiveEntry, tab: Tab): string {
  return `${tab.id ?? ''}|${entry.visit}|${entry.formUrl}`;
}

async function logHandEntry(entry: PassiveEntry, tab: Tab, now: number): Promise<boolean> {
  if (!tab.url || !hasCoreSystem(await coreSystems.getValue(), tab.url) || isSensitive(entry.concept)) return false;
  const match = await matchValue(entry.value, entry.concept, now);
  if (!match) return false;
  const visits = await passiveVisits.getValue();
  const key = visitKey(entry, tab);
  const visit: PassiveVisit = visits[key] ?? { at: now, jobs: {}, logged: [] };
  const once = await sessionHash(`${entry.fieldKey}\n${canonical(entry.value)}`, now);
  if (visit.logged.includes(once)) return false;
  const chars = [...entry.value].length;
  const claimed = await claimSkipped(db(), { formSignature: entry.formSignature, fieldKey: entry.fieldKey, sourceSignature: match.sourceSignature, method: entry.method, chars, since: now - CLAIM_SKIPPED_MS });
  const jobId = claimed
    ? undefined
    : await recordJob(
        db(),
        {
          kind: 'manual',
          formSignature: entry.formSignature,
          formTitle: entry.formTitle,
          formUrl: entry.formUrl,
          sourceSignature: match.sourceSignature,
          sourceName: match.sourceName,
          startedAt: now,
          endedAt: now,
          fields: [{ key: entry.fieldKey, label: entry.fieldLabel, position: entry.position, concept: entry.concept, method: entry.method, value: entry.value }],
        },
        visit.jobs[match.sourceSignature],
      );
  const kept = Object.entries(visits).filter(([k, v]) => k !== key && v.at > now - SOURCE_TTL_MS);
  const jobs = jobId === undefined ? visit.jobs : { ...visit.jobs, [match.sourceSignature]: jobId };
  const next = Object.fromEntries([...kept.slice(-(MAX_VISITS - 1)), [key, { at: now, jobs, logged: [...visit.logged, once] }]]);
  // Tried twice: a visit that forgot the job just started would start a second one with its next entry.
  await passiveVisits.setValue(next).catch(() => passiveVisits.setValue(next));
  return true;
}

/** Logs a hand entry from a core-system tab when a recent source held the value; true when it did. */
export function recordPassiveEntry(entry: PassiveEntry, tab: Tab, now = Date.now()): Promise<boolean> {
  return serial(() => writing(() => logHandEntry(entry, tab, now)));
}

/**
 * The clerk changed a value Tenki filled at `filledAt`: its entry becomes autofilled-then-edited. With no such entry (the
 * fill was not logged, or over half an hour ago) the change is a hand entry like any other. The fill's entry is found under
 * the form's signature at fill time: a form that showed a block since has another, and its entry would be counted twice.
 */
export function recordEditAfterFill(edit: PassiveEntry & { filledAt: number; filledSignature: string }, tab: Tab, now = Date.now()): Promise<boolean> {
  return serial(() =>
    writing(async () => {
      const since = Math.max(edit.filledAt, now - EDIT_AFTER_FILL_MS);
      const filled = { formSignature: edit.filledSignature, fieldKey: edit.fieldKey, since };
      if (await markEditedAfterFill(db(), { ...filled, chars: [...edit.value].length })) return true;
      // Already counted since the fill (as edited, after an earlier edit): a further edit is the same work.
      if (await latestEntry(db(), filled.formSignature, filled.fieldKey, since, (e) => e.method !== 'skipped')) return false;
      return logHandEntry(edit, tab, now);
    }),
  );
}

function remember(snapshot: SourceSnapshot, at: number): Promise<void> {
  return rememberSource(snapshot, at).catch((error: unknown) => keepLogProblem(error));
}

export function setupPassive(): void {
  latestSource.watch((snapshot) => {
    if (snapshot) void remember(snapshot, Date.now());
  });
  // A source viewed while the worker slept is still the latest one: remember it as of when it was seen.
  void latestSource
    .getValue()
    .then((snapshot) => snapshot && remember(snapshot, snapshot.at))
    .catch((error: unknown) => keepLogProblem(error));
  onMessage('passiveEntry', ({ data, sender }) => recordPassiveEntry(data, sender.tab ?? {}));
  onMessage('passiveEditedAfterFill', ({ data, sender }) => recordEditAfterFill(data, sender.tab ?? {}));
}
