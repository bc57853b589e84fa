// The one IndexedDB database of the evidence log; versions are only ever appended, each with a migration test.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ConceptId } from '../concepts';
import type { Tier } from '../mapping/map';
import type { Rule } from '../mapping/rules';
import { buildDays } from './days';

/**
 * How a value got into a target field. `edited`: Tenki proposed it and the clerk changed it (in the panel before the
 * fill, or in the page after it); `typed` and `pasted`: the clerk entered it by hand; `skipped`: a proposal left out.
 */
export const ENTRY_METHODS = ['autofilled', 'edited', 'typed', 'pasted', 'skipped'] as const;
export type EntryMethod = (typeof ENTRY_METHODS)[number];

/** Methods that mean a person re-entered the value: the work a redesign would remove. */
export const MANUAL_METHODS: readonly EntryMethod[] = ['edited', 'typed', 'pasted'];

/** `assisted`: reviewed in the side panel; `manual`: counted passively while the clerk re-entered values by hand. */
export type JobKind = 'assisted' | 'manual';

export interface Job {
  id: number;
  kind: JobKind;
  formSignature: string;
  formTitle: string;
  /** Origin and path of the form, never its query string. */
  formUrl: string;
  sourceSignature: string;
  /** The source template in words that hold no personal value: where it came from and its first labels. */
  sourceName: string;
  startedAt: number;
  endedAt: number;
  /** Time from the proposals' first showing to the first fill; 0 for a job not reviewed in the panel. */
  reviewMs: number;
  fieldCount: number;
  /** Only on a job imported from another clerk's export: that clerk's id and their id of the job. */
  origin?: string;
  ref?: number;
}

/** One target field of one job: what happened to it, never the value itself. */
export interface Entry {
  id: number;
  jobId: number;
  at: number;
  formSignature: string;
  sourceSignature: string;
  fieldKey: string;
  fieldLabel: string;
  /** Position of the field in the form, to list fields in the order a clerk sees them. */
  position: number;
  concept?: ConceptId;
  method: EntryMethod;
  /** Length of the value that went in; 0 when skipped. */
  chars: number;
  tier?: Tier;
  /** Set for a value Tenki proposed: whether the clerk changed it. */
  corrected?: boolean;
  /** How often the entry was revised since it was written (an edit after the fill, an undo): a merge keeps the latest. */
  rev?: number;
  origin?: string;
  ref?: number;
}

export type MethodCounts = Record<EntryMethod, number>;

/** One target field fed from one source template on one day: the counts the dashboard sums instead of scanning entries. */
export interface DayCell {
  sourceSignature: string;
  fieldKey: string;
  fieldLabel: string;
  position: number;
  concept?: ConceptId;
  n: MethodCounts;
  chars: MethodCounts;
  /** Proposals the clerk changed. */
  corrected: number;
}

export interface DayFlow {
  sourceName: string;
  jobs: number;
  /** Jobs per clerk: '' is this browser's clerk, otherwise the id an imported export carried. */
  clerks: Record<string, number>;
}

/** Everything logged for one form on one local calendar day (YYYY-MM-DD). */
export interface DayRow {
  day: string;
  formSignature: string;
  formTitle: string;
  jobs: number;
  /** Keyed by `cellKey(sourceSignature, fieldKey)`. */
  cells: Record<string, DayCell>;
  /** Keyed by source signature. */
  flows: Record<string, DayFlow>;
}

/** Small settings of the database itself, such as this browser's clerk id. */
export interface Meta {
  key: string;
  value: string;
}

export class TenkiDB extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  entries!: EntityTable<Entry, 'id'>;
  rules!: EntityTable<Rule, 'id'>;
  days!: Dexie.Table<DayRow, [string, string]>;
  meta!: EntityTable<Meta, 'key'>;

  constructor(name = 'tenki') {
    super(name);
    this.version(1).stores({
      jobs: '++id, startedAt',
      entries: '++id, jobId, formSignature',
    });
    // Learned correction rules: listed per form, and one per field for each pair of source template and form.
    this.version(2).stores({
      rules: '++id, formSignature, &[sourceSignature+formSignature+targetKey]',
    });
    // Methods for manual re-entry, daily aggregates for a dashboard that stays fast, and import without double counting:
    // an imported row keeps its clerk (origin) and id there (ref), unique together; local rows have neither, so are not indexed.
    this.version(3)
      .stores({
        jobs: '++id, startedAt, &[origin+ref]',
        entries: '++id, jobId, formSignature, at, &[origin+ref]',
        days: '[day+formSignature], day',
        meta: 'key',
      })
      .upgrade(upgradeToV3);
  }
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  const sourceOf = new Map<number, string>();
  await tx
    .table('jobs')
    .toCollection()
    .modify((job: Job) => {
      job.kind = 'assisted';
      job.sourceName = '';
      job.reviewMs = 0;
      sourceOf.set(job.id, job.sourceSignature);
    });
  await tx
    .table('entries')
    .toCollection()
    .modify((entry: Omit<Entry, 'method'> & { method: string }) => {
      // Version 2 knew only fills from the panel: an edit there was a changed proposal, an autofill an accepted one.
      if (entry.method === 'editedBeforeFill') {
        entry.method = 'edited';
        entry.corrected = true;
      } else if (entry.method === 'autofilled') entry.corrected = false;
      entry.sourceSignature = sourceOf.get(entry.jobId) ?? '';
    });
  const [jobs, entries] = await Promise.all([tx.table('jobs').toArray(), tx.table('entries').toArray()]);
  await tx.table('days').bulkPut(buildDays(jobs as Job[], entries as Entry[]));
}

let shared: TenkiDB | undefined;

/** The database of this extension context, opened on first use. */
export function db(): TenkiDB {
  shared ??= new TenkiDB();
  return shared;
}
