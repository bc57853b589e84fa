// Writes one finished transcription job and its per-field entries, leaving out values and sensitive fields.
import { isSensitive, type ConceptId } from '../concepts';
import type { Tier } from '../mapping/map';
import type { Entry, EntryMethod, Job, TenkiDB } from './db';

export interface JobField {
  key: string;
  label: string;
  position: number;
  concept?: ConceptId;
  method: EntryMethod;
  /** The value that went in; only its length is kept. */
  value: string;
  tier?: Tier;
}

export interface JobRecord extends Omit<Job, 'id' | 'fieldCount'> {
  fields: JobField[];
}

/** Stores the job; returns its id. Both tables are written in one transaction so a count never half-lands. */
export async function recordJob(database: TenkiDB, { fields: all, ...job }: JobRecord): Promise<number> {
  const fields = all.filter((f) => !isSensitive(f.concept));
  return database.transaction('rw', database.jobs, database.entries, async () => {
    const row: Omit<Job, 'id'> = { ...job, fieldCount: fields.length };
    const jobId = (await database.jobs.add(row as Job)) as number;
    const entries: Omit<Entry, 'id'>[] = fields.map((f) => ({
      jobId,
      at: job.endedAt,
      formSignature: job.formSignature,
      fieldKey: f.key,
      fieldLabel: f.label,
      position: f.position,
      concept: f.concept,
      method: f.method,
      chars: f.method === 'skipped' ? 0 : [...f.value].length,
      tier: f.tier,
    }));
    await database.entries.bulkAdd(entries as Entry[]);
    return jobId;
  });
}
