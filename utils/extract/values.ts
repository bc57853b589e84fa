// Recognises and normalises the value types clerks transcribe (phone, postal code, email) and tells what kind a value looks like, shared by extraction and mapping.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { parseAmount } from './amounts';
import { parseDate } from './dates';
import { parseRegistrationNumber, parseUrl } from './identifiers';
import { isKana } from './names';

export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

const DASHES = /[-‐‑‒–—―−ー－]/g;

export const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function normalizeEmail(value: string): string | undefined {
  const v = toHalfWidth(value).trim();
  return EMAIL_RE.test(v) ? v : undefined;
}

/** "〒150-0002" / "１５００００２" → "150-0002". */
export function normalizePostalCode(value: string): string | undefined {
  const v = toHalfWidth(value).replace(/^〒/, '').replace(DASHES, '-').trim();
  const m = /^(\d{3})-?(\d{4})$/.exec(v);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/**
 * Splits a Japanese phone number into its blocks. Hyphens or spaces as written win; without them the
 * block lengths come from the numbering plan (area codes, mobiles, free dial), else undefined.
 */
export function splitPhone(value: string): string[] | undefined {
  let v = toHalfWidth(value).trim().replace(DASHES, '-').replace(/[()]/g, '-').replace(/\s+/g, '-');
  if (v.startsWith('+81')) v = '0' + v.slice(3).replace(/^-+/, '').replace(/^0-*/, '');
  const blocks = v.split('-').filter(Boolean);
  if (blocks.some((b) => !/^\d+$/.test(b))) return undefined;
  const digits = blocks.join('');
  if (!/^0\d{9,10}$/.test(digits)) return undefined;
  if (blocks.length === 3) return blocks;
  if (blocks.length !== 1) return undefined;
  return byAreaCode(digits);
}

/** A landline written as digits alone, split by the numbering plan's area codes (045-555-0128, 0467-12-3456). */
function byAreaCode(digits: string): string[] | undefined {
  const phone = parsePhoneNumberFromString(digits, 'JP');
  if (!phone?.isValid()) return undefined;
  const blocks = phone.formatNational().split('-');
  return blocks.length === 3 && blocks.join('') === digits ? blocks : undefined;
}

/** "０３（１２３４）５６７８" → "03-1234-5678"; a number whose blocks are uncertain keeps its digits only. */
export function normalizePhone(value: string): string | undefined {
  const blocks = splitPhone(value);
  if (blocks) return blocks.join('-');
  // Hyphens that do not give three blocks ("090-12345678") are dropped and the blocks inferred as for digits alone.
  const digits = toHalfWidth(value).replace(/\D/g, '');
  if (!/^0\d{9,10}$/.test(digits)) return undefined;
  return splitPhone(digits)?.join('-') ?? digits;
}

export type ValueKind = 'email' | 'tel' | 'postal-code' | 'number' | 'date' | 'amount' | 'url' | 'registration-number' | 'kana' | 'text';

/** What a value looks like, independent of its label. A bare number stays 'number': it may be an amount, a quantity or a code. */
/** A value without the note a sender adds after it: "eri@example.jp（変更なし）", "03-1234-5678 (平日のみ)". */
export function withoutNote(value: string): string {
  // No leading \s* in the pattern: on a long run of spaces it would retry from every one of them.
  return value.replace(/[（(][^（()）]{1,20}[）)]\s*$/, '').trimEnd();
}

export function detectKind(value: string): ValueKind {
  const bare = withoutNote(value);
  if (bare !== value && bare.trim()) {
    const kind = detectKind(bare);
    if (kind === 'email' || kind === 'tel' || kind === 'postal-code') return kind;
  }
  if (normalizeEmail(value)) return 'email';
  if (normalizePostalCode(value) && /〒|^\s*[0-9０-９]{3}[-－ー][0-9０-９]{4}\s*$/.test(value)) return 'postal-code';
  if (normalizePhone(value) && /[-－ー()（）]|^\+81|^0\d{9,10}$/.test(toHalfWidth(value).trim())) return 'tel';
  if (/^\s*[0-9０-９,，]+\s*$/.test(value)) return 'number';
  if (parseUrl(value)) return 'url';
  if (parseRegistrationNumber(value)) return 'registration-number';
  if (parseDate(value)) return 'date';
  if (parseAmount(value)?.marked) return 'amount';
  if (isKana(value)) return 'kana';
  return 'text';
}
