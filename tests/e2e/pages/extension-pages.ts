// Page objects for the extension's own pages: the side panel (opened as a tab for a given tab) and the dashboard.
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

/** A file as the clerk hands it to the panel: its name, type and bytes. */
export interface SourceFilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class SidePanelPage {
  constructor(readonly page: Page) {}

  static async openFor(context: BrowserContext, extensionId: string, tabId: number): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return new SidePanelPage(page);
  }

  row(key: string): Locator {
    return this.page.locator(`[data-testid="proposal-row"][data-key="${key}"]`);
  }

  valueOf(key: string): Locator {
    return this.row(key).getByTestId('proposal-value');
  }

  sourceFields(): Locator {
    return this.page.getByTestId('source-field');
  }

  /** Each field of the current source as the panel shows it: [label, value]. */
  async sourcePairs(): Promise<[string, string][]> {
    return this.sourceFields().evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? ''] as [string, string]),
    );
  }

  /** What the current source is: `page`, `file` or `text`. */
  async sourceKind(): Promise<string | null> {
    return this.page.getByTestId('source-kind').getAttribute('data-kind');
  }

  sourceError(): Locator {
    return this.page.getByTestId('source-error');
  }

  /** Picks a file with the panel's file button, as the file dialog would. */
  async chooseFile(file: SourceFilePayload): Promise<void> {
    await this.page.getByTestId('source-file-input').setInputFiles(file);
  }

  /** Drops a file onto the drop zone: real drag events carrying a DataTransfer made in the panel, as a drag from the desktop does. */
  async dropFile(file: SourceFilePayload): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, base64 }) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: mimeType }));
        return data;
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
    const zone = this.page.getByTestId('source-drop');
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
    await dataTransfer.dispose();
  }

  async pasteText(text: string): Promise<void> {
    await this.page.getByTestId('source-paste-open').click();
    await this.page.getByTestId('source-paste-text').fill(text);
    await this.page.getByTestId('source-paste-confirm').click();
  }

  /** Pins (or unpins) the current source with the source card's toggle. */
  async pin(on: boolean): Promise<void> {
    await this.page.getByTestId('source-pin').setChecked(on);
  }

  /** Switches to a recent source, chosen by the text its option shows (kind · title · first value). */
  async switchSource(text: string): Promise<void> {
    const select = this.page.getByTestId('source-switch');
    const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  async autofill(): Promise<void> {
    await this.page.getByTestId('autofill').click();
    await this.page.getByTestId('notice').waitFor();
  }

  /** Waits until the panel reviews the given source (by its page title) against the tab's form, so every proposal is in. */
  async waitForReview(sourceTitle: string, timeout = 15_000): Promise<void> {
    await this.page.getByTestId('source-title').filter({ hasText: sourceTitle }).waitFor({ timeout });
    await this.page.getByTestId('target-title').waitFor({ timeout });
  }

  /** Fills only this field with the row's own button. */
  async fillOne(key: string): Promise<void> {
    await this.row(key).getByTestId('fill-one').click();
    await this.row(key).getByTestId('fill-status').waitFor();
  }

  /** Puts the form back as it was before this job's fills. */
  async undo(): Promise<void> {
    await this.page.getByTestId('undo').click();
    await this.page.getByTestId('undo').waitFor({ state: 'detached' });
  }

  /** The status shown after a fill, by target field key (`filled`, `changed`, `rejected`, `missing`). */
  async statuses(): Promise<Record<string, string>> {
    const pairs = await this.page
      .getByTestId('proposal-row')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-key') ?? '', row.querySelector('[data-testid="fill-status"]')?.getAttribute('data-status') ?? '']));
    return Object.fromEntries(pairs.filter(([, status]) => status !== ''));
  }

  /** The test id of the focused control and whether the browser shows its focus ring. */
  async focused(): Promise<{ testId: string | null; key: string | null; visible: boolean }> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return { testId: el?.getAttribute('data-testid') ?? null, key: el?.closest('[data-key]')?.getAttribute('data-key') ?? null, visible: Boolean(el?.matches(':focus-visible')) };
    });
  }

  /** The tier of every proposal the panel shows, by target field key. */
  async tiers(): Promise<Record<string, string>> {
    const pairs = await this.page
      .getByTestId('proposal-row')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-key') ?? '', row.querySelector('[data-testid="tier-badge"]')?.getAttribute('data-tier') ?? '']));
    return Object.fromEntries(pairs.filter(([, tier]) => tier !== ''));
  }
}

/** Methods as the dashboard's cells name them (`data-method`), plus the row's total. */
export type DashboardMethod = 'autofilled' | 'edited' | 'typed' | 'pasted' | 'skipped' | 'total' | 'manualChars';

export type DashboardPreset = 'last7' | 'last4w' | 'last12w' | 'last12m' | 'all' | 'custom';

/** The test id of each export button. */
export type DashboardExport = 'export-entries-csv' | 'export-fields-csv' | 'export-flows-csv' | 'export-weeks-csv' | 'export-json' | 'export-json-period';

export interface ImportLineResult {
  status: string;
  code: string;
  text: string;
}

export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<DashboardPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const dashboard = new DashboardPage(page);
    await dashboard.loaded();
    return dashboard;
  }

  /** Waits until the period's view is read (the log may still be empty). */
  async loaded(): Promise<void> {
    await this.page.locator('[data-testid="dashboard"][data-loaded="true"]').waitFor();
  }

  /** A field's cell for one method; `form` (the form signature) tells apart fields of the same key in two forms. */
  count(key: string, method: DashboardMethod, form?: string): Locator {
    const formAttr = form ? `[data-form="${form}"]` : '';
    return this.page.locator(`[data-testid="field-counts"][data-key="${key}"]${formAttr} [data-method="${method}"]`);
  }

  /** The number a cell or total shows, read back from the locale's grouping (1,234 → 1234). */
  async number(locator: Locator): Promise<number> {
    return Number((await locator.innerText()).replace(/[^\d.-]/g, ''));
  }

  /** Totals of the period: jobs, entries, per method, characters keyed by hand. */
  async totals(): Promise<{ jobs: number; entries: number; manualChars: number; byMethod: Record<string, number> }> {
    const byMethod = Object.fromEntries(
      await this.page
        .getByTestId('total-method')
        .evaluateAll((items) => items.map((li) => [li.getAttribute('data-method') ?? '', Number((li.querySelector('[data-testid="total-method-count"]')?.textContent ?? '').replace(/[^\d]/g, ''))])),
    ) as Record<string, number>;
    return {
      jobs: await this.number(this.page.getByTestId('total-jobs')),
      entries: await this.number(this.page.getByTestId('total-entries')),
      manualChars: await this.number(this.page.getByTestId('total-manual-chars')),
      byMethod,
    };
  }

  empty(): Locator {
    return this.page.getByTestId('dashboard-empty');
  }

  candidates(): Locator {
    return this.page.getByTestId('candidate');
  }

  async selectPeriod(preset: DashboardPreset): Promise<void> {
    await this.page.getByTestId(`period-${preset}`).click();
  }

  /** A custom period of local days (YYYY-MM-DD); waits until the page shows it. */
  async customPeriod(from: string, to: string): Promise<void> {
    await this.selectPeriod('custom');
    await this.page.getByTestId('period-from').fill(from);
    await this.page.getByTestId('period-to').fill(to);
    await this.page.locator(`[data-testid="period-range"][data-from="${from}"][data-to="${to}"]`).waitFor();
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async exportFile(testId: DashboardExport): Promise<{ download: Download; name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** Imports files through the dashboard's file input, as the file dialog would, and returns one line per file. */
  async import(files: SourceFilePayload[]): Promise<ImportLineResult[]> {
    const block = this.page.getByTestId('import');
    const runs = Number((await block.getAttribute('data-runs')) ?? '0');
    await this.page.getByTestId('import-files').setInputFiles(files);
    await this.page.locator(`[data-testid="import"][data-runs="${runs + 1}"]`).waitFor();
    return this.page
      .getByTestId('import-result')
      .evaluateAll((items) => items.map((li) => ({ status: li.getAttribute('data-status') ?? '', code: li.getAttribute('data-code') ?? '', text: li.textContent ?? '' })));
  }

  /** Sets the retention (days) and purges now; returns what the page said. */
  async purge(days?: number): Promise<string> {
    if (days !== undefined) {
      await this.page.getByTestId('retention-days').fill(String(days));
      // Saved in storage and read back by the page before the purge uses it.
      await this.page.locator(`[data-testid="purge-now"][data-days="${days}"]`).waitFor();
    }
    await this.page.getByTestId('purge-now').click();
    return this.page.getByTestId('purge-result').innerText();
  }

  /** Sets the name this browser's clerk goes by in exports. */
  async setClerkName(name: string): Promise<void> {
    await this.page.getByTestId('clerk-name').fill(name);
    await this.page.getByTestId('clerk-name-save').click();
    await this.page.locator('[data-testid="clerk-name-save"]:disabled').waitFor();
  }

  /** Forgets everything through the inline confirmation. */
  async forgetEverything(): Promise<string> {
    await this.page.getByTestId('forget-everything').click();
    await this.page.getByTestId('forget-confirm').click();
    return this.page.getByTestId('forget-result').innerText();
  }
}
