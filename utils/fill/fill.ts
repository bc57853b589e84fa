// Sets values the way a person's typing would reach the page's framework (native setter, bubbling events), then reads them back.
import { frameDocument, isEditableHost, isVisible, KEY_SEPARATOR, resolveKey } from '../form/controls';
import type { Tier } from '../mapping/map';
import { formatForInput } from './formats';

export interface FillItem {
  key: string;
  value: string;
  /** The proposal's tier, for the highlight in the page; absent means no highlight. */
  tier?: Tier;
  /** Puts back what the control held before Tenki's fill (an undo): what the clerk keys there next is their own entry, not an edit of a fill. */
  restore?: true;
}

export type FillStatus = 'filled' | 'rejected' | 'missing';

export interface FillResult {
  key: string;
  status: FillStatus;
  /** What the control held before the fill, so undo can restore it. */
  before: string;
  /** What the control holds after the page had its say. */
  after: string;
  /** Why a control was left alone (reported as 'rejected'), or 'frame' for a frame out of reach (reported as 'missing'). */
  skipped?: 'readonly' | 'disabled' | 'hidden' | 'frame';
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** A form control or a contenteditable element. */
type Fillable = Control | HTMLElement;

function isFormControl(el: Element): el is Control {
  return /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
}

/** Why the fill must leave this element alone, if it must: a person could not type into it either. */
export function skipReason(el: Element): 'readonly' | 'disabled' | 'hidden' | undefined {
  if (isFormControl(el)) {
    if (el.disabled || el.matches(':disabled')) return 'disabled';
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return 'hidden';
    if ('readOnly' in el && el.readOnly) return 'readonly';
  } else {
    if (el.getAttribute('aria-disabled') === 'true') return 'disabled';
    if (el.getAttribute('aria-readonly') === 'true') return 'readonly';
  }
  if (!isVisible(el)) return 'hidden';
  return undefined;
}

/** Replaces an editing host's text so editors notice: the browser's own insertText where it works, else beforeinput, text, input. */
export function setEditableText(el: HTMLElement, value: string): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  el.focus?.();
  const selection = win.getSelection?.();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  let done = false;
  try {
    // execCommand fires beforeinput and input itself, as typing would; jsdom and some pages refuse it.
    if (typeof doc.execCommand === 'function' && doc.activeElement === el) {
      done = doc.execCommand(value === '' ? 'delete' : 'insertText', false, value) && (el.textContent ?? '') === value;
    }
  } catch {
    done = false;
  }
  if (!done) {
    const init = { bubbles: true, cancelable: true, composed: true, inputType: value === '' ? 'deleteContentBackward' : 'insertText', data: value || null };
    const proceed = el.dispatchEvent(new win.InputEvent('beforeinput', init));
    if (proceed) {
      el.textContent = value;
      el.dispatchEvent(new win.InputEvent('input', { ...init, cancelable: false }));
    }
  }
  selection?.removeAllRanges();
  fire(el, 'blur');
  el.blur?.();
}

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

/** What a control holds as the form reader reports it: a checkbox's "true"/"false", a radio group's chosen value, an editing host's text. */
export function controlValue(el: Fillable): string {
  if (!isFormControl(el)) return el.textContent ?? '';
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

/** Whether a key leads through a frame the content script cannot enter (another origin, which needs its own permission): nothing there is filled. */
function behindClosedFrame(doc: Document, key: string): boolean {
  const steps = key.split(KEY_SEPARATOR);
  let root: Document | ShadowRoot = doc;
  try {
    for (const step of steps.slice(0, -1)) {
      const host: Element | null = root.querySelector(step);
      if (!host) return false;
      const inner: Document | ShadowRoot | null = host.shadowRoot ?? frameDocument(host);
      if (!inner) return host.tagName === 'IFRAME' || host.tagName === 'FRAME';
      root = inner;
    }
  } catch {
    return false;
  }
  return false;
}

/** The value the control should end up with: a date or time in its input's own format. */
function wanted(el: Fillable, value: string): string {
  return el.tagName === 'INPUT' ? formatForInput((el as HTMLInputElement).type, value) : value;
}

/** Fills each item, waits for the page to react, and reports per field whether the value stuck. Never submits. */
export async function fillFields(doc: Document, items: readonly FillItem[]): Promise<FillResult[]> {
  const filled: { item: FillItem; el: Fillable | null; before: string; skipped?: FillResult['skipped'] }[] = items.map((item) => {
    const found = resolveKey(doc, item.key);
    const el = found && (isFormControl(found) || isEditableHost(found)) ? (found as Fillable) : null;
    return { item, el, before: el ? controlValue(el) : '', skipped: el ? skipReason(el) : undefined };
  });
  for (const { item, el, skipped } of filled) {
    if (!el || skipped) continue;
    if (!isFormControl(el)) setEditableText(el, item.value);
    else if (isChoice(el)) choose(el, item.value);
    else setControlValue(el, wanted(el, item.value));
  }
  // Frameworks may re-render on the next task; read back after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return filled.map(({ item, el, before, skipped }) => {
    if (!el) return { key: item.key, status: 'missing', before, after: '', ...(behindClosedFrame(doc, item.key) ? { skipped: 'frame' as const } : {}) };
    const after = controlValue(el);
    if (skipped) return { key: item.key, status: 'rejected', before, after, skipped };
    return { key: item.key, status: same(after, wanted(el, item.value)) ? 'filled' : 'rejected', before, after };
  });
}

/** The filled element a key names, for the highlight; null when it is gone or out of reach. */
export function fillTarget(doc: Document, key: string): HTMLElement | null {
  const found = resolveKey(doc, key);
  return found && (isFormControl(found) || isEditableHost(found)) ? (found as HTMLElement) : null;
}
