// The one canonical form of a value for the concept it carries, so that extraction, matching and the log compare like with like.
import type { ConceptId } from '../concepts';
import { findPrefecture } from '../prefectures';
import { normalizeStreetAddress } from './address';
import { amountDigits, parseAmount } from './amounts';
import { parseDate, toIso } from './dates';
import { parseDocumentNumber, parseRegistrationNumber, parseUrl } from './identifiers';
import { normalizeKanaName, normalizeOrganization, normalizePersonName } from './names';
import { normalizeEmail, normalizePhone, normalizePostalCode, withoutNote } from './values';
import { collapse } from '../text';

// Counters written after a quantity ("12個", "3 ケース", "10pcs").
const QUANTITY = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:個|点|本|枚|箱|袋|缶|台|冊|組|式|セット|ケース|パック|ダース|kg|g|pcs?|units?)?$/i;

/**
 * The canonical form of a value for its concept: e-mail as is, phone "03-1234-5678", postal code "150-0002", dates
 * "2026-03-02", amounts and quantities as digits, names and kana with one half-width space, (株) spelled out,
 * registration numbers "T" + 13 digits. A value that does not parse as its concept keeps its text, spaces collapsed,
 * so the clerk sees what was written. Every branch is idempotent: normalising twice changes nothing.
 */
export function normalizeValue(value: string, concept: ConceptId | undefined): string {
  switch (concept) {
    case 'email':
      return normalizeEmail(value) ?? normalizeEmail(withoutNote(value)) ?? collapse(value);
    case 'tel':
    case 'x-fax':
      return normalizePhone(value) ?? normalizePhone(withoutNote(value)) ?? collapse(value);
    case 'postal-code':
      return normalizePostalCode(value) ?? normalizePostalCode(withoutNote(value)) ?? collapse(value);
    case 'bday':
    case 'x-date':
    case 'x-due-date':
    case 'x-delivery-date': {
      const date = parseDate(value);
      return date ? toIso(date) : collapse(value);
    }
    case 'x-amount':
    case 'x-subtotal':
    case 'x-tax':
    case 'x-unit-price':
    case 'x-shipping-fee':
    case 'x-fee':
    case 'x-discount':
    case 'x-withholding-tax': {
      const amount = parseAmount(value);
      return amount ? amountDigits(amount) : collapse(value);
    }
    case 'x-quantity': {
      const m = QUANTITY.exec(value.normalize('NFKC').trim());
      return m ? m[1]!.replace(/,/g, '') + (m[2] ?? '') : collapse(value);
    }
    case 'name':
    case 'family-name':
    case 'given-name':
      return normalizePersonName(value);
    case 'x-name-kana':
    case 'x-family-name-kana':
    case 'x-given-name-kana':
    case 'x-organization-kana':
      return normalizeKanaName(value);
    case 'organization':
      return normalizeOrganization(value);
    case 'x-registration-number':
      return parseRegistrationNumber(value, { prefixOptional: true })?.value ?? collapse(value);
    case 'x-order-number':
    case 'x-invoice-number':
      return parseDocumentNumber(value) ?? collapse(value);
    case 'url':
      return parseUrl(value) ?? collapse(value);
    case 'address-level1':
      return findPrefecture(value)?.name ?? collapse(value);
    case 'street-address':
    case 'address-line1':
    case 'address-line2':
      return normalizeStreetAddress(value);
    // A password is exactly what was typed, spaces included.
    case 'current-password':
      return value;
    default:
      return collapse(value);
  }
}
