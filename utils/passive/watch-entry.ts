// Notices, in the page, values the clerk typed or pasted into text fields by hand, and edits of fields Tenki filled: the raw signal of manual re-entry.
import { isEditableHost, resolveKey } from '../form/controls';

export type EntryMethodByHand = 'typed' | 'pasted';

export interface EntryCommit {
  element: HTMLElement;
  value: string;
  method: EntryMethodByHand;
  /** Forms submitted or reset in the page so far: on a single-page app the next job fills the same fields without a page load. */
  generation: number;
}

export interface EntryWatchOptions {
  signal: AbortSignal;
  /** A value the clerk entered by hand and left the field with: once per value and field. */
  onCommit(commit: EntryCommit): void;
  /**
   * The clerk changed a value Tenki filled at `filledAt` (the first fill since the field was last unmarked), when the form
   * had the signature `filledSignature`: the one its logged entry carries, though the form may have changed since.
   */
  onEditedAfterFill(edit: EntryCommit & { filledAt: number; filledSignature: string }): void;
  /** Reads the form's signature: asked only when Tenki fills, so watching keystrokes never reads the form. */
  formSignature(): string;
}

export interface EntryWatch {
  /** Tenki is about to change controls itself: nothing until markFilled is the clerk's (execCommand's events look trusted). */
  pause(): void;
  /**
   * Tenki filled these fields (by key): their later hand edits are edits of a fill, not re-entries. Those it put back as
   * they were before its fill (an undo) are the clerk's own again: what the clerk keys there next is a hand entry. Ends a pause.
   */
  markFilled(keys: readonly string[], restored?: readonly string[]): void;
}

const TEXT_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'url', 'search', 'date', 'datetime-local', 'month', 'week', 'time']);
// What a browser and a page both treat as secret: never watched, whatever the label says.
const SECRET_AUTOCOMPLETE = new Set(['cc-number', 'cc-csc', 'new-password', 'current-password']);

function isSecret(el: Element): boolean {
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((t) => SECRET_AUTOCOMPLETE.has(t));
}

/** The text field an event concerns: a text-like input, a textarea or a rich-text box's editing host; never a password. */
function fieldOf(event: Event): HTMLElement | null {
  // Inside an open shadow root the event names the host; its path still starts at the control. Tags, not instanceof: frames are other realms.
  const target = event.composedPath()[0] as Element | undefined;
  if (target?.nodeType !== 1) return null;
  const tag = target.tagName;
  if (tag === 'INPUT') {
    const input = target as HTMLInputElement;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    return TEXT_TYPES.has(type) && input.type !== 'password' && !isSecret(input) ? input : null;
  }
  if (tag === 'TEXTAREA') return isSecret(target) ? null : (target as HTMLTextAreaElement);
  let host: HTMLElement | null = null;
  for (let node: Element | null = target; node; node = node.parentElement) if (isEditableHost(node)) host = node as HTMLElement;
  return host && !isSecret(host) ? host : null;
}

function valueOf(el: HTMLElement): string {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

interface FieldState {
  /** The value when the clerk arrived in the field (or last left it). */
  before: string;
  /** The clerk's own input changed it since. */
  byHand: boolean;
  pasted: boolean;
}

interface Fill {
  at: number;
  signature: string;
}

export function watchEntry(doc: Document, { signal, onCommit, onEditedAfterFill, formSignature }: EntryWatchOptions): EntryWatch {
  const states = new WeakMap<HTMLElement, FieldState>();
  let committed = new WeakMap<HTMLElement, Set<string>>();
  // When Tenki first filled each field still marked, and the form's signature then: an edit belongs to that fill's logged entry, not an older one.
  let filled = new WeakMap<HTMLElement, Fill>();
  let generation = 0;
  let paused = false;
  // Taken before Tenki changes anything: a fill that shows a block changes the signature, but the panel logged the form it read.
  let signatureBeforeFill: string | undefined;

  const stateOf = (el: HTMLElement): FieldState => {
    let state = states.get(el);
    if (!state) {
      // Input without a focus first (a drop into a field elsewhere): the value before it is unknown, so any value counts as new.
      state = { before: '', byHand: false, pasted: false };
      states.set(el, state);
    }
    return state;
  };

  const commit = (el: HTMLElement) => {
    const state = states.get(el);
    if (!state) return;
    const value = valueOf(el);
    const changed = state.byHand && value !== state.before;
    const method = state.pasted ? 'pasted' : 'typed';
    states.set(el, { before: value, byHand: false, pasted: false });
    if (!changed || paused) return;
    const fill = filled.get(el);
    if (fill) {
      onEditedAfterFill({ element: el, value, method, generation, filledAt: fill.at, filledSignature: fill.signature });
      return;
    }
    const seen = committed.get(el) ?? new Set<string>();
    if (value.trim() === '' || seen.has(value)) return;
    seen.add(value);
    committed.set(el, seen);
    onCommit({ element: el, value, method, generation });
  };

  const listen = (type: string, handler: (el: HTMLElement, event: Event) => void) => {
    doc.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        const el = fieldOf(event);
        if (el) handler(el, event);
      },
      { capture: true, signal },
    );
  };

  listen('focusin', (el) => states.set(el, { before: valueOf(el), byHand: false, pasted: false }));
  listen('input', (el, event) => {
    if (paused) return;
    const state = stateOf(el);
    state.byHand = true;
    const kind = (event as InputEvent).inputType ?? '';
    if (kind === 'insertFromPaste' || kind === 'insertFromDrop') state.pasted = true;
  });
  // A page may cancel a paste and insert the text itself (its input events are not trusted): the paste still put the value there.
  const pasted = (el: HTMLElement) => Object.assign(stateOf(el), { byHand: true, pasted: true });
  listen('paste', pasted);
  listen('drop', pasted);
  listen('compositionend', (el) => void (stateOf(el).byHand = true));
  listen('change', (el) => commit(el));
  listen('focusout', (el) => commit(el));
  // A submitted or reset form ends the job: on a single-page app the next one in the same fields is new work, not an edit of
  // this fill, and a value it shares with this one (a repeat customer's 東京都) is entered anew.
  const forget = () => {
    generation += 1;
    filled = new WeakMap();
    committed = new WeakMap();
  };
  doc.addEventListener('submit', forget, { capture: true, signal });
  doc.addEventListener('reset', forget, { capture: true, signal });

  return {
    pause() {
      paused = true;
      signatureBeforeFill = formSignature();
    },
    markFilled(keys, restored = []) {
      const fill = { at: Date.now(), signature: signatureBeforeFill ?? formSignature() };
      signatureBeforeFill = undefined;
      const elements = (list: readonly string[]) => list.map((key) => resolveKey(doc, key) as HTMLElement | null).filter((el): el is HTMLElement => el !== null);
      for (const el of elements(keys)) if (!filled.has(el)) filled.set(el, fill);
      for (const el of elements(restored)) filled.delete(el);
      for (const el of elements([...keys, ...restored])) states.set(el, { before: valueOf(el), byHand: false, pasted: false });
      paused = false;
    },
  };
}
