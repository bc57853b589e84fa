// Turns a sequence of classified lines (from text or a page) into fields: sections, wrapped values, line-item rows, and the end of the message proper.
import { conceptFromLabel, normalizeLabel, type ConceptId } from '../concepts';
import { classifyLine, isReplyBoundary, isReplyHeader, isSignatureDelimiter, type LineKind } from './line-kinds';
import { normalizeValue } from './normalize';
import { sectionKindOf, type SectionKind } from '../sections';
import type { ExtractedField } from './types';
import { detectKind, type ValueKind } from './values';

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

export function segmentsFromText(lines: readonly string[]): Segment[] {
  return lines.map((text, index) => ({ line: classifyLine(text), index }));
}

/** Drops the honorific a mail adds after a name or company ("佐藤 美咲 様", "株式会社ひかり 御中"). */
function withoutHonorific(value: string, concept: ConceptId | undefined): string {
  if (!PERSON_CONCEPTS.has(concept) && concept !== 'organization') return value;
  return value.replace(/[\s　]*(様|さま|殿|御中|各位)$/, '');
}

function conceptAndConfidence(label: string, value: string): { concept?: ConceptId; confidence: number } {
  const match = conceptFromLabel(label);
  const valueKind = detectKind(value);
  const fromValue = VALUE_KIND_CONCEPT[valueKind];
  if (!match) return fromValue ? { concept: fromValue, confidence: 0.6 } : { confidence: 0.4 };
  let confidence = 0.6 + 0.3 * match.score;
  if (fromValue === match.concept) confidence += 0.1;
  else if ((match.concept === 'email' || match.concept === 'tel' || match.concept === 'postal-code') && fromValue !== match.concept) confidence = 0.3;
  return { concept: match.concept, confidence: Math.min(1, confidence) };
}

const READING_IN_PARENS = /^(.+?)\s*[（(]\s*([\p{Script=Katakana}\p{Script=Hiragana}ー・･\s]+?)\s*[）)]$/u;

/** The section name given to a sender's signature. */
export const SIGNATURE = 'signature';

const CONTACT_LABEL = /^(tel|電話|fax|mail|e-?mail|メール|url|web|〒|携帯|mobile|phone)/i;

/**
 * Where a sender's signature begins: the last block after a ruled line (or between the last two) that opens
 * with a plain line (a company or a name), is short, and holds contact details. Data blocks open with a heading or a pair.
 */
export function signatureStart(segments: readonly Segment[]): number | undefined {
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

interface Pending {
  label: string;
  parts: string[];
  segment: Segment;
  section?: string;
  sectionKind?: SectionKind;
  row: number;
}

/**
 * Reads segments in order. Headings open sections (a framed or structural heading is major and resets
 * the minor one); a quoted reply, a signature delimiter or a reply header ends the message proper.
 */
export function assembleFields(segments: readonly Segment[], kind: 'page' | 'text'): ExtractedField[] {
  const fields: ExtractedField[] = [];
  let major: string | undefined;
  let minor: string | undefined;
  let open: Pending | undefined;
  let seen = new Map<string, number>();
  const texts = segments.map((s) => (s.line.kind === 'text' ? s.line.text : ''));
  // A signature is the sender's own details: kept (in an inquiry the sender is the customer) but marked, and trusted
  // too little to be filled without the clerk's pick, so a forwarding colleague's number never lands unasked.
  let signatureFrom = signatureStart(segments) ?? Infinity;

  const section = (at: number) =>
    at >= signatureFrom
      ? { section: SIGNATURE, sectionKind: 'sender' as const }
      : { section: minor ?? major, sectionKind: (minor && sectionKindOf(minor)) || (major && sectionKindOf(major)) || undefined };
  const setSection = (text: string, isMajor: boolean) => {
    if (isMajor) {
      major = text;
      minor = undefined;
    } else minor = text;
    seen = new Map();
  };
  const flush = () => {
    if (!open) return;
    // A wrapped value keeps its line breaks as written; its canonical form reads as one line.
    const value = open.parts.join('\n').trim();
    const { concept, confidence } = conceptAndConfidence(open.label, open.parts.join(' '));
    if (value) {
      const bare = withoutHonorific(open.parts.join(' '), concept);
      const reading = concept === 'name' ? READING_IN_PARENS.exec(bare) : null;
      const common = {
        section: open.section,
        sectionKind: open.sectionKind,
        row: open.row || undefined,
        confidence: Math.round(confidence * (open.row ? 0.95 : 1) * (open.section === SIGNATURE ? 0.5 : 1) * 100) / 100,
        provenance: { kind, line: open.segment.index },
      };
      fields.push({ id: `f${fields.length}`, label: open.label, value, normalized: normalizeValue(reading ? reading[1]! : bare, concept), concept, ...common });
      // "中村 健太 (ナカムラ ケンタ) 様": the reading in parentheses is the name's フリガナ, a field of its own.
      if (reading) fields.push({ id: `f${fields.length}`, label: `${open.label}（フリガナ）`, value: reading[2]!, normalized: normalizeValue(reading[2]!, 'x-name-kana'), concept: 'x-name-kana', ...common });
    }
    open = undefined;
  };
  const start = (label: string, value: string, segment: Segment) => {
    flush();
    const key = normalizeLabel(label);
    const row = segment.row ?? seen.get(key) ?? 0;
    seen.set(key, row + 1);
    open = { label, parts: value ? [value] : [], segment, ...section(segment.index), row };
  };

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const { line } = segment;
    if (line.kind === 'text' && (isReplyBoundary(line.text) || isReplyHeader(texts, i))) break;
    if (line.kind === 'text' && isSignatureDelimiter(line.text)) {
      flush();
      signatureFrom = Math.min(signatureFrom, segment.index);
      continue;
    }
    switch (line.kind) {
      case 'pair':
        start(line.label, line.value, segment);
        if (segment.structured) flush();
        break;
      case 'heading':
        flush();
        setSection(line.text, line.major);
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
        const labelOnly = /^(.{1,24}?)\s*[:：]$/.exec(line.text);
        if (labelOnly && conceptFromLabel(labelOnly[1]!)) {
          start(labelOnly[1]!, '', segment);
          break;
        }
        // A wrapped address continues on the next line; other values end at their line.
        if (open && (open.parts.length === 0 || ADDRESS_CONCEPTS.has(conceptFromLabel(open.label)?.concept)) && open.parts.length < 4) {
          open.parts.push(line.text);
          break;
        }
        flush();
        break;
      }
      default:
        flush();
    }
  }
  flush();
  return fields;
}
