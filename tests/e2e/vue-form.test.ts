// The Vue 3 demo form in real Chromium: the order mail → the side panel → a form whose v-model state gets every value, and whose phone watcher's rewrite shows as "changed by the page".
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';
import type { CustomerState } from '../fixtures/demo/vue-form';

const FROM_MAIL = {
  customer_name: '山田 太郎',
  pref: '13',
  email: 'taro.yamada@example.co.jp',
};
/** The mail says nothing about these: the clerk sets them in the panel before the fill. */
const CLERK_SET = { '#customer_type_corp': 'corporate', '#newsletter': 'true', '#registered_on': '2026-11-24' };

describe('order mail to the Vue 3 customer form', () => {
  let browser: ExtensionBrowser;
  let form: Page;
  let panel: SidePanelPage;
  const vueState = async () => JSON.parse(await form.getByTestId('vue-state').innerText()) as CustomerState;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const demoUrl = inject('demoUrl');
    await MailPage.open(browser.context, demoUrl);
    form = await browser.context.newPage();
    await form.goto(new URL('vue-form.html', demoUrl).href);
    await form.waitForSelector('#customer_name');
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, form));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fills the Vue form so that its reactive state holds every value, and flags the number the page rewrote', async () => {
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe(FROM_MAIL.customer_name);
    for (const [id, value] of Object.entries(FROM_MAIL)) await expect(panel.valueOf(`#${id}`).inputValue(), id).resolves.toBe(value);
    await expect(panel.valueOf('#tel').inputValue()).resolves.toBe('03-1234-5678');
    for (const [key, value] of Object.entries(CLERK_SET)) await panel.valueOf(key).fill(value);

    await panel.autofill();

    await expect.poll(async () => (await vueState()).registered_on, { timeout: 10_000 }).toBe('2026-11-24');
    const state = await vueState();
    expect(state).toMatchObject({ ...FROM_MAIL, tel: '0312345678', customer_type: 'corporate', newsletter: true, registered_on: '2026-11-24' });
    // The DOM agrees with Vue's state.
    await expect(form.locator('#pref').inputValue()).resolves.toBe('13');
    await expect(form.locator('#tel').inputValue()).resolves.toBe('0312345678');
    await expect(form.locator('#customer_type_corp').isChecked()).resolves.toBe(true);
    await expect(form.locator('#customer_type_ind').isChecked()).resolves.toBe(false);
    await expect(form.locator('#newsletter').isChecked()).resolves.toBe(true);
    await expect(form.locator('#registered_on').inputValue()).resolves.toBe('2026-11-24');

    const statuses = Object.fromEntries(
      await panel.page.getByTestId('proposal-row').evaluateAll((rows) =>
        rows.flatMap((row) => {
          const status = row.querySelector('[data-testid="fill-status"]')?.getAttribute('data-status');
          return status ? [[row.getAttribute('data-key') ?? '', status]] : [];
        }),
      ),
    );
    expect(statuses['#tel']).toBe('changed');
    for (const key of [...Object.keys(FROM_MAIL).map((id) => `#${id}`), ...Object.keys(CLERK_SET)]) expect(statuses[key], key).toBe('filled');
    // Every filled field that Vue's state holds as the panel proposed it reads back as filled.
    const filledKeys = Object.entries(statuses).filter(([, s]) => s === 'filled').map(([k]) => k.slice(1));
    for (const key of filledKeys) {
      if (key.startsWith('customer_type') || key === 'newsletter') continue;
      expect(state[key as keyof CustomerState], key).toBe(await panel.valueOf(`#${key}`).inputValue());
    }
    expect(Object.values(statuses).filter((s) => s !== 'filled' && s !== 'changed')).toEqual([]);
  });
});
