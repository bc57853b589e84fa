// Corrections the clerk made, remembered as rules per source template and target form, and applied over the mapper's proposals next time.
import { isSensitive, type ConceptId } from '../concepts';
import type { ExtractedField } from '../extract/types';
import { toHalfWidth } from '../extract/values';
import { displayLabel, type TargetField, type TargetForm } from '../form/read-form';
import { isIncluded, type Review } from '../review-job';
import { sourceSignature } from '../source';
import type { Proposal, Reason, Tier } from './map';
import { formatDigits, matchOption, splitForGroup, toKanaFormat } from './transforms';

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

const KANA: ReadonlySet<ConceptId | undefined> = new Set(['x-name-kana', 'x-family-name-kana', 'x-given-name-kana']);

/** A source value in the target field's own format (its part of a split group, a select option, hyphens, kana); undefined when it does not fit. */
export function fitValue(field: TargetField, source: ExtractedField): string | undefined {
  const concept = field.concept ?? source.concept;
  let value = source.normalized || source.value;
  if (field.group) value = splitForGroup(concept, value, field.group.size)?.[field.group.index] ?? '';
  if (!value) return undefined;
  if (field.tag === 'select') return matchOption(field.options ?? [], value, concept)?.value;
  if (concept === 'tel' || concept === 'postal-code') value = formatDigits(value, field);
  else if (KANA.has(concept)) value = toKanaFormat(value, field);
  if (field.maxLength !== undefined && value.length > field.maxLength) return undefined;
  return value;
}

/** Equal for a clerk: width, case, spaces and hyphens aside (03-1234-5678 and ０３１２３４５６７８ are one number). */
function comparable(text: string): string {
  return toHalfWidth(text.normalize('NFKC')).toLowerCase().replace(/[\s\-‐－ー−]/g, '');
}

function sameValue(a: string, b: string | undefined): boolean {
  return b !== undefined && comparable(a) !== '' && comparable(a) === comparable(b);
}

/** The source fields whose value the clerk entered into the field, as written, normalised or in the field's format. */
function sourcesMatching(field: TargetField, value: string, sources: readonly ExtractedField[]): ExtractedField[] {
  return sources.filter((s) => fitValue(field, s) !== undefined && (sameValue(value, fitValue(field, s)) || sameValue(value, s.value) || sameValue(value, s.normalized)));
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
  const rules: Rule[] = [];
  const rule = (field: TargetField, action: RuleAction): Rule => ({
    sourceSignature: source.signature,
    formSignature: form.signature,
    targetKey: field.key,
    targetLabel: displayLabel(field),
    action,
    createdAt: now,
  });
  for (const field of form.fields) {
    const proposal = review.proposals.find((p) => p.key === field.key);
    const edit = review.edits[field.key];
    const included = isIncluded(review, field.key);
    const value = edit ?? proposal?.value ?? '';
    if (proposal && (!included || value === '')) {
      if (proposal.tier !== 'low') rules.push(rule(field, { kind: 'leave' }));
      continue;
    }
    if (!included || edit === undefined || edit === '' || edit === proposal?.value) continue;
    const matches = sourcesMatching(field, edit, source.fields).filter((s) => (field.concept ?? s.concept) !== undefined);
    if (proposal && matches.some((s) => s.id === proposal.sourceFieldId)) continue;
    const taken = matches[0];
    if (taken) rules.push(rule(field, { kind: 'source', ...sourceRefOf(source.fields, taken) }));
    else if (proposal && !adjusts(edit, proposal.value)) rules.push(rule(field, { kind: 'leave' }));
  }
  return rules;
}

/** The clerk decided, so a learned proposal is high; sensitive fields still wait for a click, bank accounts for a glance. */
function learnedTier(concept: ConceptId, source: ExtractedField): Tier {
  if (isSensitive(concept) || isSensitive(source.concept)) return concept === 'x-bank-account-number' ? 'medium' : 'low';
  return 'high';
}

function learnedProposal(field: TargetField, source: ExtractedField): Proposal | undefined {
  const concept = field.concept ?? source.concept;
  const value = fitValue(field, source);
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
    const proposal = source && learnedProposal(field, source);
    if (proposal) learned.push(proposal);
  }
  const groupOf = new Map(form.fields.map((f) => [f.key, f.group?.id ?? f.key]));
  const displaced = (p: Proposal) => learned.some((l) => l.sourceFieldId === p.sourceFieldId && l.concept === p.concept && groupOf.get(l.key) !== groupOf.get(p.key));
  const kept = proposals.filter((p) => !byKey.has(p.key) && !displaced(p));
  const order = new Map(form.fields.map((f, i) => [f.key, i]));
  return [...kept, ...learned].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
