// Builds a CSS selector that finds one element again, so proposals, fills and the log can name a field without holding the node.
function isPlainIdent(s: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(s);
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function unique(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** Prefers #id, then tag[name="…"], then a path of :nth-of-type steps from the nearest element with an id. */
export function selectorFor(el: Element): string {
  const root = el.ownerDocument;
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
    const same = Array.from(parent.children).filter((c) => c.tagName === node.tagName);
    steps.unshift(same.length > 1 ? `${t}:nth-of-type(${same.indexOf(node) + 1})` : t);
  }
  return [node.tagName.toLowerCase(), ...steps].join(' > ');
}
