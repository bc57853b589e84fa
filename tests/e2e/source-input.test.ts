// Sources that no tab shows, in real Chromium: a mail file chosen or dropped onto the side panel, pasted mail text, and files that cannot be read.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { OrderPage } from './pages/demo-pages';
import { SidePanelPage, type SourceFilePayload } from './pages/extension-pages';

const ORDER_EML: SourceFilePayload = {
  name: 'order-iso2022jp.eml',
  mimeType: 'message/rfc822',
  buffer: readFileSync('tests/fixtures/mail/order-iso2022jp.eml'),
};

const EML_FIELDS = [
  ['お名前', '佐藤 花子'],
  ['フリガナ', 'サトウ ハナコ'],
  ['会社名', '株式会社みなと物産'],
  ['郵便番号', '〒530-0001'],
  ['住所', '大阪府大阪市北区梅田1-2-3 梅田スカイビル8F'],
  ['電話番号', '06-6345-7890'],
  ['メールアドレス', 'hanako.sato@example.co.jp'],
  ['商品名', '会議用テーブル MT-1800'],
  ['数量', '3'],
  // The signature of a mail to the office's desk is the customer's own block.
  ['氏名', '佐藤 花子'],
  ['会社名', '株式会社みなと物産'],
  ['部署', '購買部'],
];
const EML_PROPOSALS = {
  customer_name: '佐藤 花子',
  customer_kana: 'サトウ ハナコ',
  company: '株式会社みなと物産',
  zip: '530-0001',
  pref: '27',
  address: '大阪市北区梅田1-2-3 梅田スカイビル8F',
  tel1: '06',
  tel2: '6345',
  tel3: '7890',
  email: 'hanako.sato@example.co.jp',
  product: '会議用テーブル MT-1800',
  quantity: '3',
};

// Markup in the text must reach the panel as characters, never as elements.
const PASTED_NOTE = '<b>午前中</b>着希望';
const PASTED = `受注ご担当者様

お世話になっております。あおば建設の鈴木です。

お名前：鈴木 一郎
フリガナ：スズキ イチロウ
会社名：株式会社あおば建設
郵便番号：231-0023
住所：神奈川県横浜市中区山下町1-1
電話番号：045-671-2121
メールアドレス：ichiro.suzuki@example.jp
商品名：デスクライト DL-50
数量：12
備考：${PASTED_NOTE}

よろしくお願いいたします。`;
const PASTED_PROPOSALS = { customer_name: '鈴木 一郎', pref: '14', tel1: '045', tel2: '671', tel3: '2121', quantity: '12' };

/** Deterministic noise, so a failure can be replayed byte for byte. */
function noise(length: number): Buffer {
  let seed = 20250522;
  return Buffer.from(Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
}

describe('a mail file or pasted text as the source', () => {
  let browser: ExtensionBrowser;
  let panel: SidePanelPage;

  async function expectProposals(expected: Record<string, string>): Promise<void> {
    const [first, ...rest] = Object.entries(expected);
    await expect.poll(() => panel.valueOf(`#${first![0]}`).inputValue(), { timeout: 15_000 }).toBe(first![1]);
    for (const [name, value] of rest) await expect(panel.valueOf(`#${name}`).inputValue(), name).resolves.toBe(value);
  }

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const order = await OrderPage.open(browser.context, inject('demoUrl'));
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    await panel.page.getByTestId('source-empty').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads pasted mail text into fields and proposals, as text', async () => {
    await panel.pasteText(PASTED);
    await expect.poll(() => panel.sourceKind(), { timeout: 15_000 }).toBe('text');
    const pairs = await panel.sourcePairs();
    expect(pairs).toHaveLength(10);
    expect(pairs).toContainEqual(['お名前', '鈴木 一郎']);
    expect(pairs).toContainEqual(['備考', PASTED_NOTE]);
    await expect(panel.sourceFields().locator('b').count()).resolves.toBe(0);
    await expect(panel.page.getByTestId('source-paste-text').count()).resolves.toBe(0);
    await expectProposals(PASTED_PROPOSALS);
  });

  it('reads an ISO-2022-JP .eml chosen with the file button', async () => {
    await panel.chooseFile(ORDER_EML);
    await expect.poll(() => panel.sourceKind(), { timeout: 15_000 }).toBe('file');
    await expect(panel.page.getByTestId('source-kind').innerText()).resolves.toContain('order-iso2022jp.eml');
    await expect(panel.page.getByTestId('source-title').innerText()).resolves.toBe('【ご注文】会議用テーブルの件');
    await expect(panel.sourcePairs()).resolves.toEqual(EML_FIELDS);
    await expectProposals(EML_PROPOSALS);
  });

  it('reads the same file dropped onto the panel', async () => {
    await panel.pasteText(PASTED);
    await expect.poll(() => panel.sourceKind(), { timeout: 15_000 }).toBe('text');
    await panel.dropFile(ORDER_EML);
    await expect.poll(() => panel.sourceKind(), { timeout: 15_000 }).toBe('file');
    await expect(panel.sourcePairs()).resolves.toEqual(EML_FIELDS);
    await expectProposals(EML_PROPOSALS);
  });

  it('explains a file it cannot read and keeps the current source', async () => {
    const before = await panel.sourcePairs();
    expect(before).toEqual(EML_FIELDS);

    await panel.dropFile({ name: 'order.msg', mimeType: 'application/vnd.ms-outlook', buffer: noise(4096) });
    await expect(panel.sourceError().innerText()).resolves.toContain('order.msg');
    await expect(panel.sourceError().innerText()).resolves.toContain('転記元は変更していません');

    await panel.chooseFile({ name: 'empty.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(0) });
    await expect.poll(() => panel.sourceError().innerText()).toContain('empty.eml');
    await expect(panel.sourceError().innerText()).resolves.toContain('空のファイル');

    await expect(panel.sourceKind()).resolves.toBe('file');
    await expect(panel.sourcePairs()).resolves.toEqual(before);
    await expectProposals(EML_PROPOSALS);

    await panel.chooseFile(ORDER_EML);
    await expect.poll(() => panel.sourceError().count()).toBe(0);
  });
});
