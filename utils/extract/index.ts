// Extraction entry points: the fields of a page (the open message, not the inbox around it), of a mail file, or of pasted text.
import { selectorsFor } from '../form/selector';
import { assembleFields, segmentsFromText } from './assemble';
import { contentRoot, PAGE_CHROME, readableContent } from './content-root';
import { segmentsFromElement } from './dom-segments';
import { addresseeFields } from './addressee';
import { withCounterpartySignature } from './inbound';
import type { Message } from './message-file';
import type { ExtractedField } from './types';

export type { ExtractedField } from './types';

/** The fields of a page region; each points back to the element that showed it when that element is in the page. */
export function extractFromElement(root: Element, skip?: string): ExtractedField[] {
  const segments = segmentsFromElement(root, skip);
  const fields = assembleFields(segments, 'page');
  const located = fields.filter((f) => segments[f.provenance.line]?.element?.isConnected);
  const selectors = selectorsFor(located.map((f) => segments[f.provenance.line]!.element!));
  located.forEach((f, i) => (f.provenance.selector = selectors[i]));
  return fields;
}

/**
 * The open message of a webmail or the main content of a page; a page without such structure is read
 * whole minus its navigation and side columns, and Readability is asked only when that finds nothing.
 */
export function extractFromDocument(doc: Document): ExtractedField[] {
  const root = contentRoot(doc);
  if (root) return withCounterpartySignature(extractFromElement(root), textWithLineBreaks(root));
  const fields = extractFromElement(doc.body ?? doc.documentElement, PAGE_CHROME);
  if (fields.length > 0) return fields;
  const readable = readableContent(doc);
  return readable ? extractFromElement(readable) : [];
}

export function extractFromText(text: string): ExtractedField[] {
  return withCounterpartySignature(assembleFields(segmentsFromText(text.split(/\r?\n/)), 'text'), text);
}

/** The text of an HTML body with a line break after each block, so its greeting is a line of its own. */
function textWithLineBreaks(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  clone.querySelectorAll('br, p, div, tr, li, h1, h2, h3, h4, h5, h6, table').forEach((el) => el.after('\n'));
  return clone.textContent ?? '';
}

/** A mail's fields: from its plain-text body, else from its HTML body parsed by `parseHtml` (DOMParser in the panel, jsdom in eval). */
export function extractFromMessage(message: Message, parseHtml: (html: string) => Document): ExtractedField[] {
  let fields: ExtractedField[];
  let body = message.text;
  if (message.text.trim()) fields = extractFromText(message.text);
  else {
    const doc = parseHtml(message.html);
    const root = doc.body ?? doc.documentElement;
    body = textWithLineBreaks(root);
    fields = withCounterpartySignature(extractFromElement(root), body);
  }
  return [...fields, ...addresseeFields(message, body, fields.length)];
}
