// Finds the browser's tab id for a Playwright page, through the extension's own worker (the panel needs ids, Playwright has pages).
import type { Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

// The callback runs in the extension's worker, where `chrome` is the extension API.
declare const chrome: typeof browser;

export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
