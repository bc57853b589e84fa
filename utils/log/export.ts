// The log's CSV files for Excel: the entries of a period, and the dashboard's tables (fields, flows, weeks), headed in the clerk's language.
import type { MessageKey } from '../i18n';
import { toCsv } from './csv';
import { ENTRY_METHODS, type Entry, type EntryMethod, type Job, type TenkiDB } from './db';
import { atRange, dayOf } from './calendar';
import { clerkLabel } from './transfer';
import { correctionRate, manualChars, totalCount, type Counted, type DashboardView, type Period } from './view';

/** Words for headers and cells: the page passes its `t`, so the CSV speaks the dashboard's language. */
export type Label = (key: MessageKey) => string;

export const METHOD_LABEL: Record<EntryMethod, MessageKey> = {
  autofilled: 'methodAutofilled',
  edited: 'methodEdited',
  typed: 'methodTyped',
  pasted: 'methodPasted',
  skipped: 'methodSkipped',
};

const methodHeaders = (label: Label) => ENTRY_METHODS.map((m) => label(METHOD_LABEL[m]));
const methodCells = (c: Counted) => ENTRY_METHODS.map((m) => c.n[m]);
const rate = (c: Counted) => {
  const r = correctionRate(c);
  return r === undefined ? '' : r.toFixed(3);
};

function stamp(at: number): string {
  const d = new Date(at);
  return `${dayOf(at)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One row per entry of the period, oldest first, read through the `at` index; clerks by the names they gave, if any. */
export async function entriesCsv(database: TenkiDB, period: Period, label: Label, names: Readonly<Record<string, string>> = {}): Promise<string> {
  const [from, to] = atRange(period);
  const entries: Entry[] = await database.entries.where('at').between(from, to, true, false).toArray();
  const jobs = new Map<number, Job>((await database.jobs.bulkGet([...new Set(entries.map((e) => e.jobId))])).flatMap((j) => (j ? [[j.id, j] as const] : [])));
  const rows = entries.map((e) => {
    const job = jobs.get(e.jobId);
    return [
      stamp(e.at),
      clerkLabel(e.origin ?? '', names, label('clerkSelf')),
      job?.formTitle ?? '',
      job?.sourceName ?? '',
      e.fieldLabel,
      e.fieldKey,
      e.concept ?? '',
      label(METHOD_LABEL[e.method]),
      e.chars,
      e.tier ? label(e.tier === 'high' ? 'tierHigh' : e.tier === 'medium' ? 'tierMedium' : 'tierLow') : '',
      e.corrected === undefined ? '' : label(e.corrected ? 'yes' : 'no'),
    ];
  });
  return toCsv(
    ['colAt', 'colClerk', 'colForm', 'colSource', 'colField', 'colFieldKey', 'colConcept', 'colMethod', 'colChars', 'colTier', 'colCorrected'].map((k) => label(k as MessageKey)),
    rows,
  );
}

/** Per form and field: how often each method was used, characters keyed by hand, and how often proposals were corrected. */
export function fieldsCsv(view: DashboardView, label: Label): string {
  const rows = view.forms.flatMap((form) =>
    form.fields.map((f) => [form.formTitle || form.formSignature, f.fieldLabel || f.fieldKey, f.concept ?? '', ...methodCells(f), totalCount(f), manualChars(f), rate(f)]),
  );
  return toCsv([label('colForm'), label('colField'), label('colConcept'), ...methodHeaders(label), label('colTotal'), label('colManualChars'), label('colCorrectionRate')], rows);
}

/** Per flow (source template → form): jobs, methods, and how many clerks do it. */
export function flowsCsv(view: DashboardView, label: Label): string {
  const rows = view.flows.map((f) => [f.sourceName || f.sourceSignature, f.formTitle || f.formSignature, f.jobs, ...methodCells(f), totalCount(f), manualChars(f), f.clerks]);
  return toCsv([label('colSource'), label('colForm'), label('colJobs'), ...methodHeaders(label), label('colTotal'), label('colManualChars'), label('colClerks')], rows);
}

/** The weekly trend as numbers. */
export function weeksCsv(view: DashboardView, label: Label): string {
  const rows = view.weeks.map((w) => [w.week, ...ENTRY_METHODS.map((m) => w.n[m]), totalCount(w)]);
  return toCsv([label('colWeek'), ...methodHeaders(label), label('colTotal')], rows);
}
