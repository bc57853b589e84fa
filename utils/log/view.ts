// The dashboard's main view: totals, forms and fields, flows and the weekly trend for a period, summed from day rows only.
import type { ConceptId } from '../concepts';
import { ENTRY_METHODS, MANUAL_METHODS, type DayRow, type MethodCounts, type TenkiDB } from './db';
import { addDays, weekOf } from './calendar';
import { zeroCounts } from './days';

/** Inclusive local days (YYYY-MM-DD); an open end takes everything on that side. */
export interface Period {
  from?: string;
  to?: string;
}

export interface Counted {
  n: MethodCounts;
  chars: MethodCounts;
  corrected: number;
}

export interface FieldTotal extends Counted {
  formSignature: string;
  fieldKey: string;
  fieldLabel: string;
  position: number;
  concept?: ConceptId;
}

export interface FormTotal extends Counted {
  formSignature: string;
  formTitle: string;
  jobs: number;
  /** In the order the form shows them. */
  fields: FieldTotal[];
}

/** Values carried from one source template into one form. */
export interface FlowTotal extends Counted {
  sourceSignature: string;
  sourceName: string;
  formSignature: string;
  formTitle: string;
  jobs: number;
  /** How many clerks did this flow's jobs (this browser counts as one). */
  clerks: number;
  /** Their ids, sorted; '' is this browser's clerk. */
  clerkIds: string[];
  fields: FieldTotal[];
}

export interface WeekTotal {
  /** The Monday that starts the week, YYYY-MM-DD. */
  week: string;
  n: MethodCounts;
}

export interface DashboardView extends Counted {
  period: Period;
  jobs: number;
  forms: FormTotal[];
  flows: FlowTotal[];
  weeks: WeekTotal[];
  /** Clerks whose work is in the period: more than one once colleagues' exports are imported. */
  clerks: number;
}

export function counted(): Counted {
  return { n: zeroCounts(), chars: zeroCounts(), corrected: 0 };
}

function addCounted(into: Counted, from: Counted): void {
  for (const m of ENTRY_METHODS) {
    into.n[m] += from.n[m];
    into.chars[m] += from.chars[m];
  }
  into.corrected += from.corrected;
}

/** Entries a person keyed in: typed, pasted, or a proposal changed. */
export function manualCount(c: Pick<Counted, 'n'>): number {
  return MANUAL_METHODS.reduce((sum, m) => sum + c.n[m], 0);
}

/** Characters a person keyed in: typed, pasted, or in a changed proposal. */
export function manualChars(c: Pick<Counted, 'chars'>): number {
  return MANUAL_METHODS.reduce((sum, m) => sum + c.chars[m], 0);
}

export function totalCount(c: Pick<Counted, 'n'>): number {
  return ENTRY_METHODS.reduce((sum, m) => sum + c.n[m], 0);
}

/** Share of Tenki's proposals that went in and that the clerk changed; undefined before any went in. */
export function correctionRate(c: Pick<Counted, 'n' | 'corrected'>): number | undefined {
  const proposed = c.n.autofilled + c.n.edited;
  return proposed === 0 ? undefined : c.corrected / proposed;
}

/** At most this many (the latest) weeks in the trend, so "all time" over years stays a chart rather than a barcode. */
const MAX_WEEKS = 156;

function weeksBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let week = weekOf(first); week <= last; week = addDays(week, 7)) out.push(week);
  return out.slice(-MAX_WEEKS);
}

/** Sums day rows (already limited to the period) into the view. Pure, so the bench and the tests call what the page calls. */
export function summarize(rows: readonly DayRow[], period: Period): DashboardView {
  const view: DashboardView = { ...counted(), period, jobs: 0, forms: [], flows: [], weeks: [], clerks: 0 };
  const forms = new Map<string, FormTotal & { byKey: Map<string, FieldTotal> }>();
  const flows = new Map<string, Omit<FlowTotal, 'clerkIds'> & { byKey: Map<string, FieldTotal>; clerkIds: Set<string> }>();
  const weeks = new Map<string, WeekTotal>();
  const clerks = new Set<string>();
  const fieldOf = (byKey: Map<string, FieldTotal>, list: FieldTotal[], formSignature: string, cell: DayRow['cells'][string]) => {
    let field = byKey.get(cell.fieldKey);
    if (!field) {
      field = { ...counted(), formSignature, fieldKey: cell.fieldKey, fieldLabel: cell.fieldLabel, position: cell.position, concept: cell.concept };
      byKey.set(cell.fieldKey, field);
      list.push(field);
    }
    if (cell.fieldLabel) field.fieldLabel = cell.fieldLabel;
    field.concept ??= cell.concept;
    return field;
  };
  let lastDay = '';
  for (const row of rows) {
    if (row.day > lastDay) lastDay = row.day;
    let form = forms.get(row.formSignature);
    if (!form) {
      form = { ...counted(), formSignature: row.formSignature, formTitle: row.formTitle, jobs: 0, fields: [], byKey: new Map() };
      forms.set(row.formSignature, form);
    }
    if (row.formTitle) form.formTitle = row.formTitle;
    form.jobs += row.jobs;
    view.jobs += row.jobs;
    const flowOf = (sourceSignature: string) => {
      const id = `${sourceSignature}\u0000${row.formSignature}`;
      let flow = flows.get(id);
      if (!flow) {
        flow = { ...counted(), sourceSignature, sourceName: '', formSignature: row.formSignature, formTitle: row.formTitle, jobs: 0, clerks: 0, fields: [], byKey: new Map(), clerkIds: new Set() };
        flows.set(id, flow);
      }
      if (row.formTitle) flow.formTitle = row.formTitle;
      return flow;
    };
    for (const [sourceSignature, day] of Object.entries(row.flows)) {
      const flow = flowOf(sourceSignature);
      if (day.sourceName) flow.sourceName = day.sourceName;
      flow.jobs += day.jobs;
      for (const clerk of Object.keys(day.clerks)) {
        flow.clerkIds.add(clerk);
        clerks.add(clerk);
      }
    }
    const week = weekOf(row.day);
    const weekTotal = weeks.get(week) ?? { week, n: zeroCounts() };
    weeks.set(week, weekTotal);
    for (const cell of Object.values(row.cells)) {
      addCounted(view, cell);
      addCounted(form, cell);
      addCounted(fieldOf(form.byKey, form.fields, row.formSignature, cell), cell);
      const flow = flowOf(cell.sourceSignature);
      addCounted(flow, cell);
      addCounted(fieldOf(flow.byKey, flow.fields, row.formSignature, cell), cell);
      for (const m of ENTRY_METHODS) weekTotal.n[m] += cell.n[m];
    }
  }
  const byPosition = (a: FieldTotal, b: FieldTotal) => a.position - b.position || a.fieldKey.localeCompare(b.fieldKey);
  view.forms = [...forms.values()]
    .map(({ byKey: _byKey, ...form }) => ({ ...form, fields: form.fields.sort(byPosition) }))
    .sort((a, b) => manualCount(b) - manualCount(a) || totalCount(b) - totalCount(a) || a.formTitle.localeCompare(b.formTitle));
  view.flows = [...flows.values()]
    .map(({ byKey: _byKey, clerkIds, ...flow }) => ({ ...flow, clerks: clerkIds.size, clerkIds: [...clerkIds].sort(), fields: flow.fields.sort(byPosition) }))
    .sort((a, b) => manualCount(b) - manualCount(a) || totalCount(b) - totalCount(a) || b.jobs - a.jobs);
  const firstDay = period.from ?? rows.reduce((min, r) => (r.day < min ? r.day : min), lastDay);
  const endDay = period.to ?? lastDay;
  if (firstDay && endDay) view.weeks = weeksBetween(firstDay, endDay).map((week) => weeks.get(week) ?? { week, n: zeroCounts() });
  view.clerks = clerks.size;
  return view;
}

/** Reads the period's day rows through the day index and sums them; never touches the entries. */
export async function dashboardView(database: TenkiDB, period: Period): Promise<DashboardView> {
  const rows = await database.days
    .where('day')
    .between(period.from ?? '', period.to ?? '\uffff', true, true)
    .toArray();
  return summarize(rows, period);
}
