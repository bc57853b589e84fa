// Types of the Chromium launcher shared by the e2e tests and the start command.
import type { BrowserContext, Worker } from 'playwright-core';

export declare const INSTALL_HINT: string;
export declare function findChromium(): string | undefined;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export declare function launchWithExtension(extensionDir: string, options?: { headless?: boolean; locale?: string }): Promise<ExtensionBrowser>;
