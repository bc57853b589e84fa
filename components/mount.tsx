// Mounts an extension page in the browser's UI language, so each entry point stays one line of wiring.
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/utils/i18n';
import './theme.css';

export function mountPage(Page: ComponentType, titleKey: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en';
  document.title = browser.i18n.getMessage(titleKey);
  createRoot(document.getElementById('root')!).render(<Page />);
}
