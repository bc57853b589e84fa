// Keyboard shortcuts (commands API): "fill-approved" is passed to the side panel, which fills as its button would.
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

export const FILL_APPROVED_COMMAND = 'fill-approved';

export function setupCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    // No side panel open means nobody listens; the shortcut then does nothing.
    if (command === FILL_APPROVED_COMMAND) sendMessage('commandFillApproved', undefined).catch(() => undefined);
  });
}
