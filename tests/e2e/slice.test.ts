// The first end-to-end slice in real Chromium: an order email → the side panel's proposals → a filled React form → the log, dashboard and CSV.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { readLog } from './support/log';
import { DashboardPage, SidePanelPage } from './pages/extension-pages';

const EXPECTED = {
  customer_name: '山田 太郎',
  customer_kana: 'ヤマダ タロウ',
  company: '株式会社サンプル商事',
  zip: '150-0002',
  pref: '13',
  address: '渋谷区渋谷2-21-1 ヒカリエ12F',
  tel1: '03',
  tel2: '1234',
  tel3: '5678',
  email: 'taro.yamada@example.co.jp',
  quantity: '2',
};
const EDITED_PRODUCT = 'オフィスチェア KX-200（ブラック）';

describe('email to core-system form', () => {
  let browser: ExtensionBrowser;
  let order: OrderPage;
  let panel: SidePanelPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const demoUrl = inject('demoUrl');
    await MailPage.open(browser.context, demoUrl);
    order = await OrderPage.open(browser.context, demoUrl);
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the fields read from the open email', async () => {
    // Nine labelled lines and the sender's signature (company, department): the mail is to the office's desk, so the signature is the customer's.
    await expect.poll(() => panel.sourceFields().count(), { timeout: 15_000 }).toBe(11);
    const texts = await panel.sourceFields().allInnerTexts();
    expect(texts.join('\n')).toContain('taro.yamada@example.co.jp');
    expect(texts.join('\n')).not.toContain('いつもお世話になっております');
  });

  it('proposes a value in the form’s own format for every field the email determines', async () => {
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe(EXPECTED.customer_name);
    for (const [name, value] of Object.entries(EXPECTED)) {
      await expect(panel.valueOf(`#${name}`).inputValue()).resolves.toBe(value);
    }
    await expect(panel.valueOf('#note').inputValue()).resolves.toBe('');
    await expect(panel.row('#tel1').getByTestId('tier-badge').getAttribute('data-tier')).resolves.toBe('high');
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      await panel.page.setViewportSize({ width: 360, height: 1000 });
      await panel.page.screenshot({ path: 'docs/screenshots/sidepanel-proposals-ja.png' });
    }
  });

  it('keeps the clerk’s edit when the panel is closed and reopened mid-review', async () => {
    await panel.valueOf('#product').fill(EDITED_PRODUCT);
    await panel.page.reload();
    await expect.poll(() => panel.valueOf('#product').inputValue(), { timeout: 15_000 }).toBe(EDITED_PRODUCT);
    await expect(panel.valueOf('#customer_name').inputValue()).resolves.toBe(EXPECTED.customer_name);
  });

  it('fills the React form so that the app’s own state holds every value', async () => {
    await panel.autofill();
    const state = await order.state();
    expect(state).toMatchObject({ ...EXPECTED, product: EDITED_PRODUCT, note: '' });
    await expect(order.page.locator('#pref').inputValue()).resolves.toBe('13');
    const statuses = await panel.page.getByTestId('fill-status').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toHaveLength(12);
    expect(new Set(statuses)).toEqual(new Set(['filled']));
  });

  it('logs the job with a method per field and no raw values', async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    const dump = await readLog(dashboard.page);
    expect(dump.jobs).toHaveLength(1);
    expect(dump.entries).toHaveLength(12);
    const methods = Object.fromEntries(dump.entries.map((e) => [e.fieldKey, e.method]));
    expect(methods['#product']).toBe('edited');
    expect(methods['#customer_name']).toBe('autofilled');
    const everything = JSON.stringify(dump);
    for (const value of ['山田', 'taro.yamada', '5678', 'サンプル商事', '渋谷']) expect(everything).not.toContain(value);

    await expect(dashboard.count('#customer_name', 'autofilled').innerText()).resolves.toBe('1');
    await expect(dashboard.count('#product', 'edited').innerText()).resolves.toBe('1');
    await expect(dashboard.page.getByTestId('form-jobs').innerText()).resolves.toContain('1');

    const { name, bytes } = await dashboard.exportFile('export-fields-csv');
    expect(name).toMatch(/^tenki-fields-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('フォーム,項目,種類,自動入力,提案を修正,手入力,貼り付け,スキップ,合計,手入力文字数,修正率');
    expect(lines.slice(1, -1)).toHaveLength(12);
    expect(text).not.toMatch(/[^\r]\n/);
    const productRow = lines.find((l) => l.includes(',商品名,'));
    // autofilled, edited, typed, pasted, skipped, total
    expect(productRow?.split(',').slice(3, 9)).toEqual(['0', '1', '0', '0', '0', '1']);
  });
});
