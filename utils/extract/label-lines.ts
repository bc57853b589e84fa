// Reads "label：value" / "label: value" lines, the commonest way a Japanese business email carries data.
import { conceptFromLabel, normalizeLabel } from '../concepts';
import type { ExtractedField } from './types';
import { detectKind, normalizeEmail, normalizePhone, normalizePostalCode, toHalfWidth } from './values';

// A label is short, has no sentence punctuation, and is followed by a colon (full- or half-width).
const LINE_RE = /^\s*[・■□◆◇●○◎*＊-]?\s*([^:：。、,，]{1,24}?)\s*[:：]\s*(.+?)\s*$/;
// Lines that look like labels but are mail headers or quoted text.
const NOT_DATA = /^(>|＞)|^(re|fw|fwd|subject|from|to|cc|date|件名|差出人|宛先|送信日時)\s*[:：]/i;

export interface LabelValue {
  label: string;
  value: string;
  line: number;
}

/** Every label/value pair in the lines, in order. URLs ("https://…") are not split at their colon. */
export function readLabelLines(lines: readonly string[]): LabelValue[] {
  const pairs: LabelValue[] = [];
  lines.forEach((raw, line) => {
    if (NOT_DATA.test(raw.trim())) return;
    const m = LINE_RE.exec(raw);
    if (!m) return;
    const label = m[1]!;
    const value = m[2]!;
    if (!value.trim()) return;
    if (/^(https?|mailto|ftp)$/i.test(label.trim()) || /^\/\//.test(value)) return;
    // "10:30" is a time, not a label; "住所2：1-2-3" and "電話番号2：090-…" are numbered labels.
    if (/\d$/.test(label) && /^[0-5]\d(?!\d)/.test(value) && detectKind(value) !== 'tel') return;
    if (!normalizeLabel(label)) return;
    pairs.push({ label: label.trim(), value: value.trim(), line });
  });
  return pairs;
}

/** Canonical form of a value for the concept it carries; the value as written (half-width) otherwise. */
export function normalizeValue(value: string, concept: string | undefined): string {
  switch (concept) {
    case 'email':
      return normalizeEmail(value) ?? value.trim();
    case 'tel':
      return normalizePhone(value) ?? value.trim();
    case 'postal-code':
      return normalizePostalCode(value) ?? value.trim();
    case 'x-quantity':
      return toHalfWidth(value).replace(/[,\s]/g, '');
    default:
      return value.trim().replace(/\s+/g, ' ');
  }
}

/** Label/value pairs with their concept and a confidence that rises when the value looks like what the label says. */
export function fieldsFromPairs(pairs: readonly LabelValue[], kind: 'page' | 'text'): ExtractedField[] {
  return pairs.map((pair, i) => {
    const match = conceptFromLabel(pair.label);
    const valueKind = detectKind(pair.value);
    let concept = match?.concept;
    let confidence = match ? 0.6 + 0.3 * match.score : 0.4;
    if (!concept && valueKind !== 'text' && valueKind !== 'number') {
      concept = valueKind;
      confidence = 0.6;
    } else if (concept && (concept === valueKind)) {
      confidence = Math.min(1, confidence + 0.1);
    } else if (concept && ['email', 'tel', 'postal-code'].includes(concept) && valueKind !== concept) {
      confidence = 0.3;
    }
    return {
      id: `f${i}`,
      label: pair.label,
      value: pair.value,
      normalized: normalizeValue(pair.value, concept),
      concept,
      confidence: Math.round(confidence * 100) / 100,
      provenance: { kind, line: pair.line },
    };
  });
}
