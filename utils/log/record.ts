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

/**
 * Stores the job; returns its id. Both tables are written in one transaction so a count never half-lands. Given the id
 * of a job already logged (a later fill in the same job), adds these fields' entries to it and moves its end instead.
 */
export async function recordJob(database: TenkiDB, { fields: all, ...job }: JobRecord, existing?: number): Promise<number> {
  const fields = all.filter((f) => !isSensitive(f.concept));
  return database.transaction('rw', database.jobs, database.entries, async () => {
    const prev = existing === undefined ? undefined : await database.jobs.get(existing);
    let jobId: number;
    if (prev) {
      jobId = existing!;
      await database.jobs.update(jobId, { endedAt: job.endedAt, fieldCount: prev.fieldCount + fields.length });
    } else {
      const row: Omit<Job, 'id'> = { ...job, fieldCount: fields.length };
      jobId = (await database.jobs.add(row as Job)) as number;
    }
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
