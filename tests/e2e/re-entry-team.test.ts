// The evidence a team lead sees, end to end in real Chromium: one clerk types a source value by hand into a registered core-system form, another pastes one, neither uses autofill; each dashboard counts the right method for the right field, unrelated typing counts nothing, and the merged team view and its CSV say the same.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { DashboardPage, SidePanelPage } from './pages/extension-pages';

const browsers: ExtensionBrowser[] = [];

afterAll(async () => {
  for (const b of browsers) await b.close();
});

/** One clerk's browser: the order mail viewed on localhost, the order form on 127.0.0.1 registered as a core system with the panel's toggle. */
async function clerk(): Promise<{ browser: ExtensionBrowser; order: OrderPage }> {
  const browser = await launchWithExtension(inject('extensionDir'));
  browsers.push(browser);
  const mailUrl = new URL('mail.html', inject('demoUrl'));
  mailUrl.hostname = 'localhost';
  await MailPage.open(browser.context, mailUrl.href);
  const order = await OrderPage.open(browser.context, inject('demoUrl'));
  const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
  await panel.page.getByTestId('core-system-toggle').check({ timeout: 15_000 });
  await panel.page.close();
  await order.page.bringToFront();
  return { browser, order };
}

/** Types text into a field as a person does, and leaves it. */
async function typeInto(order: OrderPage, selector: string, text: string): Promise<void> {
  await order.page.click(selector);
  await order.page.keyboard.type(text);
  await order.page.keyboard.press('Tab');
}

/** The dashboard, waiting until a field shows the expected count for a method. */
async function expectCount(dashboard: DashboardPage, key: string, method: 'typed' | 'pasted', n: number): Promise<void> {
  await expect.poll(async () => ((await dashboard.count(key, method).count()) ? dashboard.number(dashboard.count(key, method)) : 0), { timeout: 15_000 }).toBe(n);
}

const csvLines = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.split('\r\n').slice(0, -1);
};

describe('manual re-entry as evidence for the team lead', () => {
  let typist: { browser: ExtensionBrowser; order: OrderPage };
  let paster: { browser: ExtensionBrowser; order: OrderPage };
  let typistDashboard: DashboardPage;
  let pasterExport: Buffer;

  it('counts a value one clerk types by hand as typed for that field, and unrelated typing as nothing', async () => {
    typist = await clerk();
    await typeInto(typist.order, '#company', '株式会社サンプル商事');
    await typeInto(typist.order, '#product', '来週の会議室予約');
    typistDashboard = await DashboardPage.open(typist.browser.context, typist.browser.extensionId);
    await expectCount(typistDashboard, '#company', 'typed', 1);
    const totals = await typistDashboard.totals();
    expect(totals.entries).toBe(1);
    expect(totals.byMethod).toMatchObject({ typed: 1, pasted: 0, autofilled: 0 });
    expect(await typistDashboard.count('#product', 'typed').count()).toBe(0);
  });

  it('counts a value another clerk pastes as pasted for that field', async () => {
    paster = await clerk();
    const page = paster.order.page;
    await paster.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('demoUrl')).origin });
    await page.evaluate(() => navigator.clipboard.writeText('taro.yamada@example.co.jp'));
    await page.click('#email');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Tab');
    await typeInto(paster.order, '#product', 'テスト入力');
    const dashboard = await DashboardPage.open(paster.browser.context, paster.browser.extensionId);
    await expectCount(dashboard, '#email', 'pasted', 1);
    expect((await dashboard.totals()).byMethod).toMatchObject({ typed: 0, pasted: 1 });
    await dashboard.setClerkName('佐藤');
    pasterExport = (await dashboard.exportFile('export-json')).bytes;
  });

  it('merges the second clerk into the first one\'s dashboard once, and the CSV says the same', async () => {
    const file = { name: 'tenki-log-paster.json', mimeType: 'application/json', buffer: pasterExport };
    const [first] = await typistDashboard.import([file]);
    expect(first?.status).toBe('added');
    expect(first?.text).toContain('佐藤');
    await expectCount(typistDashboard, '#email', 'pasted', 1);
    const [again] = await typistDashboard.import([file]);
    expect(again?.status).toBe('already');
    await expectCount(typistDashboard, '#email', 'pasted', 1);
    await expectCount(typistDashboard, '#company', 'typed', 1);
    const totals = await typistDashboard.totals();
    expect([totals.entries, totals.byMethod.typed, totals.byMethod.pasted]).toEqual([2, 1, 1]);

    const entries = csvLines((await typistDashboard.exportFile('export-entries-csv')).bytes);
    expect(entries[0]).toBe('日時,担当者,フォーム,転記元,項目,項目キー,種類,入力方法,文字数,確度,修正あり');
    const rows = entries.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => [r[5], r[7], r[8]]).sort()).toEqual([
      ['#company', '手入力', '10'],
      ['#email', '貼り付け', '25'],
    ]);
    // Each row under its clerk: this browser's as 自分, the colleague by the name they gave.
    expect(rows.map((r) => [r[5], r[1]]).sort()).toEqual([
      ['#company', '自分'],
      ['#email', '佐藤'],
    ]);
    for (const value of ['サンプル商事', 'taro.yamada', '会議室']) expect(entries.join('\n')).not.toContain(value);

    const fields = csvLines((await typistDashboard.exportFile('export-fields-csv')).bytes);
    expect(fields[0]).toBe('フォーム,項目,種類,自動入力,提案を修正,手入力,貼り付け,スキップ,合計,手入力文字数,修正率');
    // Per field: autofilled, edited, typed, pasted, skipped, total.
    expect(fields.slice(1).map((line) => line.split(',').slice(3, 9).join(',')).sort()).toEqual(['0,0,0,1,0,1', '0,0,1,0,0,1']);
  });
});
