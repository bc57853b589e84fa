// Protects useCommand: the side panel's callback runs on each commandFillApproved message, the latest callback is used, and the listener goes with the component.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';

const listeners = new Map<string, () => void>();
const removed: string[] = [];
vi.mock('@/utils/messaging', () => ({
  onMessage: (type: string, fn: () => void) => {
    listeners.set(type, fn);
    return () => {
      removed.push(type);
      listeners.delete(type);
    };
  },
}));

const { useCommand } = await import('@/utils/hooks/command');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('calls the latest callback for the fill-approved shortcut and stops listening on unmount', () => {
  const calls: string[] = [];
  function Panel({ label }: { label: string }) {
    useCommand('fillApproved', () => calls.push(label));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Panel, { label: 'first' })));
  act(() => listeners.get('commandFillApproved')!());
  act(() => root.render(createElement(Panel, { label: 'second' })));
  act(() => listeners.get('commandFillApproved')!());
  expect(calls).toEqual(['first', 'second']);
  act(() => root.unmount());
  expect(removed).toEqual(['commandFillApproved']);
  expect(listeners.has('commandFillApproved')).toBe(false);
});
