// The content script's passive-counting feature: sends the clerk's hand entries to the worker, which logs those a recent source held.
import { isSensitive } from '../concepts';
import { sendMessage } from '../messaging';
import { coreSystems } from '../storage-items';
import { hasCoreSystem } from './core-systems';
import { pageEntry } from './page-entry';
import { watchEntry, type EntryMethodByHand } from './watch-entry';

/**
 * Reports what the clerk enters by hand: on a registered core system, values typed or pasted (the background logs those a
 * recent source held); anywhere, edits of fields Tenki filled (counted as hand entries there when no fill of theirs was
 * logged). Registering or removing the site applies without a reload.
 */
export function reportHandEntries(document: Document, signal: AbortSignal) {
  let registered = false;
  const update = (list: string[]) => void (registered = hasCoreSystem(list, document.location.href));
  void coreSystems.getValue().then(update);
  const unwatch = coreSystems.watch((list) => update(list ?? []));
  signal.addEventListener('abort', unwatch);
  // One visit per page load, the same for a second copy of this script in the same page.
  const visit = String(performance.timeOrigin);
  const entryOf = (element: Element, value: string, method: EntryMethodByHand) => {
    const entry = pageEntry(document, element, { visit, method, value });
    return entry && !isSensitive(entry.concept) ? entry : undefined;
  };
  return watchEntry(document, {
    signal,
    onCommit({ element, value, method }) {
      if (!registered) return;
      const entry = entryOf(element, value, method);
      if (entry) sendMessage('passiveEntry', entry).catch(() => undefined);
    },
    onEditedAfterFill({ element, value, method, filledAt }) {
      const entry = entryOf(element, value, method);
      if (entry) sendMessage('passiveEditedAfterFill', { ...entry, filledAt }).catch(() => undefined);
    },
  });
}
