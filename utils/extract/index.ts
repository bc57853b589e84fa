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
  if (root) return withCounterpartySignature(extractFromElement(root), () => openingText(root));
  const fields = extractFromElement(doc.body ?? doc.documentElement, PAGE_CHROME);
  if (fields.length > 0) return fields;
  const readable = readableContent(doc);
  return readable ? extractFromElement(readable) : [];
}

export function extractFromText(text: string): ExtractedField[] {
  return withCounterpartySignature(assembleFields(segmentsFromText(text.split(/\r?\n/)), 'text'), () => text);
}

const BLOCKS = new Set(['BR', 'P', 'DIV', 'TR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'BLOCKQUOTE', 'PRE']);
// The opening of a message is all its greeting and salutation need; a megabyte page is not walked to the end.
const OPENING_CHARS = 4000;

/** The opening text of an HTML body with a line break at each block, so its greeting is a line of its own. */
function openingText(root: Element): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 | 4);
  let text = '';
  for (let node = walker.currentNode as Node | null; node && text.length < OPENING_CHARS; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (BLOCKS.has((node as Element).tagName)) text += '\n';
  }
  return text;
}

/** A mail's fields: from its plain-text body, else from its HTML body parsed by `parseHtml` (DOMParser in the panel, jsdom in eval). */
export function extractFromMessage(message: Message, parseHtml: (html: string) => Document): ExtractedField[] {
  let fields: ExtractedField[];
  let body = message.text;
  if (message.text.trim()) fields = extractFromText(message.text);
  else {
    const doc = parseHtml(message.html);
    const root = doc.body ?? doc.documentElement;
    body = openingText(root);
    fields = withCounterpartySignature(extractFromElement(root), () => body);
  }
  return [...fields, ...addresseeFields(message, body, fields.length)];
}
