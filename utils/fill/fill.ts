// Sets values the way a person's typing would reach the page's framework (native setter, bubbling events), then reads them back.
import { resolveKey } from '../form/controls';

export interface FillItem {
  key: string;
  value: string;
}

export type FillStatus = 'filled' | 'rejected' | 'missing';

export interface FillResult {
  key: string;
  status: FillStatus;
  /** What the control held before the fill, so undo can restore it. */
  before: string;
  /** What the control holds after the page had its say. */
  after: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The value setter of the control's own prototype: React and others watch the instance property, not this one. */
function nativeSetter(el: Control): ((v: string) => void) | undefined {
  const win = el.ownerDocument.defaultView;
  if (!win) return undefined;
  const proto = el.tagName === 'SELECT' ? win.HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

function fire(el: Element, type: string): void {
  const win = el.ownerDocument.defaultView!;
  // As in a person's typing, every event but change leaves a shadow root, so listeners outside it hear the fill too.
  const composed = type !== 'change';
  const event = type === 'input' ? new win.InputEvent('input', { bubbles: true, composed, inputType: 'insertReplacementText' }) : new win.Event(type, { bubbles: type !== 'focus' && type !== 'blur', composed });
  el.dispatchEvent(event);
}

export function setControlValue(el: Control, value: string): void {
  el.focus?.();
  fire(el, 'focus');
  const setter = nativeSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  fire(el, 'blur');
  el.blur?.();
}

function same(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

/** Fills each item, waits for the page to react, and reports per field whether the value stuck. */
export async function fillFields(doc: Document, items: readonly FillItem[]): Promise<FillResult[]> {
  const filled: { item: FillItem; el: Control | null; before: string }[] = items.map((item) => {
    const el = resolveKey(doc, item.key) as Control | null;
    return { item, el, before: el?.value ?? '' };
  });
  for (const { item, el } of filled) if (el) setControlValue(el, item.value);
  // Frameworks may re-render on the next task; read back after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return filled.map(({ item, el, before }) => {
    if (!el) return { key: item.key, status: 'missing', before, after: '' };
    const after = el.value;
    return { key: item.key, status: same(after, item.value) ? 'filled' : 'rejected', before, after };
  });
}
