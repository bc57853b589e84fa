// Filling in real Chromium: a contenteditable and date/time inputs filled so the page hears it, read-only fields left alone, highlights by tier that go on undo, the source hover outline, and the fill-approved shortcut registered.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.mjs';
import { tabIdOf } from './support/tabs';

declare const chrome: typeof wxtBrowser;

/** A plain page (no framework) whose listeners record what they heard, served at a demo origin the demo build may touch. */
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>入力テスト</title></head><body>
<form id="f" action="/submitted" method="post">
  <label>件名 <input id="subject" name="subject" style="width: 200px"></label>
  <label>納期 <input id="due" name="due" type="date"></label>
  <label>時刻 <input id="at" name="at" type="time"></label>
  <label>区分 <select id="kind"><option value="">--</option><option value="a">通常</option><option value="b">至急</option></select></label>
  <label>受付番号 <input id="ref" readonly value="R-1"></label>
  <div>備考 <div id="note" contenteditable="true" style="min-height: 2em; border: 1px solid #999"></div></div>
  <p id="src">山田 太郎</p>
  <pre id="heard"></pre>
</form>
<script>
  const heard = [];
  for (const type of ['beforeinput', 'input', 'change']) document.addEventListener(type, (e) => { heard.push(type + ':' + e.target.id); document.getElementById('heard').textContent = heard.join(' '); }, true);
  document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); document.title = 'submitted'; });
</script></body></html>`;

interface Item {
  key: string;
  value: string;
  tier?: 'high' | 'medium' | 'low';
}
type Result = { key: string; status: string; before: string; after: string; skipped?: string };

describe('filling in real Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let panel: Page;
  let tabId: number;

  /** Sends one typed message as the side panel does (@webext-core/messaging's wire format) and returns its answer. */
  async function send<T>(type: string, data: unknown): Promise<T> {
    const answer = await panel.evaluate(
      ({ type, data }) => chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() }) as Promise<{ res?: unknown; err?: { message: string } }>,
      { type, data },
    );
    if (answer?.err) throw new Error(answer.err.message);
    return answer?.res as T;
  }

  const fill = (items: Item[]) => send<{ status: string; results: Result[] }>('fillTab', { tabId, items });
  const tiers = () => page.evaluate(() => Array.from(document.querySelectorAll('[data-tenki-tier]'), (el) => [el.id, el.getAttribute('data-tenki-tier'), getComputedStyle(el).outlineColor]));
  const styles = () => page.evaluate(() => Array.from(document.querySelectorAll('#f [id]'), (el) => `${el.id}=${el.getAttribute('style')}`).join('|'));

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const url = new URL('fill-kinds.html', inject('demoUrl')).href;
    await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));
    page = await browser.context.newPage();
    await page.goto(url);
    tabId = await tabIdOf(browser.worker, page);
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fills text, date, time, select and a contenteditable, leaves a read-only field alone, highlights by tier, and undo clears the highlights', async () => {
    const stylesBefore = await styles();
    const outcome = await fill([
      { key: '#subject', value: '見積依頼', tier: 'high' },
      { key: '#due', value: '2026/4/1', tier: 'medium' },
      { key: '#at', value: '9:05', tier: 'high' },
      { key: '#kind', value: 'b', tier: 'high' },
      { key: '#ref', value: 'R-2', tier: 'high' },
      { key: '#note', value: '午前中に納品希望', tier: 'low' },
    ]);
    expect(outcome.status).toBe('ok');
    expect(outcome.results.map((r) => [r.key, r.status, r.after])).toEqual([
      ['#subject', 'filled', '見積依頼'],
      ['#due', 'filled', '2026-04-01'],
      ['#at', 'filled', '09:05'],
      ['#kind', 'filled', 'b'],
      ['#ref', 'rejected', 'R-1'],
      ['#note', 'filled', '午前中に納品希望'],
    ]);
    expect(outcome.results.find((r) => r.key === '#ref')?.skipped).toBe('readonly');
    await expect(page.locator('#note').innerText()).resolves.toBe('午前中に納品希望');
    await expect(page.locator('#due').inputValue()).resolves.toBe('2026-04-01');
    const heard = await page.locator('#heard').innerText();
    expect(heard).toContain('input:note');
    expect(heard).toContain('change:due');
    expect(heard).not.toContain(':ref');
    await expect(page.title()).resolves.toBe('入力テスト');

    expect(await tiers()).toEqual([
      ['subject', 'high', 'rgb(34, 160, 90)'],
      ['due', 'medium', 'rgb(230, 150, 0)'],
      ['at', 'high', 'rgb(34, 160, 90)'],
      ['kind', 'high', 'rgb(34, 160, 90)'],
      ['note', 'low', 'rgb(130, 80, 220)'],
    ]);
    // Outline and shadow only: the layout does not move.
    await expect(page.locator('#note').boundingBox()).resolves.toEqual(await page.locator('#note').boundingBox());

    // Undo: the panel fills back what the form held before, without tiers.
    const undo = await fill(outcome.results.filter((r) => !r.skipped).map((r) => ({ key: r.key, value: r.before })));
    expect(undo.results.map((r) => r.status)).toEqual(['filled', 'filled', 'filled', 'filled', 'filled']);
    expect(await tiers()).toEqual([]);
    expect(await styles()).toBe(stylesBefore);
    await expect(page.locator('#note').textContent()).resolves.toBe('');
  });

  it('outlines the hovered source element and clears it', async () => {
    await expect(send<boolean>('highlightSource', { tabId, selector: '#src' })).resolves.toBe(true);
    await expect(page.locator('#src').getAttribute('data-tenki-source')).resolves.toBe('low');
    await expect(send<boolean>('highlightSource', { tabId })).resolves.toBe(false);
    await expect(page.locator('#src').getAttribute('data-tenki-source')).resolves.toBeNull();
    await expect(page.locator('#src').getAttribute('style')).resolves.toBeNull();
  });

  it('registers the fill-approved shortcut (Alt+Shift+F) with its description', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const command = commands.find((c) => c.name === 'fill-approved');
    expect(command?.description).toBe('承認した項目をフォームに入力');
    expect(command?.shortcut).toMatch(/^(Alt\+Shift\+F|⌥⇧F)?$/);
  });
});
