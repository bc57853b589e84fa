// Whether a mail comes to the office from outside (an inquiry, a quote request, an invoice): then its sender's signature is the counterparty's details, not a colleague's.
import { SIGNATURE } from './assemble';
import type { ExtractedField } from './types';

// How far into the body the salutation stands.
const OPENING_LINES = 6;
// Addressed to a company or its desk: written by someone outside it.
const TO_AN_OFFICE = /御中|ご担当者(様|さま|各位)|ご担当者$|担当者様|ご担当の方|^dear (sir|madam|sirs)|to whom it may concern|^dear .*team/i;
// A forward or a colleague's relay: the signature is the colleague's.
const RELAYED = /転送|^\s*(fw|fwd)\s*:|forwarded message|original message|各位|お疲れ(様|さま)です/im;

export function isFromOutside(body: string): boolean {
  const opening = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES);
  return opening.some((l) => TO_AN_OFFICE.test(l)) && !RELAYED.test(body.slice(0, 2000));
}

/**
 * The fields of a mail from outside with its signature taken as the counterparty's (the customer or supplier the
 * mail is about); any other mail's fields unchanged. The extractor halved the signature's trust; it gets it back.
 */
export function withCounterpartySignature(fields: ExtractedField[], body: () => string): ExtractedField[] {
  // The body is read only when there is a signature to decide about.
  if (!fields.some((f) => f.section === SIGNATURE) || !isFromOutside(body())) return fields;
  return fields.map((f) =>
    f.section === SIGNATURE && f.sectionKind === 'sender' ? { ...f, sectionKind: 'customer', confidence: Math.min(0.9, Math.round(f.confidence * 200) / 100) } : f,
  );
}
