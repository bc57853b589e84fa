// Counts manual re-entry on registered core systems without the side panel: remembers recent sources as hashes and logs hand entries that match one.
import { isSensitive } from '../concepts';
import { db } from '../log/db';
import { markEditedAfterFill, recordJob } from '../log/record';
import { onMessage, type PassiveEntry } from '../messaging';
import { hasCoreSystem } from '../passive/core-systems';
import { canonical } from '../passive/fingerprint';
import { matchValue, rememberSource, sessionHash, SOURCE_TTL_MS } from '../passive/recent-sources';
import { keepLogProblem } from '../log/problem';
import { coreSystems, latestSource, passiveVisits } from '../storage-items';

/** An edit this long after a fill is new work, not a correction of it. */
export const EDIT_AFTER_FILL_MS = 30 * 60 * 1000;
const MAX_VISITS = 50;

/** One page visit of one form: the manual job per source template, and which field got which value already (hashed). */
export interface PassiveVisit {
  at: number;
  jobs: Record<string, number>;
  logged: string[];
}

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
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** Logs a hand entry from a core-system tab when a recent source held the value; true when it did. */
export function recordPassiveEntry(entry: PassiveEntry, tab: { id?: number; url?: string }, now = Date.now()): Promise<boolean> {
  return serial(async () => {
    if (!tab.url || !hasCoreSystem(await coreSystems.getValue(), tab.url) || isSensitive(entry.concept)) return false;
    const match = await matchValue(entry.value, entry.concept, now);
    if (!match) return false;
    const visits = await passiveVisits.getValue();
    const visitKey = `${tab.id ?? ''}|${entry.visit}|${entry.formSignature}`;
    const visit: PassiveVisit = visits[visitKey] ?? { at: now, jobs: {}, logged: [] };
    const once = await sessionHash(`${entry.fieldKey}\n${canonical(entry.value)}`, now);
    if (visit.logged.includes(once)) return false;
    const jobId = await writing(() =>
      recordJob(
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
      ),
    );
    const kept = Object.entries(visits).filter(([key, v]) => key !== visitKey && v.at > now - SOURCE_TTL_MS);
    const updated: PassiveVisit = { at: now, jobs: { ...visit.jobs, [match.sourceSignature]: jobId }, logged: [...visit.logged, once] };
    await passiveVisits.setValue(Object.fromEntries([...kept.slice(-(MAX_VISITS - 1)), [visitKey, updated]]));
    return true;
  });
}

/** The clerk changed a value Tenki filled in the last half hour: its entry becomes autofilled-then-edited. */
export function recordEditAfterFill(edit: { formSignature: string; fieldKey: string; chars: number }, now = Date.now()): Promise<boolean> {
  return writing(() => markEditedAfterFill(db(), { ...edit, since: now - EDIT_AFTER_FILL_MS }));
}

export function setupPassive(): void {
  latestSource.watch((snapshot) => {
    if (snapshot) void rememberSource(snapshot, Date.now());
  });
  // A source viewed while the worker slept is still the latest one: remember it as of when it was seen.
  void latestSource.getValue().then((snapshot) => snapshot && rememberSource(snapshot, snapshot.at));
  onMessage('passiveEntry', ({ data, sender }) => recordPassiveEntry(data, sender.tab ?? {}));
  onMessage('passiveEditedAfterFill', ({ data }) => recordEditAfterFill(data));
}
