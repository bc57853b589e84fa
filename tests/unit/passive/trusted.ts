// jsdom marks every script-dispatched event untrusted; the passive watcher listens only to trusted ones, so tests dispatch as the browser would.

function implOf(wrapper: object): { isTrusted: boolean; _dispatch(event: unknown): boolean } {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('not a jsdom wrapper');
  return (wrapper as Record<symbol, { isTrusted: boolean; _dispatch(event: unknown): boolean }>)[symbol]!;
}

/** Dispatches the event as the browser does for a person's own action (isTrusted true). */
export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const impl = implOf(event);
  impl.isTrusted = true;
  return implOf(target)._dispatch(impl);
}

/** The clerk clicks into the field, types (or pastes) the value and tabs away. */
export function enter(field: HTMLElement, value: string, how: 'type' | 'paste' = 'type') {
  dispatchTrusted(field, new FocusEvent('focusin', { bubbles: true }));
  if (how === 'paste') dispatchTrusted(field, new Event('paste', { bubbles: true }));
  if (field.isContentEditable) field.textContent = value;
  else (field as HTMLInputElement).value = value;
  dispatchTrusted(field, new InputEvent('input', { bubbles: true, inputType: how === 'paste' ? 'insertFromPaste' : 'insertText' }));
  dispatchTrusted(field, new Event('change', { bubbles: true }));
  dispatchTrusted(field, new FocusEvent('focusout', { bubbles: true }));
}
