// Notices when the clerk opens a source (an email, a page with data) on an allowed site and remembers it for the side panel.
import { browser } from 'wxt/browser';
import { isSourcePage, snapshotOf } from '../source';
import { latestSource } from '../storage-items';
import { analyzeTab } from './tab-access';

async function look(tabId: number): Promise<void> {
  const page = await analyzeTab(tabId);
  if (page.status === 'ok' && isSourcePage(page)) await latestSource.setValue(snapshotOf(page, tabId));
}

export function setupSourceWatcher(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url && /^https?:/.test(tab.url)) void look(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void look(tabId));
}
