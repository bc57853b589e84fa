// Reads a page region in reading order as classified lines: text split at blocks and line breaks, plus pairs from tables, dt/dd and filled forms.
import { controlLabel, type Control } from '../form/read-form';
import { asPair, classifyLine } from './line-kinds';
import type { Segment } from './assemble';
import { collapse } from '../text';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'BUTTON', 'OPTION']);
// Quoted earlier messages and signatures as webmail clients mark them up: not this message's data.
const NOT_MESSAGE = '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .yahoo_quoted, .moz-cite-prefix, .moz-signature, #Signature, #x_Signature, .signature, blockquote[type="cite"]';
// Outlook's reply header ("From: … Sent: …"): the earlier message follows it as siblings, so reading stops there.
// Outlook on the web prefixes ids in message bodies with x_.
const REPLY_START = '#divRplyFwdMsg, [id^="divRplyFwdMsg"], [id^="x_divRplyFwdMsg"], #x_divRplyFwdMsg';
const TEXT_INPUTS = new Set(['text', 'tel', 'email', 'url', 'number', 'date', 'search', '']);

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** The text a reader sees in an element: scripts and styles inside it are not text. */
function visibleText(el: Element): string {
  if (!el.querySelector('script, style, template, noscript')) return collapse(el.textContent);
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('script, style, template, noscript').forEach((n) => n.remove());
  return collapse(copy.textContent);
}

/** Cells of a row, with a colon after a label cell dropped ("お名前：" | "山田"). */
function cellText(cell: Element): string {
  return visibleText(cell).replace(/[:：]$/, '').trim();
}

/** Whether any style sheet of the page sets white-space to a pre value (webmail bodies: `.msgBody { white-space: pre-wrap }`). */
function hasPreRules(doc: Document): boolean {
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // A cross-origin sheet cannot be read; it may hold such a rule, so the computed style is asked.
      return true;
    }
    for (const rule of Array.from(rules)) if (/pre/.test((rule as CSSStyleRule).style?.whiteSpace ?? '')) return true;
  }
  return false;
}

// A line break inside a text, between words (not the indentation of the markup around an element).
const INNER_BREAK = /\S[ \t]*\r?\n\s*\S/;

// Classes that mark the label half of a label/value pair of elements (.k, .label, .field-name, .term).
const LABEL_CLASS = /(?:^|[\s_-])(?:k|key|label|lbl|name|term|th|caption|field-?name|dt)(?:$|[\s_-])/i;
const NOT_LEAF = 'table, ul, ol, dl, div, p, input, select, textarea, h1, h2, h3, h4, h5, h6';

/**
 * The label/value pairs of a key-value grid or row built from elements ("<div class=k>Carrier</div><div>FedEx</div>"):
 * its children are leaves in pairs, the labels marked by a class of their own; undefined when it is not one.
 */
function elementPairs(el: Element): [Element, Element][] | undefined {
  // Counted and walked by sibling links: a long HTMLCollection is slow to index in jsdom.
  const count = el.childElementCount;
  if (count < 2 || count % 2 !== 0 || count > 200) return undefined;
  const children: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
  const labelClass = children[0]!.getAttribute('class') ?? '';
  if (!labelClass) return undefined;
  const pairs: [Element, Element][] = [];
  for (let i = 0; i < children.length; i += 2) {
    const [label, value] = [children[i]!, children[i + 1]!];
    if ((label.getAttribute('class') ?? '') !== labelClass || (value.getAttribute('class') ?? '') === labelClass) return undefined;
    pairs.push([label, value]);
  }
  // The class pattern holds; now the (dearer) checks that each child is a leaf and each label short.
  for (const [label, value] of pairs) {
    // Paragraphs under their headings are prose, not a grid: only divisions and spans pair up.
    for (const c of [label, value]) if (!/^(DIV|SPAN)$/i.test(c.tagName) || c.querySelector(NOT_LEAF)) return undefined;
    const text = collapse(label.textContent);
    if (!text || text.length > 40) return undefined;
  }
  // One pair needs a class that says "label"; several alternating in step show it by their pattern.
  return pairs.length >= 2 || LABEL_CLASS.test(labelClass) ? pairs : undefined;
}

/** A table carries data (not layout) when no cell holds another table or a block of prose. */
function isDataTable(table: HTMLTableElement): boolean {
  if (table.querySelector('table')) return false;
  return Array.from(table.rows).every((row) => Array.from(row.cells).every((c) => (c.textContent ?? '').length <= 600));
}

class SegmentReader {
  readonly segments: Segment[] = [];
  private current = '';
  private stopped = false;
  private owner: Element;
  private readonly preRules: boolean;

  /** `skip`: a selector for regions never read (page chrome when the whole body is read). */
  constructor(
    private readonly root: Element,
    private readonly skip?: string,
  ) {
    this.owner = root;
    this.preRules = hasPreRules(root.ownerDocument);
  }

  /** Whether an element keeps its line breaks: <pre>, or white-space set to pre inline or (asked only where it matters) by a style sheet. */
  private preformatted(el: Element): boolean {
    if (el.tagName === 'PRE' || /pre/.test((el as HTMLElement).style?.whiteSpace ?? '')) return true;
    if (!this.preRules || !Array.from(el.childNodes).some((n) => n.nodeType === 3 && INNER_BREAK.test(n.nodeValue ?? ''))) return false;
    const view = el.ownerDocument.defaultView;
    return !!view && /pre/.test(view.getComputedStyle(el).whiteSpace);
  }

  read(): Segment[] {
    this.walk(this.root, false);
    this.flush();
    return this.segments;
  }

  private push(segment: Omit<Segment, 'index'>): void {
    this.segments.push({ ...segment, index: this.segments.length });
  }

  private flush(): void {
    const text = this.current.replace(/[ \t\u00a0]+/g, ' ').trim();
    this.current = '';
    if (text) this.push({ line: classifyLine(text), element: this.owner });
  }

  private pair(label: string, value: string, element: Element, row?: number): void {
    const line = asPair(label, value);
    if (line) this.push({ line, element, structured: true, row });
  }

  private table(table: HTMLTableElement): void {
    if (table.caption) this.push({ line: { kind: 'heading', text: visibleText(table.caption), major: false }, element: table.caption });
    const rows = Array.from(table.rows);
    const header = rows.find((r) => r.cells.length >= 3 && Array.from(r.cells).every((c) => c.tagName === 'TH'));
    if (header) {
      // Line items: one header row of three or more columns, then one item per row.
      const names = Array.from(header.cells).map(cellText);
      let item = 0;
      for (const row of rows.slice(rows.indexOf(header) + 1)) {
        const cells = Array.from(row.cells);
        if (cells.length !== names.length) {
          this.push({ line: classifyLine(cells.map(cellText).join(' ')), element: row });
          continue;
        }
        cells.forEach((cell, i) => this.pair(names[i]!, cellText(cell), cell, item));
        item += 1;
      }
      return;
    }
    for (const row of rows) {
      const cells = Array.from(row.cells);
      let paired = false;
      for (let i = 0; i + 1 < cells.length; i++) {
        const [label, value] = [cells[i]!, cells[i + 1]!];
        const labelLike = label.tagName === 'TH' || (cells.length % 2 === 0 && i % 2 === 0 && cellText(label).length <= 24);
        if (labelLike && value.tagName === 'TD') {
          this.pair(cellText(label), visibleText(value), value);
          paired = true;
          i += 1;
        }
      }
      if (!paired) this.push({ line: classifyLine(cells.map(cellText).join(' ')), element: row });
    }
  }

  private list(dl: Element): void {
    let label = '';
    for (const child of Array.from(dl.querySelectorAll(':scope > dt, :scope > dd, :scope > div > dt, :scope > div > dd'))) {
      if (child.tagName === 'DT') label = cellText(child);
      else if (label) this.pair(label, visibleText(child), child);
    }
  }

  private control(el: Control): void {
    if (el.tagName === 'SELECT') {
      const option = (el as HTMLSelectElement).selectedOptions[0];
      if (option && option.value !== '') this.pair(controlLabel(el), collapse(option.text), el);
    } else if (el.tagName === 'TEXTAREA') this.pair(controlLabel(el), el.value.trim(), el);
    else {
      const input = el as HTMLInputElement;
      if (TEXT_INPUTS.has(input.type)) this.pair(controlLabel(el), input.value.trim(), el);
      else if (input.type === 'radio' && input.checked) {
        const group = input.closest('fieldset')?.querySelector('legend');
        const label = group ? collapse(group.textContent) : controlLabel(el);
        const choice = collapse(input.closest('label')?.textContent) || input.value;
        if (label !== choice) this.pair(label, choice, el);
      }
    }
  }

  private walk(node: Node, pre: boolean, labelText = false): void {
    if (this.stopped) return;
    if (node.nodeType === 3) {
      // The text of a <label> or <legend> is read as the label of its control, not as a line of its own.
      if (labelText) return;
      const data = node.nodeValue ?? '';
      const parts = (pre ? data : data.replace(/\s*\n\s*/g, ' ')).split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.flush();
        if (!this.current.trim() && part.trim()) this.owner = node.parentElement ?? this.root;
        this.current += part;
      });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (el.matches(REPLY_START)) {
      this.flush();
      this.stopped = true;
      return;
    }
    if (SKIP.has(tag) || hidden(el) || el.matches(NOT_MESSAGE) || (this.skip && el.matches(this.skip))) return;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      this.flush();
      this.control(el as Control);
      return;
    }
    if (/^H[1-6]$/.test(tag)) {
      this.flush();
      const text = visibleText(el);
      if (text) this.push({ line: { kind: 'heading', text, major: tag <= 'H3' }, element: el });
      return;
    }
    if (tag === 'TABLE' && isDataTable(el as HTMLTableElement)) {
      this.flush();
      this.table(el as HTMLTableElement);
      return;
    }
    if (tag === 'DL') {
      this.flush();
      this.list(el);
      return;
    }
    const grid = BLOCK.has(tag) ? elementPairs(el) : undefined;
    if (grid) {
      this.flush();
      for (const [label, value] of grid) this.pair(cellText(label), visibleText(value), value);
      return;
    }
    if (tag === 'HR') {
      this.flush();
      this.push({ line: { kind: 'rule' }, element: el });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) this.flush();
    const isPre = pre || this.preformatted(el);
    const isLabel = labelText || tag === 'LABEL' || (tag === 'LEGEND' && !!el.parentElement?.querySelector('input, select, textarea'));
    for (const child of Array.from(el.childNodes)) this.walk(child, isPre, isLabel);
    if (block) this.flush();
  }
}

export function segmentsFromElement(root: Element, skip?: string): Segment[] {
  return new SegmentReader(root, skip).read();
}
