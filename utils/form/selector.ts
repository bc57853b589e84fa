// Builds a CSS selector that finds one element again, so proposals, fills and the log can name a field without holding the node.
import { hostOf, KEY_SEPARATOR } from './controls';

function isPlainIdent(s: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(s);
}

// `>` is escaped so that no quoted value can contain the key separator ` >>> `.
function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/>/g, '\\3e ')}"`;
}

function unique(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** Position among same-tag siblings (1-based) and whether the tag occurs more than once under the parent. */
type Position = (el: Element) => { nth: number; many: boolean };

function positionByWalking(el: Element): { nth: number; many: boolean } {
  let nth = 1;
  let many = false;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) nth++;
  for (let s = el.nextElementSibling; s && !many; s = s.nextElementSibling) if (s.tagName === el.tagName) many = true;
  return { nth, many: many || nth > 1 };
}

/** Positions computed once per parent: selectors for every line of a long message stay linear in its size. */
function positionsByParent(): Position {
  const cache = new Map<Element, Map<Element, { nth: number; many: boolean }>>();
  return (el) => {
    const parent = el.parentElement!;
    let map = cache.get(parent);
    if (!map) {
      map = new Map();
      const counts = new Map<string, number>();
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) counts.set(c.tagName, (counts.get(c.tagName) ?? 0) + 1);
      const seen = new Map<string, number>();
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        const nth = (seen.get(c.tagName) ?? 0) + 1;
        seen.set(c.tagName, nth);
        map.set(c, { nth, many: counts.get(c.tagName)! > 1 });
      }
      cache.set(parent, map);
    }
    return map.get(el)!;
  };
}

/**
 * Prefers #id, then tag[name="…"], then a path of :nth-of-type steps from the nearest element with an id, all within the
 * element's own tree; inside a shadow root or a same-origin frame, the host's key comes first (see resolveKey).
 */
export function selectorFor(el: Element, position: Position = positionByWalking): string {
  const host = hostOf(el);
  const local = localSelector(el, position);
  return host ? `${selectorFor(host)}${KEY_SEPARATOR}${local}` : local;
}

function localSelector(el: Element, position: Position): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) {
    const byId = isPlainIdent(id) ? `#${id}` : `${tag}[id=${quote(id)}]`;
    if (unique(root, byId, el)) return byId;
  }
  const name = el.getAttribute('name');
  if (name) {
    const byName = `${tag}[name=${quote(name)}]`;
    if (unique(root, byName, el)) return byName;
  }
  const steps: string[] = [];
  let node: Element = el;
  for (let parent = node.parentElement; parent; node = parent, parent = node.parentElement) {
    const nodeId = node.getAttribute('id');
    if (node !== el && nodeId && isPlainIdent(nodeId) && unique(root, `#${nodeId}`, node)) return [`#${nodeId}`, ...steps].join(' > ');
    const t = node.tagName.toLowerCase();
    const { nth, many } = position(node);
    steps.unshift(many ? `${t}:nth-of-type(${nth})` : t);
  }
  const top = node.tagName.toLowerCase();
  // A shadow root has no <html> to anchor the path: its top element says which of its siblings it is.
  if (root.nodeType === 11) {
    const { nth, many } = positionByWalking(node);
    return [many ? `${top}:nth-of-type(${nth})` : top, ...steps].join(' > ');
  }
  return [top, ...steps].join(' > ');
}

/** Selectors for many elements of one document, sharing the sibling positions they need. */
export function selectorsFor(elements: readonly Element[]): string[] {
  const position = positionsByParent();
  return elements.map((el) => selectorFor(el, position));
}
