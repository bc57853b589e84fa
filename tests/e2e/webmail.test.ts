// The open message of pages laid out like Gmail and Outlook on the web, in real Chromium: only its own fields reach the panel, not the thread list, the quoted earlier message or the signature.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

const CASES = [
  {
    path: 'webmail/gmail.html',
    fields: [
      ['お名前', '高橋 誠'],
      ['フリガナ', 'タカハシ マコト'],
      ['会社名', '株式会社北斗精機'],
      ['郵便番号', '〒060-0042'],
      ['住所', '北海道札幌市中央区大通西4-1 大通ビル5F'],
      ['電話番号', '011-222-3344'],
      ['メールアドレス', 'makoto.takahashi@example.co.jp'],
      ['商品名', 'スチール書庫 SS-900'],
      ['数量', '4'],
    ],
    proposals: { pref: '01', address: '札幌市中央区大通西4-1 大通ビル5F', tel1: '011', tel2: '222', tel3: '3344', product: 'スチール書庫 SS-900', quantity: '4' },
  },
  {
    path: 'webmail/outlook.html',
    fields: [
      ['お名前', '中村 美咲'],
      ['フリガナ', 'ナカムラ ミサキ'],
      ['会社名', '株式会社ひかり電機'],
      ['郵便番号', '〒460-0008'],
      ['住所', '愛知県名古屋市中区栄3-5-12 栄センタービル7F'],
      ['電話番号', '052-241-8800'],
      ['メールアドレス', 'misaki.nakamura@example.jp'],
      ['商品名', 'ホワイトボード WB-1200'],
      ['数量', '6'],
    ],
    proposals: { pref: '23', address: '名古屋市中区栄3-5-12 栄センタービル7F', tel1: '052', tel2: '241', tel3: '8800', product: 'ホワイトボード WB-1200', quantity: '6' },
  },
];

describe.each(CASES)('$path', ({ path, fields, proposals }) => {
  let browser: ExtensionBrowser;
  let panel: SidePanelPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    await MailPage.open(browser.context, inject('demoUrl'), path);
    const order = await OrderPage.open(browser.context, inject('demoUrl'));
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows exactly the open message’s fields', async () => {
    await expect.poll(() => panel.sourcePairs(), { timeout: 15_000 }).toEqual(fields);
    await expect(panel.sourceKind()).resolves.toBe('page');
  });

  it('proposes the open message’s values, not the quoted ones', async () => {
    const [first, ...rest] = Object.entries(proposals);
    await expect.poll(() => panel.valueOf(`#${first![0]}`).inputValue(), { timeout: 15_000 }).toBe(first![1]);
    for (const [name, value] of rest) await expect(panel.valueOf(`#${name}`).inputValue(), name).resolves.toBe(value);
  });
});
