// Corrections the clerk made, remembered as rules per source template and target form, and applied over the mapper's proposals next time.
import { isDateConcept, isSensitive, type ConceptId } from '../concepts';
import type { ExtractedField } from '../extract/types';
import { toHalfWidth } from '../extract/values';
import { displayLabel, type TargetField, type TargetForm } from '../form/read-form';
import { isIncluded, valueFor, type Review } from '../review-job';
import { sourceSignature } from '../source';
import { valueForField, type Proposal, type Reason, type Tier } from './map';
import { datePieces, isoDate } from './date-format';
import { splitForGroup } from './transforms';

/** Which source field a rule takes: by label, block heading and how many fields of that label came before it in the block. */
export interface SourceRef {
  label: string;
  section?: string;
  occurrence: number;
}

/** Take one source field, or leave the field to the clerk (propose nothing). Labels only: a rule never holds a value. */
export type RuleAction = ({ kind: 'source' } & SourceRef) | { kind: 'leave' };

export interface Rule {
  /** Set by the database. */
  id?: number;
  /** The source template (`SourceSnapshot.signature`): a new mail from the same template shares it. */
  sourceSignature: string;
  /** The target form (`TargetForm.signature`). */
  formSignature: string;
  targetKey: string;
  /** The field's label when the rule was learned, to list the rule. */
  targetLabel: string;
  action: RuleAction;
  createdAt: number;
}

/** The identity of a rule: one per field, per pair of template and form. */
export function ruleId(rule: Pick<Rule, 'sourceSignature' | 'formSignature' | 'targetKey'>): [string, string, string] {
  return [rule.sourceSignature, rule.formSignature, rule.targetKey];
}

export function sourceRefOf(sources: readonly ExtractedField[], field: ExtractedField): SourceRef {
  const same = sources.filter((s) => s.label === field.label && s.section === field.section);
  return { label: field.label, ...(field.section === undefined ? {} : { section: field.section }), occurrence: same.indexOf(field) };
}

export function findSource(sources: readonly ExtractedField[], ref: SourceRef): ExtractedField | undefined {
  return sources.filter((s) => s.label === ref.label && s.section === ref.section)[ref.occurrence];
}


/** The piece of the source value one field takes: a part of a split phone, name or postal code, a date in the field's format or one of its selects. */
function pieceFor(field: TargetField, concept: ConceptId | undefined, whole: string, form: TargetForm): string | undefined {
  if (isDateConcept(concept)) {
    const date = isoDate(whole);
    if (!date) return undefined;
    if (!field.datePart) return whole;
    const group = form.fields.filter((f) => field.group && f.group?.id === field.group.id);
    return datePieces(group, date)?.[group.indexOf(field)];
  }
  return field.group ? splitForGroup(concept, whole, field.group.size)?.[field.group.index] : whole;
}

/** A source value in the target field's own format, as the mapper writes it (select option, hyphens, kana, digits); undefined when it does not fit. */
export function fitValue(field: TargetField, source: ExtractedField, form: TargetForm): string | undefined {
  const concept = field.concept ?? source.concept;
  const value = pieceFor(field, concept, source.normalized || source.value, form);
  return value ? valueForField(field, concept, value) : undefined;
}

/** Equal for a clerk: width, case, spaces, hyphens and slashes aside (03-1234-5678 and ０３１２３４５６７８ are one number, 2025/06/12 and 2025-06-12 one date). */
function comparable(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/[\s\-‐－ー−/]/g, '');
}

function sameValue(a: string, b: string | undefined): boolean {
  return b !== undefined && comparable(a) !== '' && comparable(a) === comparable(b);
}

/** The source fields whose value the clerk entered into the field, as written, normalised or in the field's format. */
function sourcesMatching(field: TargetField, value: string, sources: readonly ExtractedField[], form: TargetForm): ExtractedField[] {
  return sources.filter((s) => {
    const fitted = fitValue(field, s, form);
    return fitted !== undefined && (sameValue(value, fitted) || sameValue(value, s.value) || sameValue(value, s.normalized));
  });
}

/** An edit that keeps the proposed value inside it or within it (a colour added, a building dropped) adjusts the proposal rather than rejecting it. */
function adjusts(edit: string, proposed: string): boolean {
  const a = comparable(edit);
  const b = comparable(proposed);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * What one filled review teaches, per target field: the clerk took another source field (or filled a field nothing was
 * proposed for from the source) → take that field next time; the clerk unchecked or cleared a high or medium proposal,
 * or replaced it with something the source does not hold → leave the field to the clerk. Accepted and adjusted
 * proposals teach nothing.
 */
export function learnRules(review: Review, source: { signature: string; fields: readonly ExtractedField[] }, now: number): Rule[] {
  const form = review.form;
  if (!form) return [];
  const lesson = (field: TargetField): RuleAction | undefined => {
    const proposal = review.proposals.find((p) => p.key === field.key);
    const edit = review.edits[field.key];
    const included = isIncluded(review, field.key);
    if (proposal && (!included || valueFor(review, field.key) === '')) return proposal.tier === 'low' ? undefined : { kind: 'leave' };
    if (!included || edit === undefined || edit === '' || edit === proposal?.value) return undefined;
    const matches = sourcesMatching(field, edit, source.fields, form).filter((s) => (field.concept ?? s.concept) !== undefined);
    if (proposal && matches.some((s) => s.id === proposal.sourceFieldId)) return undefined;
    const taken = matches[0];
    if (taken) return { kind: 'source', ...sourceRefOf(source.fields, taken) };
    return proposal && !adjusts(edit, proposal.value) ? { kind: 'leave' } : undefined;
  };
  const actions = new Map(form.fields.map((f) => [f.key, lesson(f)]));
  // The parts of a split field go together: a part the clerk left as it was follows the source its siblings now take,
  // when that source gives the same part (令和 stays 令和 when the clerk moves 月 and 日 to another date).
  for (const field of form.fields) {
    if (!field.group || actions.get(field.key) || !isIncluded(review, field.key)) continue;
    const chosen = form.fields
      .filter((f) => f.group?.id === field.group!.id)
      .map((f) => actions.get(f.key))
      .find((a): a is Extract<RuleAction, { kind: 'source' }> => a?.kind === 'source');
    const taken = chosen && findSource(source.fields, chosen);
    if (taken && sameValue(valueFor(review, field.key), fitValue(field, taken, form))) actions.set(field.key, chosen);
  }
  return form.fields.flatMap((field) => {
    const action = actions.get(field.key);
    return action ? [{ sourceSignature: source.signature, formSignature: form.signature, targetKey: field.key, targetLabel: displayLabel(field), action, createdAt: now }] : [];
  });
}

/** The clerk decided, so a learned proposal is high; sensitive fields still wait for a click, bank accounts for a glance. */
function learnedTier(concept: ConceptId, source: ExtractedField): Tier {
  if (isSensitive(concept) || isSensitive(source.concept)) return concept === 'x-bank-account-number' ? 'medium' : 'low';
  return 'high';
}

function learnedProposal(field: TargetField, source: ExtractedField, form: TargetForm): Proposal | undefined {
  const concept = field.concept ?? source.concept;
  const value = fitValue(field, source, form);
  if (!concept || value === undefined) return undefined;
  const reasons: Reason[] = [{ code: 'learnedRule', detail: source.label }];
  if (isSensitive(concept)) reasons.push({ code: 'sensitive', detail: concept });
  return { key: field.key, targetLabel: field.label, concept, value, sourceFieldId: source.id, sourceLabel: source.label, tier: learnedTier(concept, source), score: 1, reasons };
}

/**
 * The proposals with the rules for this source template and form applied: a rule replaces the field's proposal (a
 * 'leave' rule, or a source that no longer fits, leaves it empty), and a default proposal that gave the rule's source
 * value to another field of the same concept gives way, as the mapper gives each value to one field per concept.
 */
export function applyRules(proposals: readonly Proposal[], rules: readonly Rule[], sources: readonly ExtractedField[], form: TargetForm): Proposal[] {
  const template = sourceSignature(sources);
  const byKey = new Map(rules.filter((r) => r.sourceSignature === template && r.formSignature === form.signature).map((r) => [r.targetKey, r]));
  if (byKey.size === 0) return [...proposals];
  const learned: Proposal[] = [];
  for (const field of form.fields) {
    const action = byKey.get(field.key)?.action;
    const source = action?.kind === 'source' ? findSource(sources, action) : undefined;
    const proposal = source && learnedProposal(field, source, form);
    if (proposal) learned.push(proposal);
  }
  const groupOf = new Map(form.fields.map((f) => [f.key, f.group?.id ?? f.key]));
  const displaced = (p: Proposal) => learned.some((l) => l.sourceFieldId === p.sourceFieldId && l.concept === p.concept && groupOf.get(l.key) !== groupOf.get(p.key));
  const kept = proposals.filter((p) => !byKey.has(p.key) && !displaced(p));
  const order = new Map(form.fields.map((f, i) => [f.key, i]));
  return [...kept, ...learned].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
