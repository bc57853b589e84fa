// Finds a Chromium to test with and launches it with the built extension loaded; fails loudly rather than skipping.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

export const INSTALL_HINT =
  'No Chromium found. Install one with `sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chrome, Chromium or Edge binary.';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

// Flags that keep Chromium from reaching out to the network on its own.
const QUIET_FLAGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
// Needed when running as root or without a GPU (containers, CI).
const CONTAINER_FLAGS = ['--no-sandbox', '--disable-gpu'];

export async function launchWithExtension(extensionDir, options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tenki-profile-'));
  const locale = options.locale ?? 'ja';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale,
    viewport: options.headless === false ? null : undefined,
    // On Linux, Chromium takes its UI language (and so the extension's) from the environment, not from --lang alone.
    env: { ...process.env, LANGUAGE: locale, LANG: locale === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--lang=${locale}`, ...QUIET_FLAGS, ...CONTAINER_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Playwright reports the worker as soon as it exists; evaluating in it waits until its script (and its listeners) ran.
  await worker.evaluate(() => true);
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
