// Passive counting in real Chromium: with the form's site registered through the side panel's toggle, a source value typed by hand and one pasted are logged once each as typed and pasted, unrelated text not at all, and no value reaches the log; hand edits of a fill, after an undo and after a submit go where they belong.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { readLog } from './support/log';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

// The callbacks below run in the extension's worker, where `chrome` is the extension API.
declare const chrome: typeof Browser;

describe('passive counting of manual re-entry', () => {
  let browser: ExtensionBrowser;
  let order: OrderPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    // The mail on localhost, the form on 127.0.0.1: two origins, as a webmail and a core system are.
    const mailUrl = new URL('mail.html', inject('demoUrl'));
    mailUrl.hostname = 'localhost';
    await MailPage.open(browser.context, mailUrl.href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers the form’s site as a core system with the side panel’s toggle', async () => {
    // The worker keeps the viewed mail only as salted hashes.
    await expect
      .poll(() => browser.worker.evaluate(async () => ((await chrome.storage.session.get('recentSourceHashes')).recentSourceHashes as { sources: unknown[] } | undefined)?.sources.length ?? 0), { timeout: 15_000 })
      .toBe(1);
    order = await OrderPage.open(browser.context, inject('demoUrl'));
    const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    const toggle = panel.page.getByTestId('core-system-toggle');
    await toggle.waitFor({ timeout: 15_000 });
    await expect(toggle.isChecked()).resolves.toBe(false);
    // Before the site is registered, a source value typed there counts as nothing.
    await order.page.click('#customer_name');
    await order.page.keyboard.type('山田 太郎');
    await order.page.keyboard.press('Tab');
    await toggle.check();
    const origin = new URL(inject('demoUrl')).origin;
    await expect.poll(() => browser.worker.evaluate(async () => (await chrome.storage.local.get('coreSystems')).coreSystems), { timeout: 5_000 }).toEqual([origin]);
    await panel.page.close();
  });

  it('logs a typed and a pasted source value once each, and unrelated text not at all', async () => {
    const page = order.page;
    await page.bringToFront();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('demoUrl')).origin });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { inputTypes: string[] }).inputTypes = seen;
      document.getElementById('email')!.addEventListener('input', (e) => seen.push(`${(e as InputEvent).inputType}:${e.isTrusted}`));
    });

    await page.click('#company');
    await page.keyboard.type('株式会社サンプル商事');
    await page.keyboard.press('Tab');

    await page.evaluate(() => navigator.clipboard.writeText('taro.yamada@example.co.jp'));
    await page.click('#email');
    await page.keyboard.press('Control+V');
    await expect(page.inputValue('#email')).resolves.toBe('taro.yamada@example.co.jp');
    await expect(page.evaluate(() => (window as unknown as { inputTypes: string[] }).inputTypes)).resolves.toEqual(['insertFromPaste:true']);
    await page.keyboard.press('Tab');

    await page.click('#product');
    await page.keyboard.type('今日の議事録メモ');
    await page.keyboard.press('Tab');
    // Back into the first field and out again: the same value, committed twice, is one entry.
    await page.click('#company');
    await page.keyboard.press('Tab');

    await expect.poll(async () => (await readLog(browser.worker)).entries.length, { timeout: 10_000 }).toBe(2);
    // Give a late third write the chance to show up before counting exactly.
    await page.waitForTimeout(1_000);
    const log = await readLog(browser.worker);
    expect(log.entries.map((e) => [e.fieldKey, e.method])).toEqual([
      ['#company', 'typed'],
      ['#email', 'pasted'],
    ]);
    expect(log.jobs).toHaveLength(1);
    expect(log.jobs[0]).toMatchObject({ kind: 'manual', sourceName: expect.stringContaining('localhost') });
    expect(log.entries.every((e) => e.jobId === log.jobs[0]!.id && e.sourceSignature === log.jobs[0]!.sourceSignature)).toBe(true);
    const everything = JSON.stringify(log);
    for (const value of ['サンプル商事', 'taro.yamada', 'example.co.jp', '議事録', '山田']) expect(everything).not.toContain(value);
  });

  it('turns a field Tenki filled and the clerk then edited in the page into an edit', async () => {
    const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    await expect.poll(() => panel.valueOf('#zip').inputValue(), { timeout: 15_000 }).toBe('150-0002');
    await panel.fillOne('#zip');
    const zip = async () => (await readLog(browser.worker)).entries.filter((e) => e.fieldKey === '#zip').map((e) => e.method);
    await expect.poll(zip, { timeout: 10_000 }).toEqual(['autofilled']);
    const page = order.page;
    await page.bringToFront();
    await page.click('#zip');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect.poll(zip, { timeout: 10_000 }).toEqual(['edited']);
    await panel.page.close();
  });

  it('counts a field keyed by hand after an undo as typed, in the job that had filled it', async () => {
    const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    await expect.poll(() => panel.valueOf('#customer_kana').inputValue(), { timeout: 15_000 }).toBe('ヤマダ タロウ');
    await panel.fillOne('#customer_kana');
    const kana = async () => (await readLog(browser.worker)).entries.filter((e) => e.fieldKey === '#customer_kana').map((e) => e.method);
    await expect.poll(kana, { timeout: 10_000 }).toEqual(['autofilled']);
    const jobs = (await readLog(browser.worker)).jobs.length;
    await panel.undo();
    await expect.poll(kana, { timeout: 10_000 }).toEqual(['skipped']);
    const page = order.page;
    await page.bringToFront();
    await expect(page.inputValue('#customer_kana')).resolves.toBe('');
    await page.click('#customer_kana');
    await page.keyboard.type('ヤマダ タロウ');
    await page.keyboard.press('Tab');
    await expect.poll(kana, { timeout: 10_000 }).toEqual(['typed']);
    await expect(readLog(browser.worker).then((log) => log.jobs.length)).resolves.toBe(jobs);
    await panel.page.close();
  });

  it('takes typing after the form was submitted for new work, not an edit of the earlier fill', async () => {
    const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    await expect.poll(() => panel.valueOf('#product').inputValue(), { timeout: 15_000 }).toBe('オフィスチェア KX-200');
    await panel.fillOne('#product');
    const product = async () => (await readLog(browser.worker)).entries.filter((e) => e.fieldKey === '#product').map((e) => e.method);
    await expect.poll(product, { timeout: 10_000 }).toEqual(['autofilled']);
    await panel.page.close();
    const page = order.page;
    await page.bringToFront();
    await page.evaluate(() => document.querySelector('form')!.requestSubmit());
    // The next record: the clerk clears the field, then keys the value anew.
    await page.fill('#product', '');
    await page.keyboard.press('Tab');
    await page.click('#product');
    await page.keyboard.type('オフィスチェア KX-200');
    await page.keyboard.press('Tab');
    await expect.poll(product, { timeout: 10_000 }).toEqual(['autofilled', 'typed']);
  });
});
