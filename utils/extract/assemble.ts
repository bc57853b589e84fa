// Turns a sequence of classified lines (from text or a page) into fields: sections, wrapped values, line-item rows, contact blocks and signatures read line by line, and the end of the message proper.
import { conceptFromLabel, isAmountConcept, normalizeLabel, type ConceptId } from '../concepts';
import { classifyLine, isReplyBoundary, isReplyHeader, isSignatureDelimiter, type InlinePair, type LineKind } from './line-kinds';
import { normalizeValue } from './normalize';
import { sectionKindOf, type SectionKind } from '../sections';
import type { ExtractedField } from './types';
import { detectKind, type ValueKind } from './values';
import { contactLineFields, isAddressContinuation, isClosing, isPartyHeading, isUsSecondary, looksLikePhone, phoneHead, shapeLabel, usAddressFields, type ShapedField } from './contact-lines';
import { readItemLine, type ItemLine } from './item-lines';
import { parseAmount } from './amounts';
import { findLegalForm } from './names';

/** One line of the source, already classified, with where it came from. */
export interface Segment {
  line: LineKind;
  /** Index in the source's lines (text) or in the page's reading order. */
  index: number;
  element?: Element;
  /** A pair read from page structure (a table row, dt/dd, a filled input): it never continues on the next line. */
  structured?: boolean;
  /** Rows of a table read as line items. */
  row?: number;
}

const VALUE_KIND_CONCEPT: Partial<Record<ValueKind, ConceptId>> = { email: 'email', tel: 'tel', 'postal-code': 'postal-code', url: 'url', 'registration-number': 'x-registration-number' };
const ADDRESS_CONCEPTS = new Set<ConceptId | undefined>(['street-address', 'address-line1', 'address-line2']);
const PERSON_CONCEPTS = new Set<ConceptId | undefined>(['name', 'x-name-kana', 'family-name', 'given-name', 'x-family-name-kana', 'x-given-name-kana']);
const ADDRESS_PARTS = new Set<ConceptId | undefined>(['street-address', 'address-line1', 'address-level2']);
const ITEM_MARKS = new Set<ConceptId | undefined>(['x-product-name', 'x-product-code', 'x-quantity']);
const ITEM_CONCEPTS = new Set<ConceptId | undefined>(['x-product-name', 'x-product-code', 'x-quantity', 'x-unit', 'x-unit-price']);
const PARTY_KINDS = new Set<SectionKind | undefined>(['customer', 'billing', 'shipping', 'emergency', 'sender']);
// What a party's block holds (who, where, how to reach them); undefined for a label the vocabulary does not know (緊急連絡先).
const PARTY_FIELDS = new Set<ConceptId | undefined>([
  undefined, 'name', 'x-name-kana', 'organization', 'x-department', 'organization-title', 'postal-code', 'address-level1', 'address-level2',
  'address-line1', 'address-line2', 'street-address', 'tel', 'x-fax', 'email',
]);
// Headings over a paragraph of free text: the paragraph is their value (備考, 通信欄, お問い合わせ内容, Notes).
const NOTE_HEADING = /^(?:備考|特記事項|連絡事項|ご連絡事項|メモ|通信欄|ご要望|ご質問|ご意見|コメント|お問い合わせ内容|お問合せ内容|ご依頼内容|ご相談内容|notes?|comments?|remarks?|memo|message|special instructions)$/i;

export function segmentsFromText(lines: readonly string[]): Segment[] {
  const segments: Segment[] = lines.map((text, index) => ({ line: classifyLine(text), index }));
  textTables(lines, segments);
  return segments;
}

// Columns of a table drawn with spaces: apart by a tab or two or more spaces.
const COLUMN_GAP = /\t+|[ 　]{2,}/;

/** The cells of a line of a table drawn with spaces, or undefined for a line of one column. */
function cells(text: string): string[] | undefined {
  const found = text.trim().split(COLUMN_GAP);
  return found.length >= 2 && found.length <= 8 ? found : undefined;
}

/**
 * Tables drawn with spaces ("品名          数量    単価" over "コピー用紙 A4     10    480"): a header of short words
 * without figures, one naming the item, then rows with as many columns. Each row becomes the pairs of its
 * line under the header's words, numbered like the rows of an HTML table; the table ends at the first other line.
 */
function textTables(lines: readonly string[], segments: Segment[]): void {
  for (let i = 0; i < lines.length; i++) {
    const header = cells(lines[i]!);
    // Two columns are as often a label and its value ("会社名          株式会社北斗精機"): a table has three or more, and
    // one of them names the item (品名, 品番, 数量), which is what makes its lines line items.
    if (!header || header.length < 3 || header.some((h) => h.length > 20 || /[0-9０-９。、]/.test(h))) continue;
    if (!header.some((h) => conceptFromLabel(h)?.score === 1 && ITEM_MARKS.has(conceptFromLabel(h)!.concept))) continue;
    let row = 0;
    let j = i + 1;
    if (segments[j]?.line.kind === 'rule') j++;
    for (; j < lines.length; j++) {
      const found = cells(lines[j]!);
      if (!found || found.length !== header.length || segments[j]!.line.kind === 'heading') break;
      const [first, ...rest] = found.map((value, k) => ({ label: header[k]!, value }));
      segments[j] = { line: { kind: 'pair', label: first!.label, value: first!.value, more: rest }, index: j, structured: true, row: row++ };
    }
    if (row > 0) i = j - 1;
  }
}

/** Drops the honorific a mail adds after a name or company ("佐藤 美咲 様", "株式会社ひかり 御中"). */
function withoutHonorific(value: string, concept: ConceptId | undefined): string {
  if (!PERSON_CONCEPTS.has(concept) && concept !== 'organization') return value;
  return value.replace(/[\s　]*(様|さま|殿|御中|各位)$/, '');
}

function conceptAndConfidence(label: string, value: string): { concept?: ConceptId; confidence: number } {
  const match = conceptFromLabel(label);
  const valueKind = detectKind(value);
  // A US or international number under a phone label is a phone, though the Japanese numbering plan does not know it.
  const phone = (match?.concept === 'tel' || match?.concept === 'x-fax') && looksLikePhone(value);
  const fromValue = phone ? match!.concept : VALUE_KIND_CONCEPT[valueKind];
  if (!match) return fromValue ? { concept: fromValue, confidence: 0.6 } : { confidence: 0.4 };
  let confidence = 0.6 + 0.3 * match.score;
  if (fromValue === match.concept) confidence += 0.1;
  else if ((match.concept === 'email' || match.concept === 'tel' || match.concept === 'postal-code') && fromValue !== match.concept) confidence = 0.3;
  return { concept: match.concept, confidence: Math.min(1, confidence) };
}

const READING_IN_PARENS = /^(.+?)\s*[（(]\s*([\p{Script=Katakana}\p{Script=Hiragana}ー・･\s]+?)\s*[）)]$/u;

/** The section name given to a sender's signature or letterhead. */
export const SIGNATURE = 'signature';

const CONTACT_LABEL = /^(tel|電話|fax|mail|e-?mail|メール|url|web|〒|携帯|mobile|phone)/i;
const CONTACT_CONCEPTS = new Set<ConceptId | undefined>(['tel', 'x-fax', 'email', 'url', 'postal-code', 'street-address']);

/** What a line names by its shape alone: a company or a person (the line a signature opens with). */
function namesParty(text: string): boolean {
  return contactLineFields(text).some((f) => 'concept' in f && (f.concept === 'organization' || f.concept === 'name' || f.concept === 'x-department'));
}

/** The last ruled block (or the one between the last two rules) that opens with a plain line, is short and holds contact details. */
function ruledSignature(segments: readonly Segment[]): number | undefined {
  const rules = segments.flatMap((s, i) => (s.line.kind === 'rule' ? [i] : []));
  for (const from of rules.slice(-2).reverse()) {
    const rest = segments.slice(from + 1);
    const end = rest.findIndex((s) => s.line.kind === 'rule');
    const block = (end < 0 ? rest : rest.slice(0, end)).filter((s) => s.line.kind !== 'blank');
    const after = end < 0 ? [] : rest.slice(end + 1).filter((s) => s.line.kind === 'pair');
    const first = block[0]?.line;
    const contact = block.some((s) => s.line.kind === 'pair' && CONTACT_LABEL.test(normalizeLabel(s.line.label)));
    if (first?.kind === 'text' && block.length <= 8 && contact && after.length === 0) return from;
  }
  return undefined;
}

/**
 * Where the message proper ends: a reply boundary, an Outlook reply header, or the end. A "From: … Sent: …" block ends
 * it only after the message has said something (a pair or a sentence): at the top it is the message's own header, as a
 * webmail shows it, or a forward with nothing added.
 */
function messageEnd(segments: readonly Segment[]): number {
  const texts = segments.map((s) => (s.line.kind === 'text' ? s.line.text : ''));
  let said = false;
  for (let i = 0; i < segments.length; i++) {
    const line = segments[i]!.line;
    if (line.kind === 'pair' || (line.kind === 'text' && /[。、.,!?！？]/.test(line.text) && !isReplyHeader(texts, i))) said = true;
    if (line.kind === 'text' && (isReplyBoundary(line.text) || (said && isReplyHeader(texts, i)))) return i;
  }
  return segments.length;
}

/**
 * The block after the last closing line ("よろしくお願いいたします。", "Best regards,"): a signature when it opens with a
 * company or a name, is short, and no data follows it (pairs of known meaning, headings) before the message ends.
 */
function closingSignature(segments: readonly Segment[]): number | undefined {
  const end = messageEnd(segments);
  for (let i = end - 1; i >= 0; i--) {
    const line = segments[i]!.line;
    if (line.kind !== 'text' || !isClosing(line.text)) continue;
    let from = i + 1;
    while (segments[from]?.line.kind === 'blank') from++;
    const first = segments[from]?.line;
    if (from >= end || first?.kind !== 'text' || !namesParty(first.text)) return undefined;
    let to = from;
    while (to < end && to - from <= 8 && !['blank', 'rule', 'heading', 'quote'].includes(segments[to]!.line.kind)) to++;
    if (to - from > 8) return undefined;
    const data = segments.slice(to, end).some((s) => s.line.kind === 'heading' || (s.line.kind === 'pair' && conceptFromLabel(s.line.label)));
    return data ? undefined : from;
  }
  return undefined;
}

/**
 * Where a sender's signature begins: the last block after a ruled line (or between the last two) that opens with a plain
 * line (a company or a name), is short, and holds contact details; else the block after the closing line. Data blocks
 * open with a heading or a pair.
 */
export function signatureStart(segments: readonly Segment[]): number | undefined {
  return ruledSignature(segments) ?? closingSignature(segments);
}

/** Whether a line belongs to a contact block by its shape: a party's name or address, or a contact pair. */
function contactShaped(line: LineKind): 'anchor' | 'contact' | undefined {
  if (line.kind === 'pair') return CONTACT_CONCEPTS.has(conceptFromLabel(line.label)?.concept) ? 'contact' : undefined;
  if (line.kind !== 'text' || /御中|各位|様$/.test(line.text)) return undefined;
  const found = contactLineFields(line.text);
  if (found.some((f) => 'concept' in f && (f.concept === 'organization' || f.concept === 'name'))) return 'anchor';
  return found.length > 0 ? 'contact' : undefined;
}

/**
 * Unheaded runs of contact lines (a letterhead on a quote, a company block closing a mail): at least two lines, one naming
 * a company or person, one an address, phone or e-mail. They are the sender's details, not the data the mail is about.
 */
function senderRuns(segments: readonly Segment[]): Set<number> {
  const out = new Set<number>();
  let run: { index: number; shape: 'anchor' | 'contact' }[] = [];
  const close = () => {
    if (run.length >= 2 && run.some((r) => r.shape === 'anchor') && run.some((r) => r.shape === 'contact')) run.forEach((r) => out.add(r.index));
    run = [];
  };
  for (const s of segments) {
    const shape = contactShaped(s.line);
    if (shape) run.push({ index: s.index, shape });
    else close();
  }
  close();
  return out;
}

/** A line that carries on an address: its building, a US suite or city line, or the address itself after a 〒 line. */
function continuesAddress(text: string): boolean {
  return isAddressContinuation(text) || contactLineFields(text).some((f) => 'concept' in f && ADDRESS_PARTS.has(f.concept));
}

/** The amount of a value that also holds a note in parentheses before or after it; undefined when there is none. */
function amountWithoutNote(value: string): string | undefined {
  if (parseAmount(value)) return undefined;
  const m = /^[(（][^()（）]{0,40}[)）][\s　]+(\S.{0,30})$/.exec(value) ?? /^(.{1,30}?)[\s　]*[(（][^()（）]{0,40}[)）]$/.exec(value);
  return m && parseAmount(m[1]!.trim())?.marked ? m[1]!.trim() : undefined;
}

// A person, a relation in parentheses and a phone number: "藤原 直美（母）　048-555-2710", "井上 和夫（父）011-555-0472".
const PERSON_AND_PHONE = /^(.{2,20}?)[\s　]*(?:[（(][^()（）]{1,6}[)）][\s　]*)?([+＋(（]?[0-9０-９][0-9０-９()（）\-－ー‐ ]{7,18}[0-9０-９])$/;

function personAndPhone(value: string): { name: string; phone: string } | undefined {
  const m = value.length <= 60 ? PERSON_AND_PHONE.exec(value.trim()) : null;
  if (!m || !looksLikePhone(m[2]!)) return undefined;
  const found = contactLineFields(m[1]!);
  return found.length === 1 && 'concept' in found[0]! && found[0].concept === 'name' ? { name: found[0].value, phone: m[2]! } : undefined;
}

interface Pending {
  label: string;
  parts: string[];
  segment: Segment;
  section?: string;
  sectionKind?: SectionKind;
  row: number;
  /** The paragraph under a note heading: every text line up to a blank line belongs to it. */
  prose?: boolean;
}

interface Placement {
  section?: string;
  sectionKind?: SectionKind;
  row?: number;
  /** Read from a table's line. */
  tabled?: boolean;
  line: number;
}

const FORMER = /^(?:旧|前の|変更前|移転前|転居前|old\b|previous\b|former\b|prior\b)/i;

// "品目1", "Item 2": a numbered item label gives its row (the first item is row 0).
const NUMBERED = /(?:^|\D)(\d{1,2})$/;

/** The fields of an item line: code, name, quantity, unit and unit price, labelled in the line's language. */
function itemFields(item: ItemLine, nameLabel: string | undefined, confidence: number): ShapedField[] {
  const ja = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(item.name + (item.unit ?? ''));
  const label = (jaText: string, enText: string) => (ja ? jaText : enText);
  const out: ShapedField[] = [];
  if (item.code) out.push({ concept: 'x-product-code', label: label('品番', 'Part number'), value: item.code, confidence });
  out.push({ concept: 'x-product-name', label: nameLabel ?? label('品名', 'Description'), value: item.name, confidence });
  out.push({ concept: 'x-quantity', label: label('数量', 'Qty'), value: item.quantity, confidence });
  if (item.unit) out.push({ concept: 'x-unit', label: label('単位', 'UoM'), value: item.unit, confidence });
  if (item.unitPrice) out.push({ concept: 'x-unit-price', label: label('単価', 'Unit price'), value: item.unitPrice, confidence });
  return out;
}

/**
 * Reads segments in order. Headings open sections (a framed or structural heading is major and resets the minor one); the
 * unlabeled lines of a party's block, a letterhead or a signature are read by their shape; item lines become rows; a
 * quoted reply, a signature delimiter or a reply header ends the message proper.
 */
export function assembleFields(segments: readonly Segment[], kind: 'page' | 'text'): ExtractedField[] {
  const fields: ExtractedField[] = [];
  let major: string | undefined;
  let minor: string | undefined;
  let open: Pending | undefined;
  let seen = new Map<string, number>();
  let items = 0;
  // Inside the lines right under a party's heading (発注元, Bill To:): unlabeled lines are that party's details.
  let party: 'heading' | 'lines' | undefined;
  // The street-address field read from the line before, which a building or suite line carries on.
  let lastAddress: { field: ExtractedField; segment: number } | undefined;
  // A signature is the sender's own details: kept (in an inquiry the sender is the customer) but marked, and trusted
  // too little to be filled without the clerk's pick, so a forwarding colleague's number never lands unasked.
  let signatureFrom = signatureStart(segments) ?? Infinity;
  const sender = senderRuns(segments);

  const currentKind = () => (minor && sectionKindOf(minor)) || (major && sectionKindOf(major)) || undefined;
  const isSender = (at: number) => at >= signatureFrom || (!party && sender.has(at));
  const section = (at: number) => (isSender(at) ? { section: SIGNATURE, sectionKind: 'sender' as const } : { section: minor ?? major, sectionKind: currentKind() });
  const setSection = (text: string, isMajor: boolean) => {
    if (isMajor) {
      major = text;
      minor = undefined;
    } else minor = text;
    seen = new Map();
    items = 0;
    const kindOf = sectionKindOf(text);
    party = (kindOf && kindOf !== 'items' && PARTY_KINDS.has(kindOf)) || isPartyHeading(text) ? 'heading' : undefined;
  };
  const push = (f: { label: string; value: string; normalized: string; concept?: ConceptId; confidence: number }, at: Placement): ExtractedField => {
    // A line of a table (its first too) is less sure outside its line than a value under a label of its own: a 合計 beats
    // the first line's 金額 for a total.
    const factor = (at.row || at.tabled ? 0.95 : 1) * (at.section === SIGNATURE ? 0.5 : 1);
    const field: ExtractedField = {
      id: `f${fields.length}`,
      label: f.label,
      value: f.value,
      normalized: f.normalized,
      concept: f.concept,
      section: at.section,
      sectionKind: at.sectionKind,
      row: at.row || undefined,
      confidence: Math.round(f.confidence * factor * 100) / 100,
      provenance: { kind, line: at.line },
    };
    fields.push(field);
    return field;
  };
  const pushShaped = (f: ShapedField, at: Placement, normalized?: string) =>
    push({ ...f, normalized: normalized ?? normalizeValue(withoutHonorific(f.value, f.concept), f.concept) }, at);

  /** A labelled value read further: a US address into its parts, a name with its department, an item with its quantity. */
  const expand = (label: string, value: string, concept: ConceptId | undefined, confidence: number, parts: readonly string[], at: Placement): boolean => {
    if (ADDRESS_CONCEPTS.has(concept) && parts.length >= 2) {
      const us = usAddressFields(parts);
      if (!us) return false;
      for (const f of us) pushShaped({ ...f, label: f.concept === 'street-address' ? label : `${label}（${f.label}）`, confidence: Math.min(confidence, f.confidence) }, at);
      return true;
    }
    if ((concept === 'name' || concept === 'organization') && parts.length === 1) {
      const found = contactLineFields(value);
      const shaped = found.filter((f): f is ShapedField => 'concept' in f);
      const own = shaped.find((f) => f.concept === concept);
      // Only a clean reading: every piece shaped, the labelled part among them, and something to gain over the value as written.
      if (!own || shaped.length !== found.length || (shaped.length === 1 && own.value === withoutHonorific(value, concept))) return false;
      for (const f of shaped) pushShaped(f === own ? { ...f, label, confidence } : { ...f, label: `${label}（${f.label}）`, confidence: Math.min(confidence, f.confidence) }, at);
      return true;
    }
    // "納品先：〒370-0849 群馬県高崎市八島町58-3 つばさ保育園": postal code, address and addressee under one label.
    if ((concept === undefined || concept === 'street-address') && parts.length === 1 && /^〒/.test(value.trim())) {
      const found = contactLineFields(value);
      if (found.length >= 2 && found.every((f) => 'concept' in f)) {
        for (const f of found as ShapedField[]) pushShaped({ ...f, label: `${label}（${f.label}）`, confidence: Math.min(f.confidence, concept ? confidence : f.confidence) }, at);
        return true;
      }
    }
    // "緊急連絡先：藤原 直美（母）　048-555-2710": a person and their number under one label.
    const contact = (concept === undefined || concept === 'name' || concept === 'tel') && parts.length === 1 ? personAndPhone(value) : undefined;
    if (contact) {
      pushShaped({ concept: 'name', label: concept === 'name' ? label : `${label}（${shapeLabel('name', value)}）`, value: contact.name, confidence: Math.max(confidence, 0.7) }, at);
      pushShaped({ concept: 'tel', label: concept === 'tel' ? label : `${label}（${shapeLabel('tel', value)}）`, value: contact.phone, confidence: Math.max(confidence, 0.7) }, at);
      return true;
    }
    if (concept === 'x-product-name' && parts.length === 1) {
      const item = readItemLine(value, true);
      if (!item || item.code) return false;
      for (const f of itemFields(item, label, confidence)) pushShaped(f, at, f.concept === 'x-quantity' ? item.count : undefined);
      return true;
    }
    return false;
  };

  const flush = () => {
    if (!open) return;
    const o = open;
    open = undefined;
    // A wrapped value keeps its line breaks as written; its canonical form reads as one line.
    let value = o.parts.join('\n').trim();
    if (!value) return;
    let { concept, confidence } = conceptAndConfidence(o.label, o.parts.join(' '));
    const at: Placement = { section: o.section, sectionKind: o.sectionKind, row: o.row, tabled: o.segment.row !== undefined, line: o.segment.index };
    // "03-5555-1170（直通）": the number without the note after it; "(10.25%, goods only)  $273.06", "53,000円（消費税 4,960円）":
    // the amount without the note beside it.
    const head = concept === 'tel' || concept === 'x-fax' ? phoneHead(value) : isAmountConcept(concept) ? amountWithoutNote(value) : undefined;
    if (head && head !== value) {
      value = head;
      ({ concept, confidence } = conceptAndConfidence(o.label, head));
    }
    // "旧住所", "変更前": a value the message replaces is rarely the one a form wants; the clerk picks it when it is.
    if (FORMER.test(o.label.normalize('NFKC').trim())) confidence *= 0.5;
    if (expand(o.label, value, concept, confidence, o.parts, at)) return;
    // "Legal name: Northgate Packaging Inc.": a name with a legal form is a company's.
    if (concept === 'name' && findLegalForm(value)) concept = 'organization';
    const bare = withoutHonorific(head ?? o.parts.join(' '), concept);
    const reading = concept === 'name' ? READING_IN_PARENS.exec(bare) : null;
    // A paragraph keeps its line breaks: a textarea takes them as written, a one-line box drops them.
    const normalized = o.prose ? o.parts.map((p) => normalizeValue(p, concept)).join('\n') : normalizeValue(reading ? reading[1]! : bare, concept);
    const field = push({ label: o.label, value, normalized, concept, confidence }, at);
    if (ADDRESS_CONCEPTS.has(concept)) lastAddress = { field, segment: o.segment.index };
    // "中村 健太 (ナカムラ ケンタ) 様": the reading in parentheses is the name's フリガナ, a field of its own.
    if (reading) push({ label: `${o.label}（フリガナ）`, value: reading[2]!, normalized: normalizeValue(reading[2]!, 'x-name-kana'), concept: 'x-name-kana', confidence }, at);
  };
  const start = (label: string, value: string, segment: Segment) => {
    flush();
    const key = normalizeLabel(label);
    const numbered = ITEM_CONCEPTS.has(conceptFromLabel(label)?.concept) ? NUMBERED.exec(label.normalize('NFKC')) : null;
    const row = segment.row ?? (numbered ? Number(numbered[1]) - 1 : seen.get(key) ?? 0);
    seen.set(key, row + 1);
    const placed = section(segment.index);
    // "納品先電話番号", "お届け先住所" outside any block: the label names the block its value belongs to.
    const labelKind = placed.sectionKind || !PARTY_FIELDS.has(conceptFromLabel(label)?.concept) ? undefined : sectionKindOf(label);
    if (labelKind && labelKind !== 'items' && labelKind !== 'sender') placed.sectionKind = labelKind;
    open = { label, parts: value ? [value] : [], segment, ...placed, row };
  };
  /** A pair and the further pairs on its line, each a field; a value that says what it is names its own label. */
  const pairs = (label: string, value: string, more: readonly InlinePair[] | undefined, segment: Segment) => {
    start(label, value, segment);
    for (const p of more ?? []) start(p.label ?? shapeLabel(detectKind(p.value) === 'email' ? 'email' : 'url', p.value), p.value, segment);
    if (segment.structured || more?.length) flush();
  };
  /** The unlabeled line of a contact block, read by its shape; false when it has none. */
  const contactLine = (text: string, segment: Segment, previous: Segment | undefined): boolean => {
    const at: Placement = { ...section(segment.index), line: segment.index };
    if (lastAddress && lastAddress.segment === segment.index - 1 && isAddressContinuation(text)) {
      // "サンライズビル1F", "Building C": the address goes on; a US suite is also address line 2.
      const f = lastAddress.field;
      f.value = `${f.value}\n${text}`;
      f.normalized = normalizeValue(`${f.normalized} ${text}`, f.concept);
      if (isUsSecondary(text)) pushShaped({ concept: 'address-line2', label: shapeLabel('address-line2', text), value: text, confidence: 0.75 }, at);
      lastAddress = { field: f, segment: segment.index };
      return true;
    }
    const found = contactLineFields(text, { afterPostal: previous?.line.kind === 'text' && /^〒?\s*[0-9０-９]{3}[-－ー‐][0-9０-９]{4}$/.test(previous.line.text.trim()) });
    if (found.length === 0) return false;
    for (const f of found) {
      if ('piece' in f) {
        const piece = classifyLine(f.piece);
        if (piece.kind === 'pair') pairs(piece.label, piece.value, piece.more, segment);
        continue;
      }
      const field = pushShaped(f, at);
      if (f.concept === 'street-address') lastAddress = { field, segment: segment.index };
    }
    flush();
    return true;
  };
  /** A line item written as text: its fields, numbered as the block's next row. */
  const itemLine = (text: string, segment: Segment): boolean => {
    const item = readItemLine(text, currentKind() === 'items');
    if (!item) return false;
    flush();
    const at: Placement = { ...section(segment.index), row: items++, line: segment.index };
    const confidence = item.code || item.unit ? 0.8 : 0.75;
    for (const f of itemFields(item, undefined, confidence)) pushShaped(f, at, f.concept === 'x-quantity' ? item.count : undefined);
    return true;
  };

  const end = messageEnd(segments);
  for (let i = 0; i < end; i++) {
    const segment = segments[i]!;
    const { line } = segment;
    if (line.kind === 'text' && isSignatureDelimiter(line.text)) {
      flush();
      signatureFrom = Math.min(signatureFrom, segment.index);
      continue;
    }
    if (line.kind === 'blank' && party === 'lines') party = undefined;
    else if (line.kind !== 'blank' && line.kind !== 'heading' && party === 'heading') party = 'lines';
    switch (line.kind) {
      case 'pair':
        pairs(line.label, line.value, line.more, segment);
        break;
      case 'heading':
        flush();
        setSection(line.text, line.major);
        if (NOTE_HEADING.test(normalizeLabel(line.text)) && !isSender(segment.index)) {
          start(line.text, '', segment);
          open!.prose = true;
        }
        break;
      case 'text': {
        const prev = segments[i - 1]?.line.kind;
        const next = segments[i + 1]?.line.kind;
        // A line framed by ruled lines ("*****\n　ご注文者情報\n*****") is a major heading.
        if (prev === 'rule' && next === 'rule') {
          flush();
          setSection(line.text, true);
          break;
        }
        if (open?.prose && open.parts.length < 20) {
          open.parts.push(line.text);
          break;
        }
        const labelOnly = /^(.{1,24}?)\s*[:：]$/.exec(line.text);
        if (labelOnly && conceptFromLabel(labelOnly[1]!)) {
          start(labelOnly[1]!, '', segment);
          break;
        }
        // A value under a label alone starts on the next line; a wrapped address continues there with its building or
        // its city line (not with whatever remark follows it); other values end at their line.
        if (open && (open.parts.length === 0 || (ADDRESS_CONCEPTS.has(conceptFromLabel(open.label)?.concept) && continuesAddress(line.text))) && open.parts.length < 4) {
          open.parts.push(line.text);
          break;
        }
        flush();
        if (itemLine(line.text, segment)) break;
        if ((party || isSender(segment.index)) && contactLine(line.text, segment, segments[i - 1])) break;
        break;
      }
      default:
        flush();
    }
  }
  flush();
  return fields;
}
