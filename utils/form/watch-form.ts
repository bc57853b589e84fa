// Notices when a page adds, removes, shows or hides form controls after load, so the form is read again without the clerk asking.
import { rootsOf } from './controls';

const CONTROL = 'input, select, textarea';
const FRAME = 'iframe, frame';
// The ways pages show and hide a block of a form, or make a control fillable or not.
const TOGGLES = ['hidden', 'style', 'class', 'open', 'disabled', 'readonly', 'type'];
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: TOGGLES };

export interface WatchFormOptions {
  /** Stops the watch: WXT aborts a content script's signal when the script is replaced. */
  signal: AbortSignal;
  /** Quiet time after the last relevant change before reading again: a form built in several steps is read once. */
  delayMs?: number;
}

/**
 * Whether an added or removed node can change the controls: a control, a block holding one, a frame, or a custom
 * element (whose shadow root may be filled in only after it is connected).
 */
function holdsControls(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(CONTROL) || el.matches(FRAME) || el.tagName.includes('-') || el.shadowRoot !== null || el.querySelector(`${CONTROL}, ${FRAME}`) !== null;
}

function isRelevant(record: MutationRecord): boolean {
  if (record.type === 'attributes') {
    const el = record.target as Element;
    return el.matches(CONTROL) || el.querySelector(CONTROL) !== null;
  }
  return Array.from(record.addedNodes).some(holdsControls) || Array.from(record.removedNodes).some(holdsControls);
}

/**
 * Calls `onChange` once the page has been quiet for `delayMs` after a change to its controls. Text, typing and layout
 * changes that leave the controls alone are ignored; shadow roots and same-origin frames are watched as they appear.
 */
export function watchForm(doc: Document, onChange: () => void, { signal, delayMs = 300 }: WatchFormOptions): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const observeAll = () => {
    for (const root of rootsOf(doc)) {
      // Observing a node again only renews its options, and the same listener is added only once.
      observer.observe(root, OBSERVE);
      if (root.nodeType === 9) root.addEventListener('load', onLoad, { capture: true, signal });
    }
  };
  const flush = () => {
    timer = undefined;
    observeAll();
    onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    // A page that never stops changing is still read now and then.
    timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstAt + delayMs * 4 - now)));
  };
  function onLoad(event: Event) {
    if ((event.target as Element | null)?.matches?.(FRAME)) schedule();
  }
  const observer = new MutationObserver((records) => {
    if (records.some(isRelevant)) schedule();
  });

  observeAll();
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
