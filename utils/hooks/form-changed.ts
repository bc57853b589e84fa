// Lets the side panel follow a form that changes after load: the tab's content script says so, the panel reads the tab again.
import { useEffect } from 'react';
import { onMessage } from '../messaging';

/** Calls `onChange` whenever the content script of the given tab reports that its form gained, lost, showed or hid controls. */
export function useTabFormChanged(tabId: number | undefined, onChange: () => void): void {
  useEffect(() => {
    if (tabId === undefined) return;
    return onMessage('pageFormChanged', ({ sender }) => {
      if (sender.tab?.id === tabId && sender.frameId === 0) onChange();
    });
  }, [tabId, onChange]);
}
