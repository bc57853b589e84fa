// Relays the panel's hover over a source field to the source tab, where the content script outlines the element it came from.
import { onMessage, sendMessage } from '../messaging';
import { checkAccess, ensureContentScript } from './tab-access';

export async function highlightSource(tabId: number, selector?: string): Promise<boolean> {
  try {
    if (!(await checkAccess(tabId)).ok) return false;
    if (selector) await ensureContentScript(tabId);
    return await sendMessage('pageHighlightSource', { selector }, { tabId, frameId: 0 });
  } catch {
    // A tab that closed or navigated has nothing to outline.
    return false;
  }
}

export function setupHighlightSource(): void {
  onMessage('highlightSource', ({ data }) => highlightSource(data.tabId, data.selector));
}
