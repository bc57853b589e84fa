// Redesign candidates: the flows and fields whose re-entry volume says the work itself should change, each with the reason why.
import type { DashboardView, FieldTotal, FlowTotal } from './view';
import { correctionRate, manualCount, totalCount } from './view';

/**
 * Why something is a candidate, as data the page words in the clerk's language:
 * - integrate: a flow keyed by hand again and again: connect the source to the form (import, API, shared master).
 * - retyped: one field re-entered from one template many times: take that value over automatically.
 * - corrected: Tenki's proposals for a field are often changed: the source's format differs from what the form wants.
 * - skipped: a field mostly left empty: perhaps the form does not need it.
 * - onePerson: in a team view, only one clerk does this flow: the work depends on one person.
 * A flow to integrate names its most re-keyed fields instead of listing each of them again, so the list stays varied.
 */
export type CandidateReason =
  | { code: 'integrate'; manual: number; jobs: number; pasted: number; fields: string[] }
  | { code: 'retyped'; manual: number; pasted: number }
  | { code: 'corrected'; corrected: number; proposed: number }
  | { code: 'skipped'; skipped: number; total: number }
  | { code: 'onePerson'; jobs: number; clerk: string };

export interface Candidate {
  formSignature: string;
  formTitle: string;
  sourceSignature: string;
  sourceName: string;
  /** Set for a field candidate; a flow candidate has none. */
  fieldKey?: string;
  fieldLabel?: string;
  /** Entries behind the reason: what ranks the list. */
  volume: number;
  reason: CandidateReason;
}

/** Below this many entries a pattern is too thin to redesign work for. */
export const MIN_VOLUME = 3;
const CORRECTION_SHARE = 0.3;
const SKIP_SHARE = 0.5;
const MAX_CANDIDATES = 10;

/** The labels of the fields re-keyed most in a flow, most first. */
const MAIN_FIELDS = 3;

function fieldCandidates(flow: FlowTotal, field: FieldTotal, flowListed: boolean): Candidate[] {
  const base = {
    formSignature: flow.formSignature,
    formTitle: flow.formTitle,
    sourceSignature: flow.sourceSignature,
    sourceName: flow.sourceName,
    fieldKey: field.fieldKey,
    fieldLabel: field.fieldLabel,
  };
  const out: Candidate[] = [];
  const manual = manualCount(field);
  if (manual >= MIN_VOLUME && !flowListed) out.push({ ...base, volume: manual, reason: { code: 'retyped', manual, pasted: field.n.pasted } });
  const proposed = field.n.autofilled + field.n.edited;
  if (field.corrected >= MIN_VOLUME && (correctionRate(field) ?? 0) >= CORRECTION_SHARE) {
    out.push({ ...base, volume: field.corrected, reason: { code: 'corrected', corrected: field.corrected, proposed } });
  }
  const total = totalCount(field);
  if (field.n.skipped >= MIN_VOLUME && field.n.skipped / total >= SKIP_SHARE) out.push({ ...base, volume: field.n.skipped, reason: { code: 'skipped', skipped: field.n.skipped, total } });
  return out;
}

/** The candidates of a view, largest volume first; ties go to flows, which are the bigger redesign. */
export function redesignCandidates(view: DashboardView): Candidate[] {
  const out: Candidate[] = [];
  for (const flow of view.flows) {
    const base = { formSignature: flow.formSignature, formTitle: flow.formTitle, sourceSignature: flow.sourceSignature, sourceName: flow.sourceName };
    const manual = manualCount(flow);
    const keyed = flow.fields.filter((f) => manualCount(f) > 0).sort((a, b) => manualCount(b) - manualCount(a));
    // A flow of one field says no more than that field's own candidate.
    const integrate = manual >= MIN_VOLUME && keyed.length > 1;
    if (integrate) {
      const fields = keyed.slice(0, MAIN_FIELDS).map((f) => f.fieldLabel || f.fieldKey);
      out.push({ ...base, volume: manual, reason: { code: 'integrate', manual, jobs: flow.jobs, pasted: flow.n.pasted, fields } });
    }
    // All of the flow's entries depend on the one clerk, not only the re-keyed ones.
    const entries = totalCount(flow);
    if (view.clerks > 1 && flow.clerks === 1 && flow.jobs >= MIN_VOLUME) out.push({ ...base, volume: entries, reason: { code: 'onePerson', jobs: flow.jobs, clerk: flow.clerkIds[0] ?? '' } });
    for (const field of flow.fields) out.push(...fieldCandidates(flow, field, integrate));
  }
  return out
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.volume - a.c.volume || Number(a.c.fieldKey !== undefined) - Number(b.c.fieldKey !== undefined) || a.order - b.order)
    .slice(0, MAX_CANDIDATES)
    .map(({ c }) => c);
}
