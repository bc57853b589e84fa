// Turns a finished review into what to fill and what to log: one method per target field, decided the same way the panel shows it.
import type { FillItem, FillResult } from './fill/fill';
import type { EntryMethod } from './log/db';
import type { JobField } from './log/record';
import { displayLabel, type TargetForm } from './form/read-form';
import type { Proposal, Tier } from './mapping/map';

/** What the clerk decided in the panel; plain data so the eval runner applies proposals exactly as the panel does. */
export interface Review {
  form?: TargetForm;
  proposals: Proposal[];
  /** Values the clerk typed in the panel, by target field key. */
  edits: Record<string, string>;
  /** Per target field: whether it is included in the next fill. Unset means the tier's default. */
  included: Record<string, boolean>;
}

/** A proposal is filled without a click at the high and medium tiers; low ones wait for the clerk. */
export function isIncluded(state: Pick<Review, 'included' | 'edits' | 'proposals'>, key: string): boolean {
  const chosen = state.included[key];
  if (chosen !== undefined) return chosen;
  const proposal = state.proposals.find((p) => p.key === key);
  if (proposal) return proposal.tier !== 'low';
  return (state.edits[key] ?? '') !== '';
}

/** The value that goes into a field: the clerk's edit, else the proposal. */
export function valueFor(state: Pick<Review, 'edits' | 'proposals'>, key: string): string {
  return state.edits[key] ?? state.proposals.find((p) => p.key === key)?.value ?? '';
}

/** The fields the clerk approved, with the value each gets. */
export function fillItems(review: Review): FillItem[] {
  return (review.form?.fields ?? [])
    .filter((f) => isIncluded(review, f.key) && valueFor(review, f.key) !== '')
    .map((f) => ({ key: f.key, value: valueFor(review, f.key), tier: highlightTier(review, f.key) }));
}

/** The colour a filled field gets in the page: its proposal's tier, or low (the clerk's own pick) for a value the clerk typed. */
function highlightTier(review: Pick<Review, 'edits' | 'proposals'>, key: string): Tier {
  const proposal = review.proposals.find((p) => p.key === key);
  const edit = review.edits[key];
  return proposal && (edit === undefined || edit === proposal.value) ? proposal.tier : 'low';
}

/**
 * One log entry per field that had a proposal or an edit; fields nobody touched are not evidence of anything. A value
 * the clerk typed in the panel for a field with no proposal was typed by hand; a changed proposal is a correction. Given
 * the fill's results, a field the page refused, or that the fill could not reach, went in as nothing: skipped.
 */
export function jobFields(review: Review, results: readonly FillResult[] = []): JobField[] {
  const notIn = new Set(results.filter((r) => ['rejected', 'missing', 'skipped'].includes(fieldStatus(r))).map((r) => r.key));
  const out: JobField[] = [];
  (review.form?.fields ?? []).forEach((field, position) => {
    const proposal = review.proposals.find((p) => p.key === field.key);
    const edit = review.edits[field.key];
    if (!proposal && (edit ?? '') === '') return;
    const value = valueFor(review, field.key);
    const changed = proposal !== undefined && edit !== undefined && edit !== proposal.value;
    let method: EntryMethod;
    if (!isIncluded(review, field.key) || value === '' || notIn.has(field.key)) method = 'skipped';
    else if (!proposal) method = 'typed';
    else method = changed ? 'edited' : 'autofilled';
    const corrected = proposal && method !== 'skipped' ? changed : undefined;
    out.push({ key: field.key, label: displayLabel(field), position, concept: proposal?.concept ?? field.concept, method, value, tier: proposal?.tier, corrected });
  });
  return out;
}

/**
 * What a fill did to one field, as the panel shows it: `changed` means the page kept a value of its own making instead
 * of ours; `skipped` a field the fill leaves alone (read-only, disabled, hidden, or in a frame Tenki may not touch).
 */
export type FieldStatus = 'filled' | 'changed' | 'rejected' | 'missing' | 'skipped';

export function fieldStatus(result: FillResult): FieldStatus {
  if (result.skipped) return 'skipped';
  if (result.status !== 'rejected') return result.status;
  // A page that reformats or replaces the value leaves something new; one that refuses it leaves it empty or as it was.
  return result.after.trim() !== '' && result.after !== result.before ? 'changed' : 'rejected';
}

/** The latest result per field: a later fill of one field replaces only that field's result. */
export function mergeResults(previous: readonly FillResult[] | undefined, next: readonly FillResult[]): FillResult[] {
  const keys = new Set(next.map((r) => r.key));
  return [...(previous ?? []).filter((r) => !keys.has(r.key)), ...next];
}

/**
 * What the form held before Tenki first touched each field in this job; a field filled twice keeps its first `before`,
 * so undo goes back to the clerk's page, not to Tenki's earlier value.
 */
export function mergeUndo(previous: readonly FillItem[] | undefined, results: readonly FillResult[]): FillItem[] {
  const out = [...(previous ?? [])];
  for (const r of results) if (r.status !== 'missing' && !r.skipped && !out.some((u) => u.key === r.key)) out.push({ key: r.key, value: r.before });
  return out;
}
