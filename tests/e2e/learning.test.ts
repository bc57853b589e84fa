// Learning in real Chromium: a correction made in the side panel is remembered, applied to the next email of the same template, shared as a profile, and forgotten when deleted.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';
import { MailPage, OrderPage } from './pages/demo-pages';
import { SidePanelPage } from './pages/extension-pages';

/** The panel's learned-rules section. */
class RulesSection {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    const details = this.page.getByTestId('rules-card').locator('details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await this.page.getByTestId('rules-toggle').click();
  }

  rows(): Locator {
    return this.page.getByTestId('rule-row');
  }

  async exportProfile(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('profile-export').click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Chooses a profile file and returns what the panel says about it (every message names the file). */
  async importProfile(name: string, text: string): Promise<string> {
    await this.page.getByTestId('profile-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = this.page.getByTestId('profile-notice').filter({ hasText: name });
    await notice.waitFor();
    return notice.innerText();
  }
}

/** Every rule the extension holds, read from its database as stored. */
function storedRules(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('tenki');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('rules').objectStore('rules').getAll();
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('a correction becomes a rule for the next email of the same template', () => {
  let browser: ExtensionBrowser;
  let order: OrderPage;
  let panel: SidePanelPage;
  let rules: RulesSection;
  let profile: string;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    await MailPage.open(browser.context, inject('demoUrl'));
    order = await OrderPage.open(browser.context, inject('demoUrl'));
    panel = await SidePanelPage.openFor(browser.context, browser.extensionId, await tabIdOf(browser.worker, order.page));
    rules = new RulesSection(panel.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('remembers which source field the clerk took instead of the proposal when the clerk fills', async () => {
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('山田 太郎');
    await rules.open();
    await expect(rules.rows().count()).resolves.toBe(0);

    // In this department the customer of record is the company: the clerk puts 会社名 into お名前.
    await panel.valueOf('#customer_name').fill('株式会社サンプル商事');
    await panel.autofill();
    await expect(order.state()).resolves.toMatchObject({ customer_name: '株式会社サンプル商事', company: '株式会社サンプル商事' });

    await expect.poll(() => rules.rows().count(), { timeout: 10_000 }).toBe(1);
    await expect(rules.rows().first().getAttribute('data-key')).resolves.toBe('#customer_name');
    await expect(rules.rows().first().innerText()).resolves.toContain('お名前 ← 会社名');
    const stored = await storedRules(panel.page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ targetKey: '#customer_name', action: { kind: 'source', label: '会社名', occurrence: 0 } });
    for (const value of ['サンプル商事', '山田', 'taro', '5678']) expect(JSON.stringify(stored)).not.toContain(value);
  });

  it('proposes the corrected source field for a new email of the same template, saying the rule decided it', async () => {
    await MailPage.open(browser.context, inject('demoUrl'), 'mail-2.html');
    // A real side panel stays in view beside the tab; the panel opened as a tab is brought back in front.
    await panel.page.bringToFront();
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 15_000 }).toBe('株式会社みどり物産');
    const row = panel.row('#customer_name');
    await expect(row.getByTestId('tier-badge').getAttribute('data-tier')).resolves.toBe('high');
    await expect(row.getByTestId('reason').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).resolves.toEqual(['learnedRule']);
    // Everything else is the new email's, as the mapper proposes it.
    await expect(panel.valueOf('#company').inputValue()).resolves.toBe('株式会社みどり物産');
    await expect(panel.valueOf('#email').inputValue()).resolves.toBe('hanako.sato@midori-bussan.example.jp');
    await expect(panel.valueOf('#quantity').inputValue()).resolves.toBe('3');

    await panel.autofill();
    await expect(order.state()).resolves.toMatchObject({ customer_name: '株式会社みどり物産', company: '株式会社みどり物産', pref: '27', quantity: '3' });
    // Accepting the rule's proposal teaches nothing new.
    await expect(storedRules(panel.page)).resolves.toHaveLength(1);
  });

  it('exports the rule as a profile file', async () => {
    profile = await rules.exportProfile();
    const data = JSON.parse(profile);
    expect(data).toMatchObject({ format: 'tenki-mapping-profile', version: 1 });
    expect(data.rules).toHaveLength(1);
    expect(profile).not.toContain('みどり');
  });

  it('goes back to the default proposal when the clerk deletes the rule', async () => {
    await rules.rows().first().getByTestId('rule-delete').click();
    await expect.poll(() => rules.rows().count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 10_000 }).toBe('佐藤 花子');
    await expect(panel.row('#customer_name').getByTestId('reason').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).resolves.not.toContain('learnedRule');
  });

  it('refuses a bad profile with a clear message, changing nothing, and imports a good one', async () => {
    // The exported profile, edited to carry a value: refused whole.
    const tampered = JSON.parse(profile);
    tampered.rules[0].value = '佐藤 花子';
    const refused = await rules.importProfile('tampered.json', JSON.stringify(tampered));
    expect(refused).toBe('「tampered.json」の 1 件目のルールが正しくありません（value）。何も変更していません。');
    await expect(storedRules(panel.page)).resolves.toHaveLength(0);

    await expect(rules.importProfile('tenki-profile.json', profile)).resolves.toBe('「tenki-profile.json」から 1 件のルールを読み込みました（新規 1 件、更新 0 件）。');
    await expect.poll(() => panel.valueOf('#customer_name').inputValue(), { timeout: 10_000 }).toBe('株式会社みどり物産');
    await expect(rules.rows().count()).resolves.toBe(1);
  });
});
