// Turns a value into the forms under which a clerk might re-enter it, and hashes them, so a re-entry is recognised without keeping the value.
import type { ConceptId } from '../concepts';

/** Shorter canonical forms match by chance too often (a "1", an "A") to count as a re-entry. */
export const MIN_CHARS = 2;

// Hyphens, dashes, minus signs and the long-vowel marks people type in their place: one mark, so 03－1234ー5678 is 03-1234-5678.
const DASHES = /[-‐‑‒–—―−⁃﹘﹣－ｰー─━]/g;
const SEPARATORS = /[\s\-‐‑‒–—―−⁃﹘﹣－ｰー─━/／]+/;

/** One spelling of a value: NFKC (full-width to half-width), no whitespace, one dash, no 〒 ¥ 円 or thousands commas, lower case. */
export function canonical(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(DASHES, '-')
    .replace(/[〒¥￥円]/g, '')
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1')
    .toLowerCase();
}

/** The canonical form and, for a value with dashes, the same without them (03-1234-5678 typed as 0312345678); none too short. */
export function canonicalForms(text: string): string[] {
  const c = canonical(text);
  return [...new Set([c, c.replace(/-/g, '')])].filter((f) => [...f].length >= MIN_CHARS);
}

/** The parts of a value a form often asks for in separate boxes: 山田 of 山田 花子, 03 / 1234 / 5678 of a phone. */
export function pieces(text: string): string[] {
  const parts = text.normalize('NFKC').split(SEPARATORS);
  return parts.length < 2 ? [] : parts.flatMap(canonicalForms);
}

// Values forms really ask for in several boxes (姓 | 名, a phone in three, 〒 in two, an address in parts). A date's or an
// amount's pieces (2026 / 10 / 01) are short numbers that any quantity or code may hold, so they are never pieces.
const SPLIT = new Set<ConceptId>([
  'name',
  'family-name',
  'given-name',
  'x-name-kana',
  'x-family-name-kana',
  'x-given-name-kana',
  'tel',
  'x-fax',
  'postal-code',
  'street-address',
  'address-level1',
  'address-level2',
  'address-line1',
  'address-line2',
]);

export function isSplitConcept(concept: ConceptId | undefined): boolean {
  return concept !== undefined && SPLIT.has(concept);
}

function spellings(value: string, normalized?: string): string[] {
  return normalized && normalized !== value ? [value, normalized] : [value];
}

/** Every whole form of a source value a clerk might type, as written or as the extractor normalised it. */
export function sourceForms(value: string, normalized?: string): string[] {
  return [...new Set(spellings(value, normalized).flatMap(canonicalForms))];
}

/** The pieces of a source value a clerk might type into separate boxes: only for a value of a concept forms split. */
export function sourcePieces(value: string, normalized: string | undefined, concept: ConceptId | undefined): string[] {
  if (!isSplitConcept(concept)) return [];
  const whole = new Set(sourceForms(value, normalized));
  return [...new Set(spellings(value, normalized).flatMap(pieces))].filter((p) => !whole.has(p));
}

/** HMAC-SHA-256 of the text under the salt, as 16 hex digits: enough to tell values apart, useless for reading them back. */
export async function saltedHash(salt: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return Array.from(mac.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
