// Turns a finished review into what to fill and what to log: one method per target field, decided the same way the panel shows it.
import type { FillItem } from './fill/fill';
import type { EntryMethod } from './log/db';
import type { JobField } from './log/record';
import { isIncluded, valueFor, type ReviewState } from './stores/review';

type Review = Pick<ReviewState, 'form' | 'proposals' | 'edits' | 'included'>;

/** The fields the clerk approved, with the value each gets. */
export function fillItems(review: Review): FillItem[] {
  return (review.form?.fields ?? [])
    .filter((f) => isIncluded(review, f.key) && valueFor(review, f.key) !== '')
    .map((f) => ({ key: f.key, value: valueFor(review, f.key) }));
}

/** One log entry per field that had a proposal or an edit; fields nobody touched are not evidence of anything. */
export function jobFields(review: Review): JobField[] {
  const out: JobField[] = [];
  (review.form?.fields ?? []).forEach((field, position) => {
    const proposal = review.proposals.find((p) => p.key === field.key);
    const edit = review.edits[field.key];
    if (!proposal && (edit ?? '') === '') return;
    const value = valueFor(review, field.key);
    let method: EntryMethod;
    if (!isIncluded(review, field.key) || value === '') method = 'skipped';
    else if (edit !== undefined && edit !== proposal?.value) method = 'editedBeforeFill';
    else method = 'autofilled';
    out.push({ key: field.key, label: field.label, position, concept: proposal?.concept ?? field.concept, method, value, tier: proposal?.tier });
  });
  return out;
}
