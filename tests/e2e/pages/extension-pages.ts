// Page objects for the extension's own pages: the side panel (opened as a tab for a given tab) and the dashboard.
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

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

  async autofill(): Promise<void> {
    await this.page.getByTestId('autofill').click();
    await this.page.getByTestId('notice').waitFor();
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
