// Extraction entry points: the fields of a page (the open message, not the inbox around it) or of pasted text.
import { selectorFor } from '../form/selector';
import { fieldsFromPairs, readLabelLines } from './label-lines';
import { textLines } from './dom-text';
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

export function extractFromDocument(doc: Document): ExtractedField[] {
  const lines = textLines(contentRoot(doc));
  const fields = fieldsFromPairs(readLabelLines(lines.map((l) => l.text)), 'page');
  for (const field of fields) field.provenance.selector = selectorFor(lines[field.provenance.line]!.element);
  return fields;
}

export function extractFromText(text: string): ExtractedField[] {
  return fieldsFromPairs(readLabelLines(text.split(/\r?\n/)), 'text');
}
