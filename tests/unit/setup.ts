// Unit-test setup: an in-memory IndexedDB for Dexie and UI text from the Japanese catalogue (WXT's fake browser has no i18n).
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ja from '../../public/_locales/ja/messages.json';

const messages = ja as Record<string, { message: string }>;

Object.assign(fakeBrowser.i18n, {
  getMessage: vi.fn((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }),
  getUILanguage: () => 'ja',
});
