// Reaches into a tab only where the clerk has allowed it: checks the site permission, injects the content script once, relays reads and fills.
import { browser } from 'wxt/browser';
import { sendMessage, onMessage, type TabAnalysis, type TabFill } from '../messaging';

/** The origin a tab shows, when the extension may know it (host permission or activeTab). */
async function tabOrigin(tabId: number): Promise<{ url?: string; origin?: string }> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url) return {};
  try {
    return { url: tab.url, origin: new URL(tab.url).origin };
  } catch {
    return { url: tab.url };
  }
}

export async function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

const injecting = new Map<number, Promise<void>>();

async function pingOrInject(tabId: number): Promise<void> {
  try {
    await sendMessage('pagePing', undefined, { tabId, frameId: 0 });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  }
}

/**
 * Makes sure one content script listens in the tab. A page load and a tab switch often ask at the same
 * moment; they share one injection, because a second copy would replace the first mid-answer.
 */
export function ensureContentScript(tabId: number): Promise<void> {
  let pending = injecting.get(tabId);
  if (!pending) {
    pending = pingOrInject(tabId).finally(() => injecting.delete(tabId));
    injecting.set(tabId, pending);
  }
  return pending;
}

type Access = { ok: true } | { ok: false; result: TabAnalysis };

export async function checkAccess(tabId: number): Promise<Access> {
  const { url, origin } = await tabOrigin(tabId);
  if (!url) return { ok: false, result: { status: 'noAccess', tabId } };
  if (!/^https?:/.test(url) || !origin) return { ok: false, result: { status: 'unsupported', tabId } };
  if (!(await hasSiteAccess(origin))) return { ok: false, result: { status: 'noAccess', tabId, origin } };
  return { ok: true };
}

export async function analyzeTab(tabId: number): Promise<TabAnalysis> {
  try {
    const access = await checkAccess(tabId);
    if (!access.ok) return access.result;
    await ensureContentScript(tabId);
    const page = await sendMessage('pageAnalyze', undefined, { tabId, frameId: 0 });
    return { status: 'ok', tabId, ...page };
  } catch (error) {
    return { status: 'error', tabId, message: error instanceof Error ? error.message : String(error) };
  }
}

export function setupTabAccess(): void {
  onMessage('analyzeTab', ({ data }) => analyzeTab(data.tabId));
  onMessage('fillTab', async ({ data }): Promise<TabFill> => {
    try {
      const access = await checkAccess(data.tabId);
      if (!access.ok) return { status: 'noAccess' };
      await ensureContentScript(data.tabId);
      return { status: 'ok', results: await sendMessage('pageFill', data.items, { tabId: data.tabId, frameId: 0 }) };
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  });
}
