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

function isChoice(el: Control): el is HTMLInputElement {
  return el.tagName === 'INPUT' && (el.type === 'radio' || el.type === 'checkbox');
}

/** The radio buttons that answer the same question as `radio`: its name, within its form or tree. */
function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  const scope: ParentNode = radio.form ?? (radio.getRootNode() as ParentNode);
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter((r) => r.name === radio.name);
}

/** What a control holds as the form reader reports it: a checkbox's "true"/"false", a radio group's chosen value. */
export function controlValue(el: Control): string {
  if (!isChoice(el)) return el.value;
  if (el.type === 'checkbox') return String(el.checked);
  return (el.name ? radioGroup(el) : [el]).find((r) => r.checked)?.value ?? '';
}

/** Chooses as a person would, with a click, so the page's own handlers run; a click never unchecks a radio button. */
function choose(el: HTMLInputElement, value: string): void {
  const target = el.type === 'checkbox' ? el : (el.name ? radioGroup(el) : [el]).find((r) => r.value === value);
  if (!target) return;
  const wanted = el.type === 'checkbox' ? value === 'true' : true;
  if (target.checked !== wanted) target.click();
}

/** Fills each item, waits for the page to react, and reports per field whether the value stuck. */
export async function fillFields(doc: Document, items: readonly FillItem[]): Promise<FillResult[]> {
  const filled: { item: FillItem; el: Control | null; before: string }[] = items.map((item) => {
    const el = resolveKey(doc, item.key) as Control | null;
    return { item, el, before: el ? controlValue(el) : '' };
  });
  for (const { item, el } of filled) {
    if (!el) continue;
    if (isChoice(el)) choose(el, item.value);
    else setControlValue(el, item.value);
  }
  // Frameworks may re-render on the next task; read back after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return filled.map(({ item, el, before }) => {
    if (!el) return { key: item.key, status: 'missing', before, after: '' };
    const after = controlValue(el);
    return { key: item.key, status: same(after, item.value) ? 'filled' : 'rejected', before, after };
  });
}
