// Page objects for the bundled demo pages: a webmail with an order mail open and the React order-entry form.
import type { BrowserContext, Page } from 'playwright-core';
import type { OrderState } from '../../fixtures/demo/order';

export class MailPage {
  constructor(readonly page: Page) {}

  /** `path`: the demo webmail, or one laid out like a real one (webmail/gmail.html, webmail/outlook.html). */
  static async open(context: BrowserContext, demoUrl: string, path = 'mail.html'): Promise<MailPage> {
    const page = await context.newPage();
    await page.goto(new URL(path, demoUrl).href);
    return new MailPage(page);
  }
}

export class OrderPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, demoUrl: string): Promise<OrderPage> {
    const page = await context.newPage();
    await page.goto(new URL('order.html', demoUrl).href);
    await page.waitForSelector('#customer_name');
    return new OrderPage(page);
  }

  /** The React app's own state, as the page renders it: proof that the app, not just the DOM, got each value. */
  async state(): Promise<OrderState> {
    return JSON.parse(await this.page.getByTestId('order-state').innerText()) as OrderState;
  }
}
