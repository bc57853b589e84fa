// Reaches the form controls a person sees, including those inside open shadow roots and same-origin iframes, and finds one again from its key.

/**
 * Joins the host steps of a key: the selector of a shadow host or frame element, then the selector inside it.
 * `>>>` is no CSS combinator, and selectorFor escapes `>` inside quoted values, so the split is unambiguous.
 */
export const KEY_SEPARATOR = ' >>> ';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A tree that holds controls: the page, a shadow root, or a framed page. */
export type ControlRoot = Document | ShadowRoot;

const CONTROL = 'input, select, textarea';

/** The document of a same-origin frame; null for another origin, an unloaded frame or any other element. */
export function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    // Some browsers throw instead of returning null for a cross-origin frame.
    return null;
  }
}

/** The tree nested at an element: its open shadow root or its frame's document. */
function innerRoot(el: Element): ControlRoot | null {
  return el.shadowRoot ?? frameDocument(el);
}

/** The shadow host or frame element whose inner tree holds `node`; null in the top document. */
export function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  // 11: a document fragment, which for a connected node is a shadow root (`Node` is no global in Node.js, where eval runs).
  if (root.nodeType === 11) return (root as ShadowRoot).host ?? null;
  try {
    return (root as Document).defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The page's own tree and every open shadow root and same-origin frame document nested in it, outermost first. */
export function rootsOf(doc: Document): ControlRoot[] {
  const roots: ControlRoot[] = [];
  const visit = (root: ControlRoot) => {
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const inner = innerRoot(el);
      if (inner) visit(inner);
    }
  };
  visit(doc);
  return roots;
}

/** Every input, select and textarea in document order, with the controls of a shadow root or frame at its host's place. */
export function controlsOf(doc: Document): Control[] {
  const found: Control[] = [];
  const visit = (root: ControlRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      // A rich-text box (contenteditable) is read as one field: its editing host, not the elements inside it.
      if (el.matches(CONTROL) || isTopEditableHost(el)) found.push(el as Control);
      const inner = innerRoot(el);
      if (inner) visit(inner);
    }
  };
  visit(doc);
  return found;
}

/** The element a key names (see selectorFor), or null when a step no longer matches or a frame is out of reach. */
export function resolveKey(doc: Document, key: string): Element | null {
  const steps = key.split(KEY_SEPARATOR);
  let root: ControlRoot = doc;
  try {
    for (const step of steps.slice(0, -1)) {
      const host: Element | null = root.querySelector(step);
      const inner: ControlRoot | null = host && innerRoot(host);
      if (!inner) return null;
      root = inner;
    }
    return root.querySelector(steps[steps.length - 1]!);
  } catch {
    return null;
  }
}

/** Whether a person can see the element: a closed dialog or a collapsed block hides its controls (form reader and fill judge alike). */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}

/** An element a person types rich text into (contenteditable), filled and read as one field. */
export function isEditableHost(el: Element): el is HTMLElement {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

function isTopEditableHost(el: Element): boolean {
  const outer = el.parentElement?.closest('[contenteditable]');
  return isEditableHost(el) && !(outer && isEditableHost(outer));
}
