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
