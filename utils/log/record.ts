// Writes what happened in a transcription job, per field and with the day rows in step, leaving out values and sensitive fields.
import { isSensitive, type ConceptId } from '../concepts';
import type { Tier } from '../mapping/map';
import type { Entry, EntryMethod, Job, TenkiDB } from './db';
import { applyToDays } from './days';
import { scrubTitle, scrubUrl } from '../scrub';

export interface JobField {
  key: string;
  label: string;
  position: number;
  concept?: ConceptId;
  method: EntryMethod;
  /** The value that went in; only its length is kept. */
  value: string;
  tier?: Tier;
  /** For a proposed value: whether the clerk changed it. */
  corrected?: boolean;
}

export interface JobRecord extends Omit<Job, 'id' | 'fieldCount' | 'reviewMs' | 'origin' | 'ref'> {
  reviewMs?: number;
  fields: JobField[];
  /** Values of the source and the page that must not show in the stored form title (a customer's name in it); never stored. */
  knownValues?: readonly string[];
}

/** A new revision of a logged entry, so a colleague's later export replaces the older copy a team lead imported. */
function revised(old: Entry, change: Partial<Omit<Entry, 'id' | 'rev'>>): Entry {
  return { ...old, ...change, rev: (old.rev ?? 0) + 1 };
}

/**
 * Stores the job; returns its id. Jobs, entries and day rows are written in one transaction so a count never half-lands.
 * Given the id of a job already logged (a later fill in the same job), adds these fields' entries to it and moves its end
 * instead; the job keeps its form and source, even when the form grew a block meanwhile and so changed its signature.
 */
export async function recordJob(database: TenkiDB, { fields: all, reviewMs = 0, knownValues = [], ...job }: JobRecord, existing?: number): Promise<number> {
  const fields = all.filter((f) => !isSensitive(f.concept));
  const formTitle = scrubTitle(job.formTitle, [...all.map((f) => f.value), ...knownValues]);
  return database.transaction('rw', [database.jobs, database.entries, database.days], async () => {
    const prev = existing === undefined ? undefined : await database.jobs.get(existing);
    // One entry per field and job: a field filled again in the job (after an undo, say) revises its entry.
    const before = new Map(prev ? (await database.entries.where('jobId').equals(prev.id).toArray()).map((e) => [e.fieldKey, e]) : []);
    const jobId = prev ? prev.id : ((await database.jobs.add({ ...job, formTitle, formUrl: scrubUrl(job.formUrl), reviewMs, fieldCount: fields.length } as Job)) as number);
    const formSignature = prev?.formSignature ?? job.formSignature;
    const entries: Omit<Entry, 'id'>[] = fields.map((f) => ({
      jobId,
      at: job.endedAt,
      formSignature,
      sourceSignature: prev?.sourceSignature ?? job.sourceSignature,
      fieldKey: f.key,
      fieldLabel: f.label,
      position: f.position,
      concept: f.concept,
      method: f.method,
      chars: f.method === 'skipped' ? 0 : [...f.value].length,
      tier: f.tier,
      corrected: f.corrected,
    }));
    const again = entries.flatMap((e) => {
      const old = before.get(e.fieldKey);
      return old ? [{ old, now: revised(old, e) }] : [];
    });
    const added = entries.filter((e) => !before.has(e.fieldKey));
    if (prev) await database.jobs.update(jobId, { endedAt: job.endedAt, fieldCount: prev.fieldCount + added.length });
    await database.entries.bulkPut(again.map((r) => r.now));
    await database.entries.bulkAdd(added as Entry[]);
    await applyToDays(database, {
      jobs: prev ? [] : [{ job: { ...job, formTitle, at: job.startedAt }, sign: 1 }],
      entries: [...again.flatMap((r) => [
        { entry: r.old, sign: -1 as const },
        { entry: r.now, sign: 1 as const },
      ]), ...added.map((entry) => ({ entry, sign: 1 as const }))],
    });
    return jobId;
  });
}

/** Changes what logged entries say happened, taking the old counts out of their day rows and putting the new ones in. */
async function revise(database: TenkiDB, entries: readonly Entry[], change: Partial<Pick<Entry, 'method' | 'chars' | 'corrected'>>): Promise<void> {
  const now = entries.map((e) => revised(e, change));
  await database.entries.bulkPut(now);
  await applyToDays(database, {
    entries: [...entries.map((entry) => ({ entry, sign: -1 as const })), ...now.map((entry) => ({ entry, sign: 1 as const }))],
  });
}

/** This browser's latest entry for a form's field since a moment, read through the `at` index (a short, recent range). */
export async function latestEntry(database: TenkiDB, formSignature: string, fieldKey: string, since: number, accept: (e: Entry) => boolean): Promise<Entry | undefined> {
  const recent = await database.entries.where('at').aboveOrEqual(since).reverse().sortBy('at');
  return recent.find((e) => e.origin === undefined && e.formSignature === formSignature && e.fieldKey === fieldKey && accept(e));
}

/**
 * The clerk changed, in the page, a value Tenki filled there at `since` or later: its latest autofilled entry becomes
 * autofilled-then-edited, with the new length. False when there is no such entry (the fill was not logged, or long ago).
 */
export async function markEditedAfterFill(
  database: TenkiDB,
  edit: { formSignature: string; fieldKey: string; chars: number; since: number },
): Promise<boolean> {
  return database.transaction('rw', [database.entries, database.days], async () => {
    const latest = await latestEntry(database, edit.formSignature, edit.fieldKey, edit.since, (e) => e.method !== 'skipped');
    if (!latest || latest.method !== 'autofilled') return false;
    await revise(database, [latest], { method: 'edited', corrected: true, chars: edit.chars });
    return true;
  });
}

/**
 * The clerk keyed by hand a field whose proposal they left out in the panel since `since`: that entry now says what
 * happened (typed or pasted) instead of a second entry for one transcription. False when there is no such entry.
 */
export async function claimSkipped(
  database: TenkiDB,
  entry: { formSignature: string; fieldKey: string; sourceSignature: string; method: 'typed' | 'pasted'; chars: number; since: number },
): Promise<boolean> {
  return database.transaction('rw', [database.entries, database.days], async () => {
    const latest = await latestEntry(database, entry.formSignature, entry.fieldKey, entry.since, () => true);
    // A value from another source is another transcription, not the one whose proposal was left out.
    if (latest?.sourceSignature !== entry.sourceSignature) return false;
    if (!latest || latest.method !== 'skipped') return false;
    await revise(database, [latest], { method: entry.method, chars: entry.chars, corrected: undefined });
    return true;
  });
}

/** The clerk undid these fields' fills: in the log they went in as nothing, so they count as skipped, and corrected nothing. */
export async function markUndone(database: TenkiDB, jobId: number, keys: readonly string[]): Promise<number> {
  return database.transaction('rw', [database.entries, database.days], async () => {
    const undone = (await database.entries.where('jobId').equals(jobId).toArray()).filter((e) => keys.includes(e.fieldKey) && e.method !== 'skipped');
    if (undone.length) await revise(database, undone, { method: 'skipped', chars: 0, corrected: undefined });
    return undone.length;
  });
}
