// Lets the side panel act on a keyboard shortcut the background worker received through the commands API.
import { useEffect, useRef } from 'react';
import { onMessage } from '../messaging';

const MESSAGES = { fillApproved: 'commandFillApproved' } as const;

/** Calls `callback` whenever the clerk presses the shortcut of `command` (see wxt.config.ts). */
export function useCommand(command: keyof typeof MESSAGES, callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => onMessage(MESSAGES[command], () => latest.current()), [command]);
}
