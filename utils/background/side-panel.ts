// Opens the side panel from the toolbar button, the one gesture Chrome allows for it.
import { browser } from 'wxt/browser';

export function setupSidePanel(): void {
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
