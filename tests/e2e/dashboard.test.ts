// The team lead's dashboard in real Chromium: two clerks' exports merged without double counting, bad files refused,
// the period filter, CSV for Japanese Excel, JSON that imports again, retention, forget everything, and the team view.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLogExport } from '../../utils/log/transfer';
import { teamExports } from '../fixtures/log/team';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { DashboardPage, type SourceFilePayload } from './pages/extension-pages';

// Callbacks passed to page.evaluate run in the dashboard, an extension page, where `chrome` is the extension API.
declare const chrome: typeof browser;

const ORDER = 'a1b2c3d4';
const CUSTOMER = 'c5d6e7f8';

const fixture = (name: string): SourceFilePayload => ({ name, mimeType: 'application/json', buffer: readFileSync(`tests/fixtures/log/${name}`) });
const json = (name: string, data: unknown): SourceFilePayload => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

/** Rows in the extension's database, as stored. */
function stored(page: Page): Promise<{ jobs: number; entries: number; days: number; meta: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('tenki');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const names = ['jobs', 'entries', 'days', 'meta'] as const;
          const tx = req.result.transaction([...names]);
          const counts = names.map((n) => tx.objectStore(n).count());
          tx.oncomplete = () => {
            resolve(Object.fromEntries(names.map((n, i) => [n, counts[i]!.result])) as { jobs: number; entries: number; days: number; meta: number });
            req.result.close();
          };
        };
      }),
  );
}

/** Whole local days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  const at = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return Date.UTC(y!, m! - 1, day!);
  };
  return Math.round((at(to) - at(from)) / 86_400_000);
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A CSV download as Excel reads it: BOM, CRLF only, and the rows split into cells (no cell of these files holds a comma). */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).not.toMatch(/[^\r]\n/);
  const lines = text.split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1).map((l) => l.split(','));
}

describe('dashboard: merging clerks’ exports', () => {
  let browser: ExtensionBrowser;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'), { locale: 'ja' });
    dashboard = await DashboardPage.open(browser.context, browser.extensionId);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts empty, with the import at hand', async () => {
    await expect(dashboard.empty().isVisible()).resolves.toBe(true);
    await expect(dashboard.page.getByTestId('import-files').count()).resolves.toBe(1);
  });

  it('imports two clerks’ exports into one team view with the right totals and per-field counts', async () => {
    const results = await dashboard.import([fixture('clerk-a.json'), fixture('clerk-b.json')]);
    expect(results.map((r) => r.status)).toEqual(['added', 'added']);
    expect(results[0]!.text).toContain('clerk-a.json');
    expect(results[0]!.text).toContain('c-aaaaaaaa11111111');
    await dashboard.selectPeriod('all');
    await expect.poll(() => dashboard.totals()).toEqual({
      jobs: 4,
      entries: 11,
      manualChars: 58,
      byMethod: { autofilled: 2, edited: 1, typed: 4, pasted: 2, skipped: 2 },
    });
    await expect(dashboard.page.getByTestId('team-view').innerText()).resolves.toContain('2');
    await expect(dashboard.count('#customer_name', 'typed', ORDER).innerText()).resolves.toBe('2');
    await expect(dashboard.count('#customer_name', 'edited', ORDER).innerText()).resolves.toBe('1');
    await expect(dashboard.count('#customer_name', 'total', ORDER).innerText()).resolves.toBe('3');
    await expect(dashboard.count('#tel', 'pasted', ORDER).innerText()).resolves.toBe('2');
    await expect(dashboard.count('#tel', 'typed', ORDER).innerText()).resolves.toBe('1');
    await expect(dashboard.count('#name', 'typed', CUSTOMER).innerText()).resolves.toBe('1');
    await expect(dashboard.page.locator(`[data-testid="form-counts"][data-form="${ORDER}"] [data-testid="form-jobs"]`).getAttribute('data-jobs')).resolves.toBe('3');
    // The order flow: three jobs by two clerks.
    const flow = dashboard.page.locator(`[data-testid="flow-row"][data-form="${ORDER}"]`);
    await expect(flow.getByTestId('flow-jobs').innerText()).resolves.toBe('3');
    await expect(flow.getByTestId('flow-clerks').innerText()).resolves.toBe('2');
    // Seven values keyed by hand into the order form from the same mail template: a candidate with its reason in one line.
    const integrate = dashboard.candidates().and(dashboard.page.locator('[data-code="integrate"]'));
    await expect(integrate.innerText()).resolves.toMatch(/^1?\s*「mail\.google\.com: お名前・電話番号・商品名」から「受注登録」へ 6 項目を手で転記（3 件、主に [^）]+）— システム連携の候補$/);
  });

  it('counts nothing twice when the same file is imported again', async () => {
    const [result] = await dashboard.import([fixture('clerk-a.json')]);
    expect(result!.status).toBe('already');
    expect(result!.text).toContain('取り込み済み');
    const totals = await dashboard.totals();
    expect(totals.jobs).toBe(4);
    expect(totals.entries).toBe(11);
    await expect(dashboard.count('#customer_name', 'typed', ORDER).innerText()).resolves.toBe('2');
  });

  it('refuses a corrupt file, a mapping profile and a file with a bad row, saying why, and changes nothing', async () => {
    const before = await stored(dashboard.page);
    const text = readFileSync('tests/fixtures/log/clerk-b.json', 'utf8');
    const badRow = JSON.parse(text);
    badRow.entries[1].method = 'guessed';
    badRow.clerk = 'c-cccccccc33333333';
    const results = await dashboard.import([
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) },
      fixture('mapping-profile.json'),
      json('bad-row.json', badRow),
    ]);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['refused', 'notJson'],
      ['refused', 'notLog'],
      ['refused', 'badEntry'],
    ]);
    expect(results[0]!.text).toBe('broken.json: JSON として読めません（壊れているか途中で切れています）。何も変更していません。');
    expect(results[1]!.text).toBe('mapping-profile.json: Tenki の記録の書き出しではありません（マッピングプロファイルなど別のファイルです）。何も変更していません。');
    expect(results[2]!.text).toBe('bad-row.json: 2 件目の項目の「method」が正しくないため、ファイル全体を取り込みませんでした。何も変更していません。');
    await expect.poll(() => dashboard.page.locator('[data-testid="import-result"].error').count()).toBe(3);
    expect(await stored(dashboard.page)).toEqual(before);
    expect((await dashboard.totals()).entries).toBe(11);
  });

  it('sums only the chosen period', async () => {
    await dashboard.customPeriod('2026-10-19', '2026-10-25');
    await expect.poll(async () => (await dashboard.totals()).jobs).toBe(2);
    expect((await dashboard.totals()).entries).toBe(3);
    await expect.poll(() => dashboard.page.getByTestId('week-row').count()).toBe(1);
    await dashboard.customPeriod('2026-10-01', '2026-10-12');
    await expect.poll(async () => (await dashboard.totals()).entries).toBe(4);
    // The period's JSON carries just those entries, with their jobs.
    const part = await dashboard.exportFile('export-json-period');
    expect(part.name).toBe('tenki-log-2026-10-01-2026-10-12.json');
    const data = parseLogExport(part.bytes.toString('utf8'));
    expect(data.entries).toHaveLength(4);
    expect(data.entries.every((e) => new Date(e.at) >= new Date(2026, 9, 1) && new Date(e.at) < new Date(2026, 9, 13))).toBe(true);
    await dashboard.selectPeriod('all');
    await expect.poll(async () => (await dashboard.totals()).entries).toBe(11);
  });

  it('exports the entries and the fields as CSV that Japanese Excel opens: BOM, CRLF, Japanese headers, right counts', async () => {
    const entries = await dashboard.exportFile('export-entries-csv');
    expect(entries.name).toMatch(/^tenki-entries-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(entries.bytes);
    expect(rows[0]!.join(',')).toBe('日時,担当者,フォーム,転記元,項目,項目キー,種類,入力方法,文字数,確度,修正あり');
    expect(rows).toHaveLength(12);
    const method = rows[0]!.indexOf('入力方法');
    const count = (m: string) => rows.slice(1).filter((r) => r[method] === m).length;
    expect([count('自動入力'), count('提案を修正'), count('手入力'), count('貼り付け'), count('スキップ')]).toEqual([2, 1, 4, 2, 2]);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['c-aaaaaaaa11111111', 'c-bbbbbbbb22222222']));

    const fields = await dashboard.exportFile('export-fields-csv');
    const fieldRows = csvRows(fields.bytes);
    expect(fieldRows[0]!.join(',')).toBe('フォーム,項目,種類,自動入力,提案を修正,手入力,貼り付け,スキップ,合計,手入力文字数,修正率');
    expect(fieldRows).toHaveLength(1 + 5);
    const name = fieldRows.find((r) => r[0] === '受注登録' && r[1] === 'お名前');
    expect(name?.slice(3)).toEqual(['0', '1', '2', '0', '0', '3', '16', '1.000']);

    for (const id of ['export-flows-csv', 'export-weeks-csv'] as const) {
      const file = await dashboard.exportFile(id);
      expect(csvRows(file.bytes).length).toBeGreaterThan(1);
    }
  });

  it('exports everything as JSON that parses as a log export again', async () => {
    const file = await dashboard.exportFile('export-json');
    expect(file.name).toMatch(/^tenki-log-\d{4}-\d{2}-\d{2}\.json$/);
    const data = parseLogExport(file.bytes.toString('utf8'));
    expect(data.jobs).toHaveLength(4);
    expect(data.entries).toHaveLength(11);
    expect(new Set(data.entries.map((e) => e.origin))).toEqual(new Set(['c-aaaaaaaa11111111', 'c-bbbbbbbb22222222']));
    // Its own export brings nothing new, and the page says whose file it is.
    const [result] = await dashboard.import([{ name: file.name, mimeType: 'application/json', buffer: file.bytes }]);
    expect(result!.status).toBe('own');
    expect(result!.text).toContain('このブラウザー自身の書き出し');
    expect((await dashboard.totals()).entries).toBe(11);
  });

  it('estimates the time with the team lead’s typing speed and overhead, and states the formula', async () => {
    await expect(dashboard.page.getByTestId('total-minutes-hand').getAttribute('data-minutes')).resolves.toBe(((26 + 6) / 60 + (7 * 5) / 60).toFixed(2));
    await dashboard.page.getByTestId('chars-per-minute').fill('30');
    await dashboard.page.getByTestId('seconds-per-field').fill('0');
    // Typed and edited characters (26 + 6) at 30 a minute, no overhead per field.
    await expect.poll(() => dashboard.page.getByTestId('total-minutes-hand').getAttribute('data-minutes')).toBe((32 / 30).toFixed(2));
    await expect(dashboard.page.getByTestId('total-minutes-saved').getAttribute('data-minutes')).resolves.toBe((20 / 30).toFixed(2));
    await expect(dashboard.page.getByTestId('time-formula').innerText()).resolves.toContain('÷ 1 分あたり 30 文字 + 手で入れた項目数（手入力・貼り付け・修正）× 0 秒');
  });

  it('lists the registered core-system sites with a remove button, and shows the last failed log write', async () => {
    await dashboard.page.evaluate(() =>
      chrome.storage.local.set({
        coreSystems: ['https://erp.example.co.jp', 'https://hr.example.co.jp'],
        logProblem: { at: Date.UTC(2026, 10, 20, 1, 0), message: 'QuotaExceededError: The quota has been exceeded.' },
      }),
    );
    await expect.poll(() => dashboard.page.getByTestId('core-site').count()).toBe(2);
    await dashboard.page.locator('[data-testid="core-site"][data-origin="https://erp.example.co.jp"]').getByTestId('core-site-remove').click();
    await expect.poll(() => dashboard.page.evaluate(() => chrome.storage.local.get('coreSystems').then((r) => r.coreSystems))).toEqual(['https://hr.example.co.jp']);
    await expect(dashboard.page.getByTestId('log-problem').innerText()).resolves.toContain('QuotaExceededError: The quota has been exceeded.');
    await dashboard.page.getByTestId('log-problem-dismiss').click();
    await dashboard.page.getByTestId('log-problem').waitFor({ state: 'detached' });
  });

  it('purges what is older than the retention period', async () => {
    // Keep the days from 15 October on: clerk A's two jobs (6 and 13 October) go, clerk B's stay.
    const days = daysBetween('2026-10-15', localToday()) + 1;
    const said = await dashboard.purge(days);
    expect(said).toBe('保存期間より古い項目 8 件と転記 2 件を削除しました。');
    await expect.poll(async () => (await dashboard.totals()).entries).toBe(3);
    expect((await dashboard.totals()).jobs).toBe(2);
    expect(await stored(dashboard.page)).toMatchObject({ jobs: 2, entries: 3 });
    await expect(dashboard.purge()).resolves.toBe('保存期間より古い記録はありません。');
  });

  it('forgets everything after an inline confirmation', async () => {
    await dashboard.page.getByTestId('forget-everything').click();
    await dashboard.page.getByTestId('forget-cancel').click();
    expect((await dashboard.totals()).entries).toBe(3);
    await dashboard.page.evaluate(() => chrome.storage.session.set({ latestSource: { kind: 'text', url: '', title: '', fields: [], signature: '', at: 0 }, recentSourceHashes: { salt: 'x', sources: [] } }));
    await expect(dashboard.forgetEverything()).resolves.toBe('すべての記録を消去しました。');
    await dashboard.empty().waitFor();
    // Only the clerk id (a random number) stays, so a team lead's merge does not take this clerk for two.
    expect(await stored(dashboard.page)).toEqual({ jobs: 0, entries: 0, days: 0, meta: 1 });
    expect(await dashboard.page.evaluate(() => chrome.storage.session.get(null))).toEqual({});
  });
});

for (const locale of ['ja', 'en'] as const) {
  describe(`dashboard: a team's eleven weeks (${locale})`, () => {
    let browser: ExtensionBrowser;
    let dashboard: DashboardPage;

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'), { locale });
      dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('shows the candidates, the weekly chart and the tables at a glance, in the browser’s language', async () => {
      const files = teamExports(Date.now()).map((data, i) => json(`clerk-${i + 1}.json`, data));
      const results = await dashboard.import(files);
      expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
      await dashboard.page.setViewportSize({ width: 1280, height: 900 });
      await expect.poll(() => dashboard.candidates().count()).toBeGreaterThan(3);
      const codes = await dashboard.candidates().evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
      for (const code of ['integrate', 'skipped', 'corrected']) expect(codes).toContain(code);
      const first = await dashboard.candidates().first().innerText();
      expect(first).toContain(locale === 'ja' ? '顧客登録' : 'into “顧客登録”');
      // The twelve weeks of the default period (the last 12 weeks), each drawn as a stack of five methods.
      await expect.poll(() => dashboard.page.getByTestId('week-row').count()).toBe(12);
      await expect.poll(() => dashboard.page.locator('[data-testid="weekly-chart"] .ct-bar').count()).toBe(12 * 5);
      await expect.poll(() => dashboard.page.getByTestId('weekly-legend').locator('li').count()).toBe(5);
      const fields = await dashboard.exportFile('export-fields-csv');
      expect(csvRows(fields.bytes)[0]![0]).toBe(locale === 'ja' ? 'フォーム' : 'Form');
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync('docs/screenshots', { recursive: true });
        await dashboard.page.screenshot({ path: `docs/screenshots/dashboard-${locale}.png`, fullPage: true });
      }
    });
  });
}
