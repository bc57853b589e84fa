// Puts a source value into the shape a target field asks for: split into parts, prefecture to a select option, hyphens, kana, digits.
import type { ConceptId } from '../concepts';
import { findPrefecture, splitPrefecture } from '../prefectures';
import type { SelectOption, TargetField } from '../form/read-form';
import { splitJapaneseName, splitPersonName, toHalfWidthKatakana, toHiragana, toKatakana } from '../extract/names';
import { normalizePostalCode, splitPhone, toHalfWidth } from '../extract/values';

/**
 * Where a form states a field's format, in one half-width string: the placeholder (an example comes first), the small
 * print, and the label unless only the notes are wanted.
 */
export function fieldNotes(field: TargetField, withLabel = true): string {
  return toHalfWidth(`${field.placeholder ?? ''} ${field.hint}${withLabel ? ` ${field.label}` : ''}`);
}

export function wantsNoHyphen(field: TargetField): boolean {
  return /ハイフン(なし|無し|不要|を?入れない)|ハイフン抜き|no hyphen|without hyphen|数字のみ/i.test(fieldNotes(field));
}

/** Converts kana to what the field's notes ask for (半角カナ, ひらがな); full-width katakana when they say nothing. */
export function toKanaFormat(value: string, field: TargetField): string {
  const text = fieldNotes(field);
  const full = value.normalize('NFKC');
  // "半角カナ不可" / "半角カナは使用できません" forbid it; "全角カナ" asks for the other.
  if (/半角(カナ|カタカナ)(?![はを]?(不可|禁止|使|NG))/.test(text) && !/全角(カナ|カタカナ)/.test(text)) return toHalfWidthKatakana(full);
  if (/ひらがな|ふりがな/.test(text) && !/カナ|カタカナ/.test(text)) return toHiragana(full);
  return toKatakana(full);
}

/** The option of a select that stands for the value: by value, by visible text, or for prefectures by code or name. */
export function matchOption(options: readonly SelectOption[], value: string, concept: ConceptId | undefined): SelectOption | undefined {
  const v = toHalfWidth(value).trim();
  if (!v) return undefined;
  if (concept === 'address-level1') {
    const pref = findPrefecture(v) ?? splitPrefecture(v).prefecture;
    if (!pref) return undefined;
    return options.find((o) => {
      const ov = o.value.trim();
      return (/^\d{1,2}$/.test(ov) && Number(ov) === pref.code) || findPrefecture(o.text)?.code === pref.code || findPrefecture(ov)?.code === pref.code;
    });
  }
  const exact = options.find((o) => toHalfWidth(o.value).trim() === v) ?? options.find((o) => toHalfWidth(o.text).trim() === v);
  if (exact) return exact;
  // 3 → "03" or "3月"; 2026 → "2026年".
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return options.find((o) => /^\d+$/.test(o.value.trim()) && Number(o.value) === n && numberOf(o.text) !== undefined && numberOf(o.text) === n) ?? options.find((o) => numberOf(o.text) === n);
  }
  // "午前中" → 午前, "サンプル宅配便" → サンプル宅配: one option whose text the value contains (or the other way), never a guess between two.
  const near = options.filter((o) => {
    const text = toHalfWidth(o.text).trim();
    return o.value.trim() !== '' && text.length >= 2 && (v.includes(text) || text.includes(v));
  });
  return near.length === 1 ? near[0] : undefined;
}

/** The number an option shows ("3", "3月", "2026年"), if it shows only that. */
function numberOf(text: string): number | undefined {
  const m = /^(\d+)\s*(年|月|日)?$/.exec(toHalfWidth(text).trim());
  return m ? Number(m[1]) : undefined;
}

/** How the field's own example writes a number ("例：5300001", "例: 03-1234-5678"), if it gives one. */
export function exampleFormat(field: TargetField): 'digits' | 'hyphens' | undefined {
  const example = /[0-9][0-9-]{5,}[0-9]/.exec(fieldNotes(field, false).replace(/[‐－ー−]/g, '-'))?.[0];
  if (!example) return undefined;
  return example.includes('-') ? 'hyphens' : 'digits';
}

/** A phone number or postal code for one input: hyphens dropped when the field says so, shows none in its example, or would not fit them. */
export function formatDigits(normalized: string, field: TargetField): string {
  const digits = normalized.replace(/\D/g, '');
  const example = exampleFormat(field);
  if (wantsNoHyphen(field) || field.type === 'number' || field.inputMode === 'numeric' || example === 'digits') return digits;
  if (example === 'hyphens') return normalized;
  if (field.maxLength !== undefined && normalized.length > field.maxLength) return digits;
  return normalized;
}

/** Splits a value across the inputs of a group; undefined when it cannot be split with certainty. */
export function splitForGroup(concept: ConceptId | undefined, normalized: string, size: number): string[] | undefined {
  if (concept === 'tel' || concept === 'x-fax') {
    const blocks = splitPhone(normalized);
    return blocks && blocks.length === size ? blocks : undefined;
  }
  if (concept === 'postal-code' && size === 2) {
    const code = normalizePostalCode(normalized);
    return code ? code.split('-') : undefined;
  }
  if (concept === 'name' && size === 2) return splitPersonName(normalized);
  if (concept === 'x-name-kana' && size === 2) return splitJapaneseName(normalized);
  return undefined;
}

/** The space between family and given name as the field's notes ask: 全角スペース, none (スペースなし, 詰めて), or one half-width space. */
export function spaceNameAsAsked(value: string, field: TargetField): string {
  const text = fieldNotes(field);
  if (/全角スペース/.test(text)) return value.replace(/[ 　]+/g, '　');
  if (/スペース(なし|無し|不要|を?(入れない|空けない))|詰めて|空けずに/.test(text)) return value.replace(/[ 　]+/g, '');
  return value;
}
