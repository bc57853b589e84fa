// The one IndexedDB database of the evidence log; versions are only ever appended, each with a migration test.
import Dexie, { type EntityTable } from 'dexie';
import type { ConceptId } from '../concepts';
import type { Tier } from '../mapping/map';
import type { Rule } from '../mapping/rules';

export type EntryMethod = 'autofilled' | 'editedBeforeFill' | 'skipped';

export interface Job {
  id: number;
  formSignature: string;
  formTitle: string;
  /** Origin and path of the form, never its query string. */
  formUrl: string;
  sourceSignature: string;
  startedAt: number;
  endedAt: number;
  fieldCount: number;
}

/** One target field of one job: what happened to it, never the value itself. */
export interface Entry {
  id: number;
  jobId: number;
  at: number;
  formSignature: string;
  fieldKey: string;
  fieldLabel: string;
  /** Position of the field in the form, to list fields in the order a clerk sees them. */
  position: number;
  concept?: ConceptId;
  method: EntryMethod;
  /** Length of the value that went in; 0 when skipped. */
  chars: number;
  tier?: Tier;
}

export class TenkiDB extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  entries!: EntityTable<Entry, 'id'>;
  rules!: EntityTable<Rule, 'id'>;

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
  }
}

let shared: TenkiDB | undefined;

/** The database of this extension context, opened on first use. */
export function db(): TenkiDB {
  shared ??= new TenkiDB();
  return shared;
}
