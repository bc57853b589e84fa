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

export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<DashboardPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    return new DashboardPage(page);
  }

  count(key: string, method: 'autofilled' | 'editedBeforeFill' | 'skipped' | 'total'): Locator {
    return this.page.locator(`[data-testid="field-counts"][data-key="${key}"] [data-method="${method}"]`);
  }

  async exportCsv(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-csv').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, bytes: Buffer.concat(chunks) };
  }
}
