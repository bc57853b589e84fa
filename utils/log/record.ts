// Writes what happened in a transcription job, per field and with the day rows in step, leaving out values and sensitive fields.
import { isSensitive, type ConceptId } from '../concepts';
import type { Tier } from '../mapping/map';
import type { Entry, EntryMethod, Job, TenkiDB } from './db';
import { applyToDays } from './days';

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
}

/**
 * Stores the job; returns its id. Jobs, entries and day rows are written in one transaction so a count never half-lands.
 * Given the id of a job already logged (a later fill in the same job), adds these fields' entries to it and moves its end instead.
 */
export async function recordJob(database: TenkiDB, { fields: all, reviewMs = 0, ...job }: JobRecord, existing?: number): Promise<number> {
  const fields = all.filter((f) => !isSensitive(f.concept));
  return database.transaction('rw', [database.jobs, database.entries, database.days], async () => {
    const prev = existing === undefined ? undefined : await database.jobs.get(existing);
    // One entry per field and job: a field filled again in the job (after an undo, say) revises its entry.
    const before = new Map(prev ? (await database.entries.where('jobId').equals(prev.id).toArray()).map((e) => [e.fieldKey, e]) : []);
    const jobId = prev
      ? prev.id
      : ((await database.jobs.add({ ...job, reviewMs, fieldCount: fields.length } as Job)) as number);
    const entries: Omit<Entry, 'id'>[] = fields.map((f) => ({
      jobId,
      at: job.endedAt,
      formSignature: job.formSignature,
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
    const revised = entries.flatMap((e) => (before.has(e.fieldKey) ? [{ old: before.get(e.fieldKey)!, now: { ...e, id: before.get(e.fieldKey)!.id } as Entry }] : []));
    const added = entries.filter((e) => !before.has(e.fieldKey));
    if (prev) await database.jobs.update(jobId, { endedAt: job.endedAt, fieldCount: prev.fieldCount + added.length });
    await database.entries.bulkPut(revised.map((r) => r.now));
    await database.entries.bulkAdd(added as Entry[]);
    await applyToDays(database, {
      jobs: prev ? [] : [{ job: { ...job, at: job.startedAt }, sign: 1 }],
      entries: [
        ...revised.flatMap((r) => [
          { entry: r.old, sign: -1 as const },
          { entry: r.now, sign: 1 as const },
        ]),
        ...added.map((entry) => ({ entry, sign: 1 as const })),
      ],
    });
    return jobId;
  });
}

/** Changes what logged entries say happened, taking the old counts out of their day rows and putting the new ones in. */
async function revise(database: TenkiDB, entries: readonly Entry[], change: Partial<Pick<Entry, 'method' | 'chars' | 'corrected'>>): Promise<void> {
  const revised = entries.map((e) => ({ ...e, ...change }));
  await database.entries.bulkPut(revised);
  await applyToDays(database, {
    entries: [...entries.map((entry) => ({ entry, sign: -1 as const })), ...revised.map((entry) => ({ entry, sign: 1 as const }))],
  });
}

/**
 * The clerk changed, in the page, a value Tenki filled there since `since`: its latest autofilled entry becomes
 * autofilled-then-edited, with the new length. False when there is no such entry (the fill was not logged, or long ago).
 */
export async function markEditedAfterFill(
  database: TenkiDB,
  edit: { formSignature: string; fieldKey: string; chars: number; since: number },
): Promise<boolean> {
  return database.transaction('rw', [database.entries, database.days], async () => {
    const recent = await database.entries.where('at').aboveOrEqual(edit.since).reverse().sortBy('at');
    const latest = recent.find((e) => e.origin === undefined && e.formSignature === edit.formSignature && e.fieldKey === edit.fieldKey && e.method !== 'skipped');
    if (!latest || latest.method !== 'autofilled') return false;
    await revise(database, [latest], { method: 'edited', corrected: true, chars: edit.chars });
    return true;
  });
}

/** The clerk undid these fields' fills: in the log they went in as nothing, so they count as skipped. */
export async function markUndone(database: TenkiDB, jobId: number, keys: readonly string[]): Promise<number> {
  return database.transaction('rw', [database.entries, database.days], async () => {
    const undone = (await database.entries.where('jobId').equals(jobId).toArray()).filter((e) => keys.includes(e.fieldKey) && e.method !== 'skipped');
    if (undone.length) await revise(database, undone, { method: 'skipped', chars: 0 });
    return undone.length;
  });
}
