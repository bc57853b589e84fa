// Daily aggregates of the log: one row per form and local day, so the dashboard sums a few hundred rows however long the log grows.
import { dayOf } from './calendar';
import type { DayRow, Entry, EntryMethod, Job, MethodCounts, TenkiDB } from './db';

export function zeroCounts(): MethodCounts {
  return { autofilled: 0, edited: 0, typed: 0, pasted: 0, skipped: 0 };
}

export function cellKey(sourceSignature: string, fieldKey: string): string {
  return `${sourceSignature}\u0001${fieldKey}`;
}

/** What a day row needs of a job: the moment it counts on (its start), its form and its flow. */
export interface JobFacts {
  at: number;
  formSignature: string;
  formTitle: string;
  sourceSignature: string;
  sourceName: string;
  origin?: string;
}

export type EntryFacts = Pick<Entry, 'at' | 'formSignature' | 'sourceSignature' | 'fieldKey' | 'fieldLabel' | 'position' | 'concept' | 'method' | 'chars' | 'corrected'>;

/** Adds (sign 1) or takes back (sign -1) jobs and entries. */
export interface DayChange {
  jobs?: { job: JobFacts; sign: 1 | -1 }[];
  entries?: { entry: EntryFacts; sign: 1 | -1 }[];
}

type Rows = Map<string, DayRow>;

const rowId = (day: string, form: string) => `${day}\u0000${form}`;

function rowFor(rows: Rows, at: number, formSignature: string, formTitle = ''): DayRow {
  const day = dayOf(at);
  const id = rowId(day, formSignature);
  let row = rows.get(id);
  if (!row) {
    row = { day, formSignature, formTitle, jobs: 0, cells: {}, flows: {} };
    rows.set(id, row);
  }
  if (formTitle) row.formTitle = formTitle;
  return row;
}

function addJob(rows: Rows, job: JobFacts, sign: number): void {
  const row = rowFor(rows, job.at, job.formSignature, job.formTitle);
  row.jobs += sign;
  const flow = (row.flows[job.sourceSignature] ??= { sourceName: job.sourceName, jobs: 0, clerks: {} });
  if (job.sourceName) flow.sourceName = job.sourceName;
  flow.jobs += sign;
  const clerk = job.origin ?? '';
  flow.clerks[clerk] = (flow.clerks[clerk] ?? 0) + sign;
  if (flow.clerks[clerk] <= 0) delete flow.clerks[clerk];
}

function addEntry(rows: Rows, entry: EntryFacts, sign: number): void {
  const row = rowFor(rows, entry.at, entry.formSignature);
  const key = cellKey(entry.sourceSignature, entry.fieldKey);
  const cell = (row.cells[key] ??= {
    sourceSignature: entry.sourceSignature,
    fieldKey: entry.fieldKey,
    fieldLabel: entry.fieldLabel,
    position: entry.position,
    concept: entry.concept,
    n: zeroCounts(),
    chars: zeroCounts(),
    corrected: 0,
  });
  if (entry.fieldLabel) cell.fieldLabel = entry.fieldLabel;
  cell.concept ??= entry.concept;
  const method: EntryMethod = entry.method;
  cell.n[method] += sign;
  cell.chars[method] += sign * entry.chars;
  if (entry.corrected) cell.corrected += sign;
}

/** A revision that moves an entry to another day leaves its old cell at zero: such cells, flows and rows say nothing. */
function isEmptyCell(cell: DayRow['cells'][string]): boolean {
  return Object.values(cell.n).every((n) => n === 0) && cell.corrected === 0;
}

function apply(rows: Rows, change: DayChange): void {
  for (const { job, sign } of change.jobs ?? []) addJob(rows, job, sign);
  for (const { entry, sign } of change.entries ?? []) addEntry(rows, entry, sign);
  for (const row of rows.values()) {
    for (const [key, cell] of Object.entries(row.cells)) if (isEmptyCell(cell)) delete row.cells[key];
    for (const [key, flow] of Object.entries(row.flows)) if (flow.jobs <= 0) delete row.flows[key];
  }
}

const isEmptyRow = (row: DayRow) => row.jobs === 0 && Object.keys(row.cells).length === 0 && Object.keys(row.flows).length === 0;

/** Day rows for a whole log at once: a job counts on the day it started, each entry on its own day. */
export function buildDays(jobs: readonly Job[], entries: readonly EntryFacts[]): DayRow[] {
  const rows: Rows = new Map();
  apply(rows, {
    jobs: jobs.map((job) => ({ job: { ...job, at: job.startedAt }, sign: 1 as const })),
    entries: entries.map((entry) => ({ entry, sign: 1 as const })),
  });
  return [...rows.values()];
}

/** Applies a change to the stored day rows; call inside the transaction that writes the jobs and entries themselves. */
export async function applyToDays(database: TenkiDB, change: DayChange): Promise<void> {
  const touched = new Map<string, [string, string]>();
  for (const { job } of change.jobs ?? []) touched.set(rowId(dayOf(job.at), job.formSignature), [dayOf(job.at), job.formSignature]);
  for (const { entry } of change.entries ?? []) touched.set(rowId(dayOf(entry.at), entry.formSignature), [dayOf(entry.at), entry.formSignature]);
  if (touched.size === 0) return;
  const keys = [...touched.values()];
  const stored = await database.days.bulkGet(keys);
  const rows: Rows = new Map();
  stored.forEach((row) => row && rows.set(rowId(row.day, row.formSignature), row));
  apply(rows, change);
  const all = [...rows.values()];
  await database.days.bulkPut(all.filter((row) => !isEmptyRow(row)));
  await database.days.bulkDelete(all.filter(isEmptyRow).map((row): [string, string] => [row.day, row.formSignature]));
}
