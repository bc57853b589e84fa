// Page objects for the bundled demo pages: a webmail with an order mail open, the React order-entry form and the plain-HTML HR form.
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

/** The second demo core system: a plain-HTML 入社手続き form whose own script clears an e-mail address outside the company domain. */
export class HrFormPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, demoUrl: string): Promise<HrFormPage> {
    const page = await context.newPage();
    await page.goto(new URL('hr-form.html', demoUrl).href);
    await page.waitForSelector('#family_name');
    return new HrFormPage(page);
  }

  /** What every text box and select holds, by id. */
  async values(): Promise<Record<string, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]), select, textarea'), (el) => [el.id, el.value]),
      ),
    );
  }

  /** The checked state of every radio button and checkbox, by id. */
  async checked(): Promise<Record<string, boolean>> {
    return this.page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'), (el) => [el.id, el.checked])));
  }

  /** The message the page shows when its own validation threw a value away. */
  emailError() {
    return this.page.locator('#email_error');
  }

  /** Whether the form was submitted (the page marks the body when its submit handler runs). */
  async submitted(): Promise<boolean> {
    return this.page.evaluate(() => document.body.dataset.submitted === 'true');
  }
}
