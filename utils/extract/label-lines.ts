// The canonical form of an extracted value for the concept it carries.
import { normalizeEmail, normalizePhone, normalizePostalCode, toHalfWidth } from './values';

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
