// Recognises the identifiers invoices and order mails carry: the インボイス registration number (T + 13 digits), order and invoice numbers, URLs.

/** The 法人番号 check digit (the first of the 13 digits) computed from the other twelve. */
export function corporateCheckDigit(body12: string): number {
  let sum = 0;
  // Weights 1, 2, 1, 2, … counted from the rightmost digit.
  for (let i = 0; i < 12; i++) sum += Number(body12[11 - i]) * (i % 2 === 0 ? 1 : 2);
  return 9 - (sum % 9);
}

export interface RegistrationNumber {
  /** "T" and 13 half-width digits. */
  value: string;
  /**
   * 'valid' when the digits pass the 法人番号 check. 'unknown' otherwise: the number of a sole proprietor (個人事業者) or
   * an association without a 法人番号 is assigned by the tax office, and no published rule says it carries the same
   * check digit, so a number that fails the check may still be real (or be a typo). It is reported, not rejected.
   */
  check: 'valid' | 'unknown';
}

export interface RegistrationNumberOptions {
  /** Accept 13 digits without the "T", for values already known to be a registration number (by their label). */
  prefixOptional?: boolean;
}

/** "T1234567890123", "T-1234-5678-90123", "Ｔ１２３…", "t 1234 5678 90123" → { value: "T1234567890123", check }. */
export function parseRegistrationNumber(text: string, options: RegistrationNumberOptions = {}): RegistrationNumber | undefined {
  const s = text.normalize('NFKC').trim();
  const m = /^(T)?\s*[-‐−]?\s*(\d(?:[\s-‐−]?\d){12})$/i.exec(s);
  if (!m || (!m[1] && !options.prefixOptional)) return undefined;
  const digits = m[2]!.replace(/\D/g, '');
  return { value: `T${digits}`, check: corporateCheckDigit(digits.slice(1)) === Number(digits[0]) ? 'valid' : 'unknown' };
}

/**
 * An order, invoice or slip number as written, width folded: 4–30 letters and digits with - _ / # between them, at
 * least one digit ("ORD-2024-00815", "INV/2026/0042", "#10234"). Anything else is not certainly a number of this kind.
 */
export function parseDocumentNumber(text: string): string | undefined {
  const s = text.normalize('NFKC').trim();
  return /^[A-Za-z0-9_\-/#]{4,30}$/.test(s) && /\d/.test(s) ? s : undefined;
}

/** An http(s) URL, width folded and unwrapped from the <…> mail clients put around it; undefined for anything else. */
export function parseUrl(text: string): string | undefined {
  const s = text.normalize('NFKC').trim().replace(/^<(.*)>$/, '$1');
  if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s)) return undefined;
  try {
    // A host without a dot is an intranet name or a typo, not a site a clerk copies from mail.
    return new URL(s).hostname.includes('.') ? s : undefined;
  } catch {
    return undefined;
  }
}
