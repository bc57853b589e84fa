// Proposes a value for each target field from the extracted source fields, with a confidence tier and the reasons for it.
import { conceptDef, isAmountConcept, isDateConcept, isSensitive, normalizeLabel, type ConceptId } from '../concepts';
import type { ExtractedField } from '../extract/types';
import { SIGNATURE } from '../extract/assemble';
import { sectionKindOf, type SectionKind } from '../sections';
import { findPrefecture, splitPrefecture } from '../prefectures';
import { splitAddress } from '../extract/address';
import type { TargetField, TargetForm } from '../form/read-form';
import { splitJapaneseName, splitLatinName } from '../extract/names';
import { fieldNotes, formatDigits, matchOption, spaceNameAsAsked, splitForGroup, toKanaFormat } from './transforms';
import { assignBest } from './assign';
import { isJoined, joinedFields } from './join';
import { datePieces, formatDateFor, isoDate, sourceDate } from './date-format';
import { toIso } from '../extract/dates';
import { detectKind, toHalfWidth, type ValueKind } from '../extract/values';
import { sourceLines } from './rows';

export type Tier = 'high' | 'medium' | 'low';

export type ReasonCode = 'sameLabel' | 'sameConcept' | 'derived' | 'split' | 'labelExact' | 'labelPartial' | 'autocomplete' | 'nameAttr' | 'sensitive' | 'optionMatched' | 'signature' | 'learnedRule';

export interface Reason {
  code: ReasonCode;
  /** Label or concept the reason refers to, shown as text. */
  detail?: string;
}

export interface Proposal {
  /** Target field key. */
  key: string;
  targetLabel: string;
  /** Unset for a field matched by its label alone (案件名 ← 案件名), whose concept the vocabulary does not name. */
  concept?: ConceptId;
  value: string;
  sourceFieldId: string;
  sourceLabel: string;
  tier: Tier;
  score: number;
  reasons: Reason[];
}

/** Which source concepts can supply a target concept, and how much a derivation costs in confidence. */
const DERIVATIONS: Partial<Record<ConceptId, { from: ConceptId; factor: number }[]>> = {
  'family-name': [{ from: 'name', factor: 0.9 }],
  'given-name': [{ from: 'name', factor: 0.9 }],
  'x-family-name-kana': [{ from: 'x-name-kana', factor: 0.9 }],
  'x-given-name-kana': [{ from: 'x-name-kana', factor: 0.9 }],
  'address-level1': [{ from: 'street-address', factor: 0.9 }],
  'address-level2': [{ from: 'street-address', factor: 0.85 }],
  'address-line1': [{ from: 'street-address', factor: 0.85 }],
  'address-line2': [{ from: 'street-address', factor: 0.85 }],
  'postal-code': [{ from: 'street-address', factor: 0.85 }],
  // A 税抜 amount box takes the subtotal (see amountAgreement).
  'x-amount': [{ from: 'x-subtotal', factor: 0.9 }],
};

type TaxBasis = 'excl' | 'incl';

const EXCL = /税抜|税別|本体|外税|excl|before tax|pre-?tax|net amount/i;
const INCL = /税込|内税|incl|gross|after tax/i;

function basisOf(text: string): TaxBasis | undefined {
  if (EXCL.test(text)) return 'excl';
  if (INCL.test(text)) return 'incl';
  return undefined;
}

const TOTALS = new Set<ConceptId>(['x-amount', 'x-subtotal']);

/**
 * Whether a total fits an amount box by its tax basis: a 小計 is before tax and a 合計 or ご請求金額 after it unless they
 * say otherwise; a box that states its basis takes only an amount on that basis, and a subtotal goes only into a 税抜 box.
 */
function amountAgreement(unit: Unit, source: ExtractedField): number {
  if (!TOTALS.has(unit.concept) || !source.concept || !TOTALS.has(source.concept)) return 1;
  const field = unit.fields[0]!;
  const target = basisOf(`${field.label} ${field.hint} ${field.name}`);
  const given = basisOf(`${source.label} ${source.value}`) ?? (source.concept === 'x-subtotal' ? 'excl' : 'incl');
  if (target && target !== given) return 0;
  if (unit.concept === 'x-amount' && source.concept === 'x-subtotal' && target !== 'excl') return 0;
  return 1;
}

/** What a label says beyond its concept's words: 代表 in 代表電話, ご担当者直通 in 電話番号（ご担当者直通）. */
function qualifier(label: string, concepts: ConceptId[]): string {
  const strip = (words: string[]) => {
    let rest = normalizeLabel(label);
    for (const w of words.map((x) => normalizeLabel(x)).filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(w).join('');
    return rest;
  };
  const rest = strip(concepts.flatMap((c) => [...conceptDef(c).ja, ...conceptDef(c).en]));
  // A label that is one of the vocabulary's own qualified words (直通, 携帯) keeps what it says beyond the plain words.
  return rest || strip(concepts.flatMap((c) => [...conceptDef(c).ja.slice(0, 4), ...conceptDef(c).en.slice(0, 4)]));
}

/**
 * Two fields of one concept told apart by their qualifiers (代表 / 直通, 本社 / 工場): a source whose qualifier shares
 * a word with the target's fits better; one whose qualifier says something else fits worse.
 */
function qualifierAgreement(unit: Unit, source: ExtractedField): number {
  if (!source.concept) return 1;
  // The words of both concepts go: お名前 over a 姓 box is no qualifier when the source is a whole name.
  const concepts = [unit.concept, source.concept];
  const target = qualifier(unit.fields[0]!.label, concepts);
  const given = qualifier(source.label, concepts);
  if (target.length < 2 || given.length < 2) return 1;
  for (let i = 0; i + 2 <= given.length; i++) if (target.includes(given.slice(i, i + 2))) return 1.05;
  return 0.9;
}

// Deductions are entered as positive amounts in the box that names them (源泉徴収税額 21441, not △21441).
const DEDUCTIONS = new Set<ConceptId>(['x-withholding-tax', 'x-discount']);

/** Which parts of an address a block of the form asks for separately. */
interface AddressLayout {
  street: boolean;
  level1: boolean;
  level2: boolean;
  line1: boolean;
  line2: boolean;
}

function addressLayouts(all: readonly Unit[]): Map<string, AddressLayout> {
  const layouts = new Map<string, AddressLayout>();
  for (const unit of all) {
    const key = unit.fields[0]!.section ?? '';
    const layout = layouts.get(key) ?? { street: false, level1: false, level2: false, line1: false, line2: false };
    if (unit.concept === 'street-address') layout.street = true;
    if (unit.concept === 'address-level1') layout.level1 = true;
    if (unit.concept === 'address-level2') layout.level2 = true;
    if (unit.concept === 'address-line1') layout.line1 = true;
    if (unit.concept === 'address-line2') layout.line2 = true;
    layouts.set(key, layout);
  }
  return layouts;
}

/**
 * The part of a full address a field asks for, given the other address fields of its block: a 住所 field next to a
 * 都道府県 select drops the prefecture; 市区町村 takes the city; a 番地・建物 field after a city field takes the rest.
 */
function addressPart(target: ConceptId, address: string, layout: AddressLayout): string | undefined {
  const parts = splitAddress(address);
  // Cut the parts off the address as written, so its own spacing survives ("大阪市北区梅田1-2-3 梅田ビル5F").
  const whole = address.replace(/^〒?\s*\d{3}-?\d{4}\s*/, '');
  const cut = (text: string, head?: string) => {
    if (!head) return text;
    // Spaces inside the head as written ("大阪市 北区") do not stop it matching.
    let i = 0;
    for (const ch of head) {
      while (/\s/.test(text[i] ?? '') && !/\s/.test(ch)) i++;
      if (text[i] !== ch) return text;
      i++;
    }
    return text.slice(i).trimStart();
  };
  const afterPrefecture = cut(whole, parts.prefecture);
  const afterCity = cut(afterPrefecture, parts.city);
  const dropBuilding = (text: string) => (parts.building && text.endsWith(parts.building) ? text.slice(0, -parts.building.length).trimEnd() : text);
  switch (target) {
    case 'postal-code':
      return parts.postalCode;
    case 'address-level1':
      return parts.prefecture;
    case 'address-level2':
      return parts.city;
    case 'address-line1': {
      // After a 市区町村 box, the rest; with no such box, the line holds the city too (住所1 beside 都道府県).
      if (!layout.level2 && !layout.street) {
        const line = layout.level1 ? afterPrefecture : whole;
        return (layout.line2 ? dropBuilding(line) : line) || undefined;
      }
      return parts.city ? (layout.line2 ? dropBuilding(afterCity) : afterCity) || undefined : undefined;
    }
    case 'address-line2':
      // 建物名 beside a 住所 or 番地 field is the building alone; after a 市区町村 field alone it is everything after the city.
      return layout.line1 || layout.street ? parts.building : parts.city ? afterCity || undefined : undefined;
    case 'street-address': {
      // An address that is not Japanese (PO Box 3341, 1450 Industrial Pkwy) has no 都道府県 or 市区町村 to cut off.
      if (!parts.prefecture && !parts.city) return whole || undefined;
      let value = layout.level1 ? afterPrefecture : whole;
      if (layout.level2) value = parts.city ? afterCity : '';
      if (layout.line2) value = dropBuilding(value);
      return value || undefined;
    }
    default:
      return address;
  }
}

interface Unit {
  fields: TargetField[];
  concept: ConceptId;
  score: number;
}

function units(form: TargetForm): Unit[] {
  const out: Unit[] = [];
  const groups = new Map<string, TargetField[]>();
  for (const f of form.fields) {
    if (!f.concept) continue;
    if (f.group) {
      const list = groups.get(f.group.id);
      if (list) list.push(f);
      else {
        const created = [f];
        groups.set(f.group.id, created);
        out.push({ fields: created, concept: f.concept, score: f.conceptScore });
      }
    } else out.push({ fields: [f], concept: f.concept, score: f.conceptScore });
  }
  return out;
}

/** Amounts go in as digits unless the field's note or example writes them grouped (カンマ区切り, 例：12,000). */
function wantsGrouping(field: TargetField): boolean {
  const text = fieldNotes(field, false);
  return !/カンマ(なし|無し|不要|を?(入れない|除く))|数字のみ/.test(text) && (/カンマ(区切り|あり|付き)/.test(text) || /\d{1,3}(,\d{3})+/.test(text));
}

const YES = /^(はい|要|必要|あり|有り?|する|希望する|希望|同意する|yes|y|true|on|✓|✔|○|〇)$/i;
const NO = /^(いいえ|不要|なし|無し?|しない|希望しない|同意しない|no|n|false|off|×|✗)$/i;

/**
 * A checkbox is checked when the value names its choice (メールにてPDFで → メール) or, for a checkbox that stands for its
 * question, says yes (要, はい); unchecked when it says no. Anything else leaves it as it is.
 */
function checkboxValue(field: TargetField, value: string): string | undefined {
  const choice = toHalfWidth(field.options?.[0]?.text ?? '').trim();
  const v = toHalfWidth(value).trim();
  if (choice.length >= 2 && choice !== field.label && v.includes(choice)) return 'true';
  if (YES.test(v)) return 'true';
  if (NO.test(v)) return 'false';
  return undefined;
}

/** The value for one field, in its format; undefined when the value does not fit it. */
export function valueForField(field: TargetField, concept: ConceptId | undefined, value: string): string | undefined {
  if (field.tag === 'select' || field.type === 'radio') {
    const option = matchOption(field.options ?? [], value, concept);
    return option?.value;
  }
  if (field.type === 'checkbox') return checkboxValue(field, value);
  // A value matched by its label alone still has to be a date to go into a date box.
  if (!concept && (field.type === 'date' || field.type === 'month')) {
    const date = sourceDate({ value, normalized: value, label: field.label });
    return date && formatDateFor(field, date);
  }
  let v = value;
  if (isDateConcept(concept)) {
    // Pieces of a split date arrive already cut; a whole date is written in the field's own format.
    if (field.datePart) v = value;
    else {
      const date = isoDate(value);
      if (!date) return undefined;
      v = formatDateFor(field, date);
    }
  } else if (concept === 'tel' || concept === 'x-fax' || concept === 'postal-code') v = formatDigits(value, field);
  else if (concept && DEDUCTIONS.has(concept)) v = value.replace(/^-/, '');
  if (isAmountConcept(concept) && field.type !== 'number' && wantsGrouping(field)) v = v.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));
  else if (concept === 'x-name-kana' || concept === 'x-family-name-kana' || concept === 'x-given-name-kana') v = toKanaFormat(value, field);
  if (concept === 'name' || concept === 'x-name-kana') v = spaceNameAsAsked(v, field);
  else if (field.type === 'number') {
    v = toHalfWidth(value).replace(/[,\s]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  } else if (field.type === 'email' && !/@/.test(value)) return undefined;
  if (field.inputMode === 'numeric' && /^[\d,.\-\s]+$/.test(v)) v = v.replace(/[^\d.-]/g, '');
  if (field.maxLength !== undefined && v.length > field.maxLength) return undefined;
  if (fitsPattern(field, v)) return v;
  // A number whose hyphens the pattern refuses (\d{7}, [0-9]{10,11}) may fit as digits.
  const digits = v.replace(/\D/g, '');
  return (concept === 'tel' || concept === 'x-fax' || concept === 'postal-code') && fitsPattern(field, digits) ? digits : undefined;
}

/** A value the form's own `pattern` would refuse is not proposed: the browser would block the submit. */
function fitsPattern(field: TargetField, value: string): boolean {
  if (!field.pattern) return true;
  const re = compiledPattern(field.pattern);
  // A pattern the browser cannot compile constrains nothing.
  return re ? re.test(value) : true;
}

// Every pair of a form is tried against the same few patterns: compile each once.
const patterns = new Map<string, RegExp | null>();

function compiledPattern(pattern: string): RegExp | null {
  if (!patterns.has(pattern)) {
    let re: RegExp | null = null;
    for (const flags of ['v', 'u']) {
      try {
        re = new RegExp(`^(?:${pattern})$`, flags);
        break;
      } catch {
        re = null;
      }
    }
    if (patterns.size > 500) patterns.clear();
    patterns.set(pattern, re);
  }
  return patterns.get(pattern)!;
}

// Words, not numbers: a phone number or an address under a label that sounds like a person (担当者 連絡先) is not a name.
const WORD_CONCEPTS = new Set<ConceptId>(['name', 'family-name', 'given-name', 'x-name-kana', 'x-family-name-kana', 'x-given-name-kana', 'organization', 'x-organization-kana', 'x-department']);
const NOT_WORDS = new Set<ValueKind>(['email', 'tel', 'postal-code', 'url', 'date', 'amount', 'number']);

/** The values a unit gets from one source field, or undefined when the source cannot supply it. */
function valuesFor(unit: Unit, source: ExtractedField, layout: AddressLayout): { values: string[]; reasons: Reason[]; factor: number } | undefined {
  const target = unit.concept;
  if (WORD_CONCEPTS.has(target) && NOT_WORDS.has(detectKind(source.value))) return undefined;
  let value = source.normalized;
  let factor = 1;
  const reasons: Reason[] = [];
  if (source.concept === target) {
    reasons.push({ code: 'sameConcept', detail: target });
    if (target === 'street-address') value = addressPart(target, value, layout) ?? '';
    if (!value) return undefined;
  } else {
    const derivation = DERIVATIONS[target]?.find((d) => d.from === source.concept);
    if (!derivation || isJoined(source)) return undefined;
    factor = derivation.factor;
    reasons.push({ code: 'derived', detail: source.concept });
    if (source.concept === 'street-address') value = addressPart(target, value, layout) ?? '';
    else if (target === 'family-name' || target === 'given-name') {
      const japanese = splitJapaneseName(value);
      // A name in Latin letters is split by English custom (given name first): likely, not certain.
      const latin = japanese ? undefined : splitLatinName(value);
      if (latin) factor *= 0.85;
      value = (japanese ?? latin)?.[target === 'family-name' ? 0 : 1] ?? '';
    } else if (target === 'x-family-name-kana') value = splitJapaneseName(value)?.[0] ?? '';
    else if (target === 'x-given-name-kana') value = splitJapaneseName(value)?.[1] ?? '';
    if (!value) return undefined;
  }
  if (target === 'address-level1' && !findPrefecture(value) && !splitPrefecture(value).prefecture) return undefined;
  if (isDateConcept(target)) {
    const date = sourceDate(source);
    if (!date) return undefined;
    value = toIso(date);
  }

  let parts = [value];
  if (unit.fields[0]!.datePart) {
    const date = isoDate(value);
    const pieces = date && datePieces(unit.fields, date);
    if (!pieces) return undefined;
    parts = pieces;
    reasons.push({ code: 'split', detail: String(unit.fields.length) });
  } else if (unit.fields.length > 1) {
    const split = splitForGroup(target, value, unit.fields.length);
    if (!split) return undefined;
    parts = split;
    reasons.push({ code: 'split', detail: String(unit.fields.length) });
  }
  const values: string[] = [];
  for (let i = 0; i < unit.fields.length; i++) {
    const v = valueForField(unit.fields[i]!, target, parts[i]!);
    if (v === undefined) return undefined;
    values.push(v);
  }
  if (unit.fields[0]!.tag === 'select') reasons.push({ code: 'optionMatched' });
  return { values, reasons, factor };
}

// The orderer and the billing party are one party in most forms; delivery and emergency contacts are others.
const PARTY: Partial<Record<SectionKind, string>> = { customer: 'main', billing: 'main', shipping: 'shipping', emergency: 'emergency' };

/**
 * How well a source block fits a target block: 0 when they are different parties (an お届け先 phone never goes
 * into the orderer's phone), less than 1 when only one side says, so a block's own value wins.
 */
function sectionAgreement(target: SectionKind | undefined, source: SectionKind | undefined, formHasMainBlock: boolean): number {
  const t = target && PARTY[target];
  const s = source && PARTY[source];
  if (t && s) return t === s ? 1 : 0;
  if (!t && s && s !== 'main') return 0.6;
  // A value from no block belongs to the main party: it fills a delivery block only on a form that has no other,
  // and never an emergency contact.
  if (t === 'emergency' && !s) return 0;
  if (t === 'shipping' && !s) return formHasMainBlock ? 0 : 0.8;
  return 1;
}

/** The party a source value belongs to: its label's own (納品先電話番号 under 発注明細), else its block's. */
function partyOf(source: ExtractedField): SectionKind | undefined {
  const named = sectionKindOf(source.label);
  return named && PARTY[named] ? named : source.sectionKind;
}

/** What belongs to a party (who, where, how to reach them); a payment method or a date is the order's, whatever block it sits in. */
const PARTY_CONCEPTS = new Set<ConceptId>([
  'name', 'family-name', 'given-name', 'x-name-kana', 'x-family-name-kana', 'x-given-name-kana', 'organization', 'x-organization-kana', 'x-department',
  'postal-code', 'address-level1', 'address-level2', 'address-line1', 'address-line2', 'street-address', 'tel', 'x-fax', 'email',
]);

const MOBILE_LABEL = /携帯|mobile|cell/i;
const MOBILE_NUMBER = /^0[789]0/;

/** A 携帯 field wants a mobile number; a mobile number goes to another phone field only when nothing fits better. */
function phoneAgreement(unit: Unit, source: ExtractedField): number {
  if (unit.concept !== 'tel') return 1;
  const mobileField = MOBILE_LABEL.test(unit.fields[0]!.label) || MOBILE_LABEL.test(unit.fields[0]!.name);
  const mobileValue = MOBILE_NUMBER.test(source.normalized.replace(/\D/g, ''));
  if (mobileField) return mobileValue ? 1 : 0;
  return mobileValue || MOBILE_LABEL.test(source.label) ? 0.8 : 1;
}

function tierFor(score: number, concept: ConceptId): Tier {
  const tier: Tier = score >= 0.75 ? 'high' : score >= 0.5 ? 'medium' : 'low';
  if (concept === 'x-bank-account-number') return tier === 'high' ? 'medium' : tier;
  return isSensitive(concept) ? 'low' : tier;
}

function labelReason(field: TargetField): Reason {
  if (field.conceptSource === 'autocomplete') return { code: 'autocomplete' };
  if (field.conceptSource === 'name') return { code: 'nameAttr', detail: field.name };
  return { code: field.conceptScore >= 1 ? 'labelExact' : 'labelPartial', detail: field.label };
}

/**
 * One proposal per target field that the source determines. Every (unit, source) pair is scored and one assignment
 * is chosen for the whole form, so each source value goes to the one field of each concept it fits best.
 */
export function proposeMapping(sources: readonly ExtractedField[], form: TargetForm): Proposal[] {
  const all = units(form);
  const layouts = addressLayouts(all);
  const formHasMainBlock = all.some((u) => PARTY[u.fields[0]!.section ?? 'items'] === 'main');
  const candidates: { unit: Unit; source: ExtractedField; values: string[]; reasons: Reason[]; score: number }[] = [];
  const lines = sourceLines(sources);
  const offered = [...lines.sources, ...joinedFields(sources.filter((s) => s.sectionKind !== 'items'))];
  for (const unit of all) {
    for (const source of offered) {
      if (!source.concept || !source.normalized) continue;
      const agreement = (PARTY_CONCEPTS.has(unit.concept) ? sectionAgreement(unit.fields[0]!.section, partyOf(source), formHasMainBlock) : 1) * phoneAgreement(unit, source) * lines.agreement(unit.fields[0]!, unit.concept, source) * amountAgreement(unit, source) * qualifierAgreement(unit, source);
      if (agreement === 0) continue;
      const fit = valuesFor(unit, source, layouts.get(unit.fields[0]!.section ?? '')!);
      if (!fit) continue;
      candidates.push({ unit, source, values: fit.values, reasons: fit.reasons, score: source.confidence * unit.score * fit.factor * agreement });
    }
  }
  // Between equal scores, a source labelled exactly like the target wins: 電話番号 → 電話番号 and 携帯番号 → 携帯番号, whatever the form's order.
  const sameLabel = (c: (typeof candidates)[number]) => (normalizeLabel(c.source.label) === normalizeLabel(c.unit.fields[0]!.label) ? 1 : 0);
  candidates.sort((a, b) => b.score - a.score || sameLabel(b) - sameLabel(a));
  // The weight is the cube of the score: the assignment fixes swaps (代表 ↔ 直通) but never trades one sure pair for two doubtful ones.
  const chosen = assignBest(candidates.map((c) => ({ ...c, row: c.unit.fields[0]!.key, column: `${c.source.id}|${c.unit.concept}`, weight: c.score ** 3 })));
  const takenSources = new Set(chosen.map((c) => c.column));
  const proposals: Proposal[] = [];
  for (const c of chosen) {
    // A value from the sender's signature may be the customer's (an inquiry) or a colleague's (a forward): the clerk decides.
    const fromSignature = c.source.sectionKind === 'sender';
    // A signature taken as the counterparty's (a mail from outside) is likely theirs, never certain: a glance at most.
    const signed = c.source.section === SIGNATURE;
    const tier = fromSignature ? 'low' : signed && tierFor(c.score, c.unit.concept) === 'high' ? 'medium' : tierFor(c.score, c.unit.concept);
    const cautions: Reason[] = isSensitive(c.unit.concept) ? [{ code: 'sensitive', detail: conceptDef(c.unit.concept).id }] : [];
    if (signed) cautions.push({ code: 'signature', detail: c.source.label });
    c.unit.fields.forEach((field, i) => {
      proposals.push({
        key: field.key,
        targetLabel: field.label,
        concept: c.unit.concept,
        value: c.values[i]!,
        sourceFieldId: c.source.id,
        sourceLabel: c.source.label,
        tier,
        score: Math.round(c.score * 100) / 100,
        reasons: [labelReason(field), ...c.reasons, ...cautions],
      });
    });
  }
  proposals.push(...sameLabelProposals(sources, form, new Set(proposals.map((p) => p.key)), takenSources));
  const order = new Map(form.fields.map((f, i) => [f.key, i]));
  return proposals.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

/** For radio buttons no label asks a question of, the source fields whose value names one of the choices. */
function unlabelledChoice(field: TargetField, sources: readonly ExtractedField[]): ExtractedField[] | undefined {
  if (field.type !== 'radio') return undefined;
  const choices = (field.options ?? []).filter((o) => o.text.length >= 2);
  return sources.filter((s) => s.sectionKind !== 'sender' && s.normalized && matchOption(choices, s.normalized, undefined));
}

// A label the vocabulary does not know is still evidence when both sides write it alike, but less than a concept.
const SAME_LABEL_FACTOR = 0.7;
// Catch-all boxes: what a sender writes under 備考 is rarely what the office keeps under its own 備考.
const CATCH_ALL = new Set(['備考', 'メモ', 'その他', '特記事項', 'note', 'notes', 'memo', 'remarks', 'other', 'comment', 'comments']);

/**
 * Fields the vocabulary names no concept for (案件名, 名入れ内容, 見積書送付方法) take the source value written under
 * the same label, when exactly one source field has it: at most the medium tier, so the clerk glances at it.
 */
function sameLabelProposals(sources: readonly ExtractedField[], form: TargetForm, proposed: ReadonlySet<string>, taken: ReadonlySet<string>): Proposal[] {
  const byLabel = new Map<string, ExtractedField[]>();
  for (const s of sources) {
    const label = normalizeLabel(s.label);
    if (label.length < 2 || CATCH_ALL.has(label) || !s.normalized || s.sectionKind === 'sender') continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), s]);
  }
  const out: Proposal[] = [];
  for (const field of form.fields) {
    // A line's column (規格 on every line) would take the one source value on each line: lines go by concept only.
    if (field.concept || field.group || field.row !== undefined || proposed.has(field.key)) continue;
    const matches = field.label ? byLabel.get(normalizeLabel(field.label)) : unlabelledChoice(field, sources);
    const source = matches?.length === 1 ? matches[0]! : undefined;
    if (!source || taken.has(`${source.id}|${source.concept}`)) continue;
    const value = valueForField(field, undefined, field.tag === 'textarea' ? source.value : source.normalized);
    if (value === undefined || value === '') continue;
    // The pair's label, not its concept, is the evidence: a pair read under a block of its own counts as much as any.
    const score = Math.round(0.85 * SAME_LABEL_FACTOR * (source.row ? 0.95 : 1) * 100) / 100;
    out.push({ key: field.key, targetLabel: field.label, value, sourceFieldId: source.id, sourceLabel: source.label, tier: score >= 0.5 ? 'medium' : 'low', score, reasons: [{ code: 'sameLabel', detail: field.label }] });
  }
  return out;
}
