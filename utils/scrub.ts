// Keeps personal values out of what the log says about a form: a page title that names the customer, a path that holds a record number or a name.
const MIN_VALUE = 2;
const DASHES = /[-‐‑‒–—―−﹘﹣－ー─]/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a value as a title may write it: full- or half-width (NFKC), any dash for a dash, and with or without
 * spaces between its characters (山田太郎 in 「山田 太郎 様」).
 */
function looseValue(value: string): RegExp | undefined {
  const chars = [...value.normalize('NFKC').replace(/\s+/g, '').replace(DASHES, '-')];
  if (chars.length < MIN_VALUE) return undefined;
  return new RegExp(chars.map((c) => (c === '-' ? '[-‐‑‒–—―−﹘﹣－ー─]' : escape(c))).join('\\s*'), 'g');
}

/** The title (in NFKC) with every given value (a name, a number the page or the source holds) replaced by "…". */
export function scrubTitle(title: string, values: readonly string[]): string {
  const longestFirst = [...new Set(values.map((v) => v.trim()))].sort((a, b) => b.length - a.length);
  let out = title.normalize('NFKC');
  for (const value of longestFirst) {
    const pattern = looseValue(value);
    if (pattern) out = out.replace(pattern, '…');
  }
  return out.replace(/…(\s*…)+/g, '…');
}

/** A path segment that may name a record or a person: digits (ids, dates), an @ (a mail address), or any non-ASCII letter. */
function isPersonal(segment: string): boolean {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return true;
  }
  if (/\.[a-z]{2,5}$/i.test(text) && !/@/.test(text)) return /[^\x20-\x7e]/.test(text);
  return /\d|@|[^\x20-\x7e]/.test(text);
}

/** Origin and path with no query or fragment, each segment that may name a record or a person as "*". */
export function scrubUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname
      .split('/')
      .map((segment) => (isPersonal(segment) ? '*' : segment))
      .join('/')}`;
  } catch {
    return '';
  }
}
