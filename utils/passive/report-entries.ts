// The content script's passive-counting feature: sends the clerk's hand entries to the worker, which logs those a recent source held.
import { isSensitive } from '../concepts';
import { readForm } from '../form/read-form';
import { keepLogProblem, problemText } from '../log/problem';
import { sendMessage } from '../messaging';
import { coreSystems } from '../storage-items';
import { hasCoreSystem } from './core-systems';
import { pageEntry } from './page-entry';
import { watchEntry, type EntryMethodByHand } from './watch-entry';

// Nobody listened (the browser's words, or messaging's when no listener answered): the worker is being replaced, and the
// entry was never taken, so there is no failed write to report.
const NO_RECEIVER = /Receiving end does not exist|^Error: No response$/;

/**
 * A message that failed on its way (a worker stopped before answering) lost an entry the worker could not report itself:
 * it is kept for the dashboard from here. Failing to keep it leaves nothing more to do in the page.
 */
function reportFailure(error: unknown): Promise<void> | undefined {
  return NO_RECEIVER.test(problemText(error)) ? undefined : keepLogProblem(error);
}

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
  // One visit per page load and job: a submit or reset starts the next (a single-page app never reloads between records).
  // A second copy of this script in the page shares the load's time but counts submits from its own start.
  const visitOf = (generation: number) => `${performance.timeOrigin}/${generation}`;
  const entryOf = (element: Element, value: string, method: EntryMethodByHand, generation: number) => {
    const entry = pageEntry(document, element, { visit: visitOf(generation), method, value });
    return entry && !isSensitive(entry.concept) ? entry : undefined;
  };
  return watchEntry(document, {
    signal,
    onCommit({ element, value, method, generation }) {
      if (!registered) return;
      const entry = entryOf(element, value, method, generation);
      if (entry) sendMessage('passiveEntry', entry).catch(reportFailure);
    },
    onEditedAfterFill({ element, value, method, generation, filledAt, filledSignature }) {
      const entry = entryOf(element, value, method, generation);
      if (entry) sendMessage('passiveEditedAfterFill', { ...entry, filledAt, filledSignature }).catch(reportFailure);
    },
    formSignature: () => readForm(document).signature,
  });
}
