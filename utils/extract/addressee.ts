// The person a mail is written to, from its To header, but only when its greeting names them: a confirmation mail is addressed to the customer; an inquiry to us.
import { normalizeValue } from './normalize';
import type { Message } from './message-file';
import type { ExtractedField } from './types';
import { normalizeEmail } from './values';

// How far into the body a greeting may stand (after a subject repeated in the body, a logo's alt text, a blank line).
const GREETING_LINES = 8;

// A desk, a team or a department is us, not a customer ("Accounts Payable", "営業部 御中", ap@, info@).
const ROLE = /\b(accounts?|payables?|receivables?|billing|sales|support|team|info|office|department|dept|admin|service|desk|cent(er|re)|staff|orders?)\b|部|課|係|窓口|センター|事務局|担当|御中|各位|会社|株式/i;
const ROLE_MAILBOX = /^(ap|ar|info|sales|support|billing|accounts?|admin|office|orders?|contact|noreply|no-reply|help|service)[@.+_-]/i;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(様|さま|殿|御中|各位)/g, ' ')
    .split(/[\s,、.。:：!！()（）<>「」]+/)
    .filter(Boolean);
}

/** The line of the body's opening that greets the recipient by every word of their name ("Hi Emily Carter,", "小林 真由美 様"). */
export function greetingLine(body: string, name: string): number | undefined {
  const wanted = words(name);
  if (wanted.length === 0) return undefined;
  const lines = body.split(/\r?\n/);
  for (let i = 0, seen = 0; i < lines.length && seen < GREETING_LINES; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    const have = new Set(words(lines[i]!));
    if (wanted.every((w) => have.has(w))) return i;
  }
  return undefined;
}

/**
 * The recipient's name and address as fields, when the body greets the person the header names; nothing otherwise.
 * Mail to an office (info@, ご担当者様) greets nobody by the header's name and adds nothing.
 */
export function addresseeFields(message: Message, body: string, firstId: number): ExtractedField[] {
  const to = message.to;
  const address = to && normalizeEmail(to.address);
  if (!to || !address || !to.name.trim() || ROLE.test(to.name) || ROLE_MAILBOX.test(address)) return [];
  const line = greetingLine(body, to.name);
  if (line === undefined) return [];
  const common = { section: undefined, confidence: 0.8, provenance: { kind: 'text' as const, line } };
  return [
    { id: `f${firstId}`, label: 'To', value: to.name.trim(), normalized: normalizeValue(to.name, 'name'), concept: 'name', ...common },
    { id: `f${firstId + 1}`, label: 'To', value: to.address, normalized: address, concept: 'email', ...common },
  ];
}
