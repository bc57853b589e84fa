// The side panel's review in real Chromium: edit before the fill, fill one field, statuses, a panel closed and reopened mid-review, the keyboard path, and undo back to what the form held.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

const EDITED_PRODUCT = 'オフィスチェア KX-200（ブラック）';
const CLERK_COMPANY = '旧サンプル商事';
// A pasted order whose customer details are only in the signature: the panel proposes them low, the e-mail medium, the order lines high.
const SIGNED_ORDER = `お世話になっております。下記の通り注文いたします。

ご注文者：山田 太郎
商品：オフィスチェア KX-200
数量：2
連絡先：taro.yamada@example.co.jp

--
株式会社サンプル商事
総務部 山田 太郎
〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ12F
TEL 03-1234-5678`;

async function screenshot(panel: SidePanelPage, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  mkdirSync('docs/screenshots', { recursive: true });
  // The whole panel in one viewport, so the sticky action bar sits at the bottom as the clerk sees it.
  const height = await panel.page.evaluate(() => document.documentElement.scrollHeight);
  await panel.page.setViewportSize({ width: 360, height });
  await panel.page.screenshot({ path: `docs/screenshots/${name}.png` });
  await panel.page.setViewportSize({ width: 360, height: 900 });
}

/** A review with proposals of all three tiers, before and after a fill that includes one low proposal the clerk ticked. */
async function reviewAllTiers(panel: SidePanelPage, locale: 'ja' | 'en'): Promise<void> {
  await panel.pasteText(SIGNED_ORDER);
  await expect.poll(async () => (await panel.tiers())['#company'], { timeout: 15_000 }).toBe('low');
  const tiers = await panel.tiers();
  expect(new Set(Object.values(tiers))).toEqual(new Set(['high', 'medium', 'low']));
  // Low proposals wait for the clerk; high and medium ones are ticked.
  await expect(panel.row('#company').getByTestId('proposal-include').isChecked()).resolves.toBe(false);
  await expect(panel.row('#email').getByTestId('proposal-include').isChecked()).resolves.toBe(true);
  await screenshot(panel, `sidepanel-review-${locale}`);
  await panel.row('#company').getByTestId('proposal-include').check();
  await panel.autofill();
  const statuses = await panel.statuses();
  expect(statuses['#company']).toBe('filled');
  expect(statuses['#email']).toBe('filled');
  expect(statuses['#zip']).toBeUndefined();
  await screenshot(panel, `sidepanel-after-fill-${locale}`);
}

async function openReview(locale: 'ja' | 'en'): Promise<{ browser: ExtensionBrowser; mail: MailPage; order: OrderPage; panel: SidePanelPage }> {
  const browser = await launchWithExtension(inject('extensionDir'), { locale });
  const demoUrl = inject('demoUrl');
  const mail = await MailPage.open(browser.context, demoUrl);
  const order = await OrderPage.open(browser.context, demoUrl);
  const panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
  await panel.page.setViewportSize({ width: 360, height: 900 });
  // Hooks cannot poll with expect: wait in the page until the proposals are in.
  await panel.page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('[data-key="#customer_name"] [data-testid="proposal-value"]')?.value === '山田 太郎',
    undefined,
    { timeout: 15_000 },
  );
  return { browser, mail, order, panel };
}

describe('side panel review (Japanese)', () => {
  let browser: ExtensionBrowser;
  let mail: MailPage;
  let order: OrderPage;
  let panel: SidePanelPage;

  beforeAll(async () => {
    ({ browser, mail, order, panel } = await openReview('ja'));
    // What the clerk had already typed into the form: undo must bring it back.
    await order.page.locator('#company').fill(CLERK_COMPANY);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every proposal with its tier, reason on demand, skip checkbox and its own fill button', async () => {
    const tiers = await panel.tiers();
    expect(Object.keys(tiers).length).toBeGreaterThanOrEqual(12);
    // From the narrowest to the widest side panel, nothing runs off to the side.
    for (const width of [320, 600]) {
      await panel.page.setViewportSize({ width, height: 900 });
      await expect(panel.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
    }
    await panel.page.setViewportSize({ width: 360, height: 900 });
    const row = panel.row('#customer_name');
    await expect(row.getByTestId('proposal-include').isChecked()).resolves.toBe(true);
    await expect(row.getByTestId('fill-one').getAttribute('aria-label')).resolves.toContain('お名前');
    await expect(row.getByTestId('reason').first().isVisible()).resolves.toBe(false);
    await row.locator('summary').click();
    await expect(row.getByTestId('reason').first().isVisible()).resolves.toBe(true);
  });

  it('outlines a source field in the mail while the clerk hovers it', async () => {
    const outlined = () => mail.page.locator('[data-tenki-source]').count();
    await panel.sourceFields().filter({ hasText: 'taro.yamada@example.co.jp' }).hover();
    await expect.poll(outlined, { timeout: 5_000 }).toBe(1);
    await panel.page.getByTestId('target-title').hover();
    await expect.poll(outlined, { timeout: 5_000 }).toBe(0);
  });

  it('fills one edited field alone, into the app’s own state, and shows its status', async () => {
    await panel.valueOf('#product').fill(EDITED_PRODUCT);
    await panel.fillOne('#product');
    const state = await order.state();
    expect(state.product).toBe(EDITED_PRODUCT);
    expect(state.customer_name).toBe('');
    expect(state.company).toBe(CLERK_COMPANY);
    await expect(panel.statuses()).resolves.toEqual({ '#product': 'filled' });
  });

  it('keeps edits, statuses and undo when the panel is closed and reopened mid-review', async () => {
    await panel.valueOf('#quantity').fill('3');
    const tabId = await tabIdOf(browser.worker, order.page);
    await panel.page.close();
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, tabId);
    await panel.page.setViewportSize({ width: 360, height: 900 });
    await expect.poll(() => panel.valueOf('#quantity').inputValue(), { timeout: 15_000 }).toBe('3');
    await expect(panel.valueOf('#product').inputValue()).resolves.toBe(EDITED_PRODUCT);
    await expect(panel.statuses()).resolves.toEqual({ '#product': 'filled' });
    await expect(panel.page.getByTestId('undo').isVisible()).resolves.toBe(true);
  });

  it('fills the approved fields by keyboard alone, with the focus visible, and shows a status per field', async () => {
    await panel.page.locator('body').click({ position: { x: 1, y: 1 } });
    let focus = await panel.focused();
    for (let i = 0; i < 200 && focus.testId !== 'autofill'; i++) {
      await panel.page.keyboard.press('Tab');
      focus = await panel.focused();
    }
    expect(focus).toMatchObject({ testId: 'autofill', visible: true });
    await panel.page.keyboard.press('Enter');
    await panel.page.getByTestId('notice').waitFor();
    const state = await order.state();
    expect(state).toMatchObject({ customer_name: '山田 太郎', company: '株式会社サンプル商事', product: EDITED_PRODUCT, quantity: '3', tel3: '5678' });
    const statuses = await panel.statuses();
    expect(Object.keys(statuses).length).toBeGreaterThanOrEqual(12);
    expect(new Set(Object.values(statuses))).toEqual(new Set(['filled']));
  });

  it('fills one field with Space on its button', async () => {
    await panel.valueOf('#note').fill('午前着');
    await panel.row('#note').getByTestId('fill-one').focus();
    await panel.page.keyboard.press('Space');
    await expect.poll(async () => (await order.state()).note).toBe('午前着');
  });

  it('undo puts back what the form held before the job’s fills', async () => {
    await panel.undo();
    const state = await order.state();
    expect(state).toMatchObject({ company: CLERK_COMPANY, product: '', customer_name: '', quantity: '', note: '', tel1: '' });
    await expect(panel.statuses()).resolves.toEqual({});
    await expect(panel.page.getByTestId('notice').innerText()).resolves.toContain('戻しました');
    // The clerk's edits in the panel stay, ready for another fill.
    await expect(panel.valueOf('#product').inputValue()).resolves.toBe(EDITED_PRODUCT);
  });

  it('takes another source field for a field, in the field’s format', async () => {
    const picker = panel.row('#note').getByTestId('proposal-source');
    const option = await picker.locator('option', { hasText: 'taro.yamada@example.co.jp' }).getAttribute('value');
    await picker.selectOption(option!);
    await expect(panel.valueOf('#note').inputValue()).resolves.toBe('taro.yamada@example.co.jp');
    // By keyboard, the arrow keys move on from the field now chosen to the next one.
    const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await expect(picker.inputValue()).resolves.toBe(option);
    await picker.focus();
    await panel.page.keyboard.press('ArrowDown');
    await expect.poll(() => picker.inputValue()).toBe(options[options.indexOf(option!) + 1]);
    await expect(panel.valueOf('#note').inputValue()).resolves.not.toBe('taro.yamada@example.co.jp');
  });

  it('shows proposals of all three tiers and their statuses after a fill', async () => {
    await reviewAllTiers(panel, 'ja');
  });
});

describe('side panel review (English)', () => {
  let browser: ExtensionBrowser;
  let panel: SidePanelPage;

  beforeAll(async () => {
    ({ browser, panel } = await openReview('en'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('labels every control in English, with proposals of all three tiers and their statuses after a fill', async () => {
    await expect(panel.row('#customer_name').getByTestId('fill-one').getAttribute('aria-label')).resolves.toMatch(/^Fill only/);
    await reviewAllTiers(panel, 'en');
    await expect(panel.page.getByTestId('undo').innerText()).resolves.toBe('Undo');
  });
});
