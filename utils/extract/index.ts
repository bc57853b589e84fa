// Extraction entry points: the fields of a page (the open message, not the inbox around it), of a mail file, or of pasted text.
import { selectorFor } from '../form/selector';
import { fieldsFromPairs, readLabelLines } from './label-lines';
import { textLines } from './dom-text';
import type { Message } from './message-file';
import type { ExtractedField } from './types';

export type { ExtractedField } from './types';

// Where webmail clients and ordinary pages put the content a reader is looking at, most specific first.
const CONTENT_ROOTS = ['[role="main"] article', 'article', '[role="main"]', 'main'];

/** The element holding the page's main content: the open message in a webmail, else the body. */
export function contentRoot(doc: Document): Element {
  for (const selector of CONTENT_ROOTS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim()) return el;
  }
  return doc.body ?? doc.documentElement;
}

export function extractFromElement(root: Element): ExtractedField[] {
  const lines = textLines(root);
  const fields = fieldsFromPairs(readLabelLines(lines.map((l) => l.text)), 'page');
  for (const field of fields) field.provenance.selector = selectorFor(lines[field.provenance.line]!.element);
  return fields;
}

export function extractFromDocument(doc: Document): ExtractedField[] {
  return extractFromElement(contentRoot(doc));
}

export function extractFromText(text: string): ExtractedField[] {
  return fieldsFromPairs(readLabelLines(text.split(/\r?\n/)), 'text');
}

/** A mail's fields: from its plain-text body, else from its HTML body parsed by `parseHtml` (DOMParser in the panel, jsdom in eval). */
export function extractFromMessage(message: Message, parseHtml: (html: string) => Document): ExtractedField[] {
  if (message.text.trim()) return extractFromText(message.text);
  const doc = parseHtml(message.html);
  return extractFromElement(doc.body ?? doc.documentElement);
}
