// A service worker that Chromium stops in the middle of the work loses nothing: the review's edits fill and are logged, and passive counting goes on extending the same manual job.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { readLog } from './support/log';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

/** Stops every service worker, as Chromium does to an idle one; the next message starts the extension's worker afresh. */
async function stopWorker(cdp: CDPSession, browser: ExtensionBrowser): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v: { scriptURL: string; runningStatus: string }) => v.scriptURL.includes(browser.extensionId) && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

describe('a service worker restarted mid-work', () => {
  let browser: ExtensionBrowser;
  let order: OrderPage;
  let panel: SidePanelPage;
  let cdp: CDPSession;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const mailUrl = new URL('mail.html', inject('demoUrl'));
    mailUrl.hostname = 'localhost';
    await MailPage.open(browser.context, mailUrl.href);
    order = await OrderPage.open(browser.context, inject('demoUrl'));
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    await panel.page.getByTestId('core-system-toggle').check({ timeout: 15_000 });
    cdp = await browser.context.newCDPSession(panel.page);
    await cdp.send('ServiceWorker.enable');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fills and logs a review whose worker stopped between the edit and the fill', async () => {
    await expect.poll(() => panel.valueOf('#product').inputValue(), { timeout: 15_000 }).toBe('オフィスチェア KX-200');
    await panel.valueOf('#product').fill('オフィスチェア KX-200（ブラック）');
    await stopWorker(cdp, browser);
    await panel.autofill();
    expect((await panel.statuses())['#product']).toBe('filled');
    expect((await order.state()).product).toBe('オフィスチェア KX-200（ブラック）');
    await expect.poll(async () => (await readLog(panel.page)).entries.find((e) => e.fieldKey === '#product')?.method, { timeout: 10_000 }).toBe('edited');
  });

  it('keeps counting hand entries in one manual job across a restart', async () => {
    // A fresh visit to the form, typed by hand: the recent source is remembered in session storage, not in the worker.
    await order.page.reload();
    await order.page.waitForSelector('#customer_name');
    await stopWorker(cdp, browser);
    await order.page.click('#customer_name');
    await order.page.keyboard.type('山田 太郎');
    await order.page.keyboard.press('Tab');
    const manual = async () => {
      const log = await readLog(panel.page);
      const jobs = log.jobs.filter((j) => j.kind === 'manual').map((j) => j.id);
      return log.entries.filter((e) => jobs.includes(e.jobId)).map((e) => [e.jobId, e.fieldKey, e.method] as const);
    };
    await expect.poll(manual, { timeout: 10_000 }).toHaveLength(1);
    const jobId = (await manual())[0]![0];
    await stopWorker(cdp, browser);
    await order.page.click('#email');
    await order.page.keyboard.type('taro.yamada@example.co.jp');
    await order.page.keyboard.press('Tab');
    await expect.poll(manual, { timeout: 10_000 }).toEqual([
      [jobId, '#customer_name', 'typed'],
      [jobId, '#email', 'typed'],
    ]);
  });
});
