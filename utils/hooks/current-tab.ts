// Which tab the side panel is for: the active tab of its window, or the one named by ?tabId= when the panel is opened as a page (tests, a pinned view).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function useCurrentTab(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then(async (win) => {
      windowId = win.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active?.id !== undefined) setTabId(active.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}

/** Calls `onLoad` whenever the tab finishes loading a page. */
export function useTabLoaded(tabId: number | undefined, onLoad: () => void): void {
  useEffect(() => {
    if (tabId === undefined) return;
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') onLoad();
    };
    browser.tabs.onUpdated.addListener(listener);
    return () => browser.tabs.onUpdated.removeListener(listener);
  }, [tabId, onLoad]);
}
