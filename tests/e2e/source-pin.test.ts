// Pinning and switching the source in real Chromium: a pinned email stays the source while the clerk opens another, unpinning hands over to the newest, the recent-source select switches back; a one-field fill is logged once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { DashboardPage, SidePanelPage } from './pages/extension-pages';

describe('pinned and recent sources', () => {
  let browser: ExtensionBrowser;
  let panel: SidePanelPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    await MailPage.open(browser.context, inject('demoUrl'));
    const order = await OrderPage.open(browser.context, inject('demoUrl'));
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the pinned email as the source while the clerk opens another', async () => {
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
    await panel.pin(true);
    await MailPage.open(browser.context, inject('demoUrl'), 'mail-2.html');
    await panel.page.bringToFront();
    // The second email joins the recent list, but the proposals stay the first one's.
    await expect.poll(() => panel.page.getByTestId('source-switch').locator('option').count(), { timeout: 15_000 }).toBe(2);
    await expect(panel.valueOf('#customer_name').inputValue()).resolves.toBe('山田 太郎');
    await expect(panel.page.getByTestId('source-pin').isChecked()).resolves.toBe(true);
  });

  it('keeps the pin across a reopened panel', async () => {
    const url = panel.page.url();
    await panel.page.close();
    const page = await browser.context.newPage();
    await page.goto(url);
    panel = new SidePanelPage(page);
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
    await expect(panel.page.getByTestId('source-pin').isChecked()).resolves.toBe(true);
  });

  it('hands over to the newest email on unpin', async () => {
    await panel.pin(false);
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('佐藤 花子');
    await expect(panel.valueOf('#company').inputValue()).resolves.toBe('株式会社みどり物産');
  });

  it('switches back to the first email with the recent-source select', async () => {
    await panel.switchSource('山田 太郎');
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
  });

  it('logs a one-field fill once, however often the field is filled in the job', async () => {
    await panel.fillOne('#quantity');
    await panel.fillOne('#quantity');
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    await expect.poll(() => dashboard.count('#quantity', 'total').innerText(), { timeout: 10_000 }).toBe('1');
    await expect(dashboard.count('#quantity', 'autofilled').innerText()).resolves.toBe('1');
    await dashboard.page.close();
  });
});
