// Turns a DOM subtree into the lines a reader sees (jsdom and the eval runner have no innerText), keeping each line's element.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

export interface TextLine {
  text: string;
  /** The element whose text this line came from, to point back into the page. */
  element: Element;
}

/** The visible lines of `root`, split at block boundaries and line breaks. */
export function textLines(root: Element): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  let owner: Element = root;
  const flush = () => {
    const text = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text) lines.push({ text, element: owner });
    current = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      const parts = (pre ? data : data.replace(/\s*\n\s*/g, ' ')).split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush();
        if (!current.trim() && part.trim()) owner = node.parentElement ?? root;
        current += part;
      });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase()) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) flush();
    const isPre = pre || el.tagName.toUpperCase() === 'PRE' || /pre/.test((el as HTMLElement).style?.whiteSpace ?? '');
    for (const child of Array.from(el.childNodes)) walk(child, isPre);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines;
}
