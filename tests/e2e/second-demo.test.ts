// The second demo core system in real Chromium: a new hire's mail → the side panel's proposals in a plain-HTML HR form's formats → filled, read back, the value the page refuses flagged, nothing submitted.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { HrFormPage, MailPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

/** What the mail determines, in the form's own formats: 半角カナ, 和暦 元号 and year, date pieces without zeros, prefecture by code. */
const EXPECTED_TEXT = {
  family_name: '鈴木',
  given_name: '花子',
  name_kana: 'ｽｽﾞｷ ﾊﾅｺ',
  birth_era: 'H',
  birth_year: '7',
  birth_month: '7',
  birth_day: '14',
  hire_year: '2026',
  hire_month: '4',
  hire_day: '1',
  zip: '530-0001',
  pref: '27',
  address: '大阪市北区梅田3-1-3',
  tel: '090-2468-1357',
};
const MAIL_EMAIL = 'hanako.suzuki@example.com';
const MAIL_TITLE = '人事部 デモメール';

describe('new hire mail to the plain-HTML HR form', () => {
  let browser: ExtensionBrowser;
  let form: HrFormPage;
  let panel: SidePanelPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const demoUrl = inject('demoUrl');
    await MailPage.open(browser.context, demoUrl, 'hr-mail.html');
    form = await HrFormPage.open(browser.context, demoUrl);
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, form.page));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('proposes every value the mail determines in the form’s own format', async () => {
    await panel.waitForReview(MAIL_TITLE);
    await expect.poll(() => panel.valueOf('#family_name').inputValue(), { timeout: 15_000 }).toBe(EXPECTED_TEXT.family_name);
    for (const [id, value] of Object.entries(EXPECTED_TEXT)) {
      await expect(panel.valueOf(`#${id}`).inputValue(), id).resolves.toBe(value);
    }
    // The radio question by its choice's value (女性 = 2), the checkbox as a yes, the address the page will refuse as written in the mail.
    await expect(panel.valueOf('#sex_m').inputValue()).resolves.toBe('2');
    await expect(panel.valueOf('#commute').inputValue()).resolves.toBe('true');
    await expect(panel.valueOf('#email').inputValue()).resolves.toBe(MAIL_EMAIL);
    // Nothing in the mail determines the employee number or the remarks: no proposal, not included.
    for (const key of ['#emp_no', '#memo']) {
      await expect(panel.valueOf(key).inputValue()).resolves.toBe('');
      await expect(panel.row(key).getByTestId('tier-badge').count()).resolves.toBe(0);
    }
    await expect(panel.row('#name_kana').getByTestId('tier-badge').getAttribute('data-tier')).resolves.toBe('high');
    await expect(panel.row('#birth_era').getByTestId('tier-badge').getAttribute('data-tier')).resolves.toBe('high');
  });

  it('fills the form, reads every value back and flags the address the page threw away', async () => {
    await panel.autofill();

    const values = await form.values();
    expect(values).toMatchObject({ ...EXPECTED_TEXT, emp_no: '', memo: '', email: '' });
    const checked = await form.checked();
    expect(checked).toEqual({ sex_m: false, sex_f: true, sex_x: false, commute: true });
    // The page's own validation cleared the private address and said why.
    await expect(form.emailError().innerText()).resolves.toContain('社用メールアドレス');

    const statuses = Object.fromEntries(
      await panel.page.getByTestId('proposal-row').evaluateAll((rows) =>
        rows.flatMap((row) => {
          const status = row.querySelector('[data-testid="fill-status"]')?.getAttribute('data-status');
          return status ? [[row.getAttribute('data-key') ?? '', status]] : [];
        }),
      ),
    );
    expect(statuses['#email']).toBe('rejected');
    const others = Object.entries(statuses).filter(([key]) => key !== '#email');
    expect(others.map(([key]) => key).sort()).toEqual([...Object.keys(EXPECTED_TEXT).map((id) => `#${id}`), '#sex_m', '#commute'].sort());
    expect(new Set(others.map(([, status]) => status))).toEqual(new Set(['filled']));
    // The row says what the page holds instead, and the notice counts the refusal.
    await expect(panel.row('#email').locator('.rejected-note').innerText()).resolves.toContain('ページ側の値');
    await expect(panel.page.getByTestId('notice').innerText()).resolves.toContain('1 件の欄に値が反映されませんでした');
  });

  it('fills the clerk’s corrected address alone, which the page keeps', async () => {
    const companyEmail = 'hanako.suzuki@tenki-demo.co.jp';
    await panel.valueOf('#email').fill(companyEmail);
    await panel.row('#email').getByTestId('fill-one').click();
    await expect.poll(() => panel.row('#email').getByTestId('fill-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('filled');
    await expect(form.page.locator('#email').inputValue()).resolves.toBe(companyEmail);
    await expect(form.emailError().innerText()).resolves.toBe('');
    // The other fields keep what the first fill put in.
    await expect(form.values()).resolves.toMatchObject(EXPECTED_TEXT);
  });

  it('never submits the form', async () => {
    await expect(form.submitted()).resolves.toBe(false);
    await expect(form.page.locator('#submitted').isHidden()).resolves.toBe(true);
    expect(new URL(form.page.url()).pathname).toMatch(/\/hr-form\.html$/);
  });
});
