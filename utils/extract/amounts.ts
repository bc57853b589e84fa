// Reads money amounts as invoices and order mails write them (¥16,892-, 16,892円（税込）, 金1万円也, USD 1,234.50) into a number, a currency and the tax note.
export type CurrencyCode = 'JPY' | 'USD' | 'EUR' | 'GBP' | 'CNY' | 'KRW';

export interface Amount {
  /** The amount as written: yen are not scaled, foreign amounts keep their decimals. Negative for ▲/△/- amounts. */
  value: number;
  currency: CurrencyCode;
  /** true for 税込/内税/tax incl., false for 税抜/税別/外税/+tax, absent when the value says nothing. */
  taxIncluded?: boolean;
  /**
   * Something only money carries was written: a currency, 金, the closing "-" or 也, a tax note. A bare number
   * ("16892") parses too, as yen, but may as well be a quantity or a code.
   */
  marked: boolean;
}

const CODES: readonly CurrencyCode[] = ['JPY', 'USD', 'EUR', 'GBP', 'CNY', 'KRW'];

// Symbols and words for each currency. "\" is the yen sign in Shift_JIS text; "$" alone is taken as US dollars.
const SYMBOLS: Record<string, CurrencyCode> = {
  '¥': 'JPY', '\\': 'JPY', 円: 'JPY',
  US$: 'USD', $: 'USD', ドル: 'USD', 米ドル: 'USD',
  '€': 'EUR', ユーロ: 'EUR',
  '£': 'GBP', ポンド: 'GBP',
  元: 'CNY', 人民元: 'CNY',
  '₩': 'KRW', ウォン: 'KRW',
};

const TAX_INCLUDED = /^(?:税込み?|内税|消費税込み?|tax\s*incl(?:uded|\.)?|incl(?:uding|\.)?\s*tax)$/i;
const TAX_WORD = String.raw`税込み?|税抜き?|税別|内税|外税|消費税込み?|消費税別|tax\s*incl(?:uded|\.)?|incl(?:uding|\.)?\s*tax|tax\s*excl(?:uded|\.)?|excl(?:uding|\.)?\s*tax|\+\s*tax|\+\s*税`;
const TAX_TAIL = new RegExp(String.raw`\s*(?:\(\s*(${TAX_WORD})\s*\)|(${TAX_WORD}))$`, 'i');
const TAX_HEAD = new RegExp(String.raw`^(${TAX_WORD})\s*[:]?\s*`, 'i');

const PREFIX = String.raw`金|US\$|[$¥\\€£₩]|[A-Z]{3}`;
const SUFFIX = String.raw`円|米ドル|ドル|ユーロ|ポンド|人民元|元|ウォン|[A-Z]{3}`;
const AMOUNT = new RegExp(
  String.raw`^([-−▲△])?\s*(${PREFIX})?\s*([-−▲△])?\s*([\d,.億万千]*[\d億万千])\s*(${SUFFIX})?\s*(\.-|[-―−]|也)?$`,
  'i',
);

// Fifteen significant digits is what a double holds exactly.
const MAX_DIGITS = 15;

/** A plain number with correct thousands separators: "16,892", "16892", "1,234.50"; not "1,2345", "0123". */
function plainNumber(s: string): number | undefined {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s) || /^0\d/.test(s)) return undefined;
  const digits = s.replace(/[,.]/g, '');
  return digits.length > MAX_DIGITS ? undefined : Number(s.replace(/,/g, ''));
}

const UNITS: ReadonlyArray<[string, number]> = [['億', 1e8], ['万', 1e4], ['千', 1e3]];

/** "1万6,892" → 16892, "25万" → 250000, "1.5万" → 15000; each lower part must stay under the unit above it. */
function numberWithUnits(s: string): number | undefined {
  if (!/[億万千]/.test(s)) return plainNumber(s);
  let rest = s;
  let total = 0;
  let limit = Infinity;
  let first = true;
  for (const [unit, size] of UNITS) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const part = rest.slice(0, at);
    const n = plainNumber(part);
    if (n === undefined || n * size >= limit || (!first && !Number.isInteger(n))) return undefined;
    total += n * size;
    limit = size;
    first = false;
    rest = rest.slice(at + 1);
  }
  if (rest) {
    const n = plainNumber(rest);
    if (n === undefined || n >= limit || !Number.isInteger(n)) return undefined;
    total += n;
  }
  return Math.round(total * 1e6) / 1e6;
}

function currencyOf(token: string | undefined): CurrencyCode | undefined {
  if (!token) return undefined;
  const upper = token.toUpperCase();
  return SYMBOLS[token] ?? CODES.find((c) => c === upper);
}

/** The amount a value states, or undefined when it is not certainly an amount (phone numbers, dates and postal codes are not). */
export function parseAmount(text: string): Amount | undefined {
  let s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  let taxIncluded: boolean | undefined;
  // A tax note may stand before or after the amount, once.
  const tail = TAX_TAIL.exec(s);
  const head = tail ? null : TAX_HEAD.exec(s);
  const note = tail ?? head;
  if (note) {
    taxIncluded = TAX_INCLUDED.test((note[1] ?? note[2] ?? '').replace(/\s+/g, ' '));
    s = (tail ? s.slice(0, tail.index) : s.slice(note[0].length)).trim();
  }
  const m = AMOUNT.exec(s);
  if (!m) return undefined;
  const [, sign1, prefix, sign2, digits, suffix, stop] = m;
  if (sign1 && sign2) return undefined;
  const before = prefix === '金' ? undefined : currencyOf(prefix);
  const after = currencyOf(suffix);
  // A three-letter word that is not a currency code ("ABC 100") makes the value something else.
  if ((prefix && prefix !== '金' && !before) || (suffix && !after)) return undefined;
  if (before && after && before !== after) return undefined;
  const magnitude = numberWithUnits(digits!);
  if (magnitude === undefined) return undefined;
  const negative = sign1 ?? sign2;
  return {
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    currency: before ?? after ?? 'JPY',
    ...(taxIncluded === undefined ? {} : { taxIncluded }),
    marked: Boolean(prefix || suffix || stop || note),
  };
}

/** The amount as the digits a form's number field takes: "16892", "-500", "1234.5". */
export function amountDigits(amount: Amount): string {
  return String(amount.value);
}
