// UI text from public/_locales (Japanese by default, English when the browser is English); keys are checked against the Japanese catalogue.
import { browser } from 'wxt/browser';
import type ja from '../public/_locales/ja/messages.json';

export type MessageKey = keyof typeof ja;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
