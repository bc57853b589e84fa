// Forms beyond one static document in real Chromium: a form that grows after load reaches the side panel by itself, and forms inside a shadow root and a same-origin iframe are read and filled.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

const SEP = ' >>> ';

describe('forms that change after load, in shadow roots and in frames', () => {
  let browser: ExtensionBrowser;
  let demoUrl: string;

  async function openForm(path: string): Promise<{ page: Page; panel: SidePanelPage }> {
    const page = await browser.context.newPage();
    await page.goto(new URL(path, demoUrl).href);
    const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, page));
    return { page, panel };
  }

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    demoUrl = inject('demoUrl');
    await MailPage.open(browser.context, demoUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('proposes values for fields the page adds after load, without the clerk pressing 読み直す', async () => {
    const { page, panel } = await openForm('form-changes.html');
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
    await expect(panel.row('#tel').count()).resolves.toBe(0);
    await panel.valueOf('#company').fill('株式会社サンプル商事 本社');

    await page.click('#add-contact');
    await expect.poll(() => panel.row('#tel').count(), { timeout: 10_000 }).toBe(1);
    await expect(panel.valueOf('#tel').inputValue()).resolves.toBe('03-1234-5678');
    await expect(panel.valueOf('#email').inputValue()).resolves.toBe('taro.yamada@example.co.jp');
    // The same job goes on: the clerk's edit made before the form grew is still there.
    await expect(panel.valueOf('#company').inputValue()).resolves.toBe('株式会社サンプル商事 本社');

    await panel.autofill();
    await expect(page.locator('#tel').inputValue()).resolves.toBe('03-1234-5678');
    await expect(page.locator('#email').inputValue()).resolves.toBe('taro.yamada@example.co.jp');
    await expect(page.locator('#company').inputValue()).resolves.toBe('株式会社サンプル商事 本社');
    await page.close();
    await panel.page.close();
  });

  it('reads and fills a form whose blocks sit in an open shadow root and a same-origin iframe', async () => {
    const { page, panel } = await openForm('form-nested.html');
    const keys = {
      name: `#customer${SEP}#customer_name`,
      company: `#customer${SEP}#company`,
      tel: `#contact${SEP}#tel`,
      email: `#contact${SEP}#email`,
    };
    await expect.poll(() => panel.valueOf(keys.name).inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
    await expect(panel.valueOf(keys.company).inputValue()).resolves.toBe('株式会社サンプル商事');
    await expect(panel.valueOf(keys.tel).inputValue()).resolves.toBe('03-1234-5678');
    await expect(panel.valueOf(keys.email).inputValue()).resolves.toBe('taro.yamada@example.co.jp');

    await panel.autofill();
    const statuses = await panel.page.getByTestId('fill-status').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(['filled', 'filled', 'filled', 'filled']);
    // Playwright's CSS locators pierce open shadow roots: these are the controls inside <demo-customer>.
    await expect(page.locator('#customer_name').inputValue()).resolves.toBe('山田 太郎');
    await expect(page.locator('#company').inputValue()).resolves.toBe('株式会社サンプル商事');
    const heard = JSON.parse(await page.getByTestId('heard').innerText()) as Record<string, string>;
    expect(heard).toEqual({ customer_name: '山田 太郎', company: '株式会社サンプル商事' });

    const frame = page.frameLocator('#contact');
    await expect(frame.locator('#tel').inputValue()).resolves.toBe('03-1234-5678');
    await expect(frame.locator('#email').inputValue()).resolves.toBe('taro.yamada@example.co.jp');
    await expect(frame.getByTestId('changed').innerText()).resolves.toBe('tel;email;');
  });
});
