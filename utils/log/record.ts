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

export interface JobRecord {
  formSignature: string;
  formTitle: string;
  formUrl: string;
  sourceSignature: string;
  startedAt: number;
  endedAt: number;
  fields: JobField[];
}

/** Stores the job; returns its id. Both tables are written in one transaction so a count never half-lands. */
export async function recordJob(database: TenkiDB, job: JobRecord): Promise<number> {
  const fields = job.fields.filter((f) => !isSensitive(f.concept));
  return database.transaction('rw', database.jobs, database.entries, async () => {
    const row: Omit<Job, 'id'> = {
      formSignature: job.formSignature,
      formTitle: job.formTitle,
      formUrl: job.formUrl,
      sourceSignature: job.sourceSignature,
      startedAt: job.startedAt,
      endedAt: job.endedAt,
      fieldCount: fields.length,
    };
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
