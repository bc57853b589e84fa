// Protects the background's thin relays: the fill-approved shortcut reaches the side panel as a typed message, and the panel's hover over a source field reaches the source tab only where the clerk allowed the site.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendMessage = vi.fn();
const checkAccess = vi.fn();
const ensureContentScript = vi.fn();
vi.mock('@/utils/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args), onMessage: vi.fn() }));
vi.mock('@/utils/background/tab-access', () => ({ checkAccess: (...a: unknown[]) => checkAccess(...a), ensureContentScript: (...a: unknown[]) => ensureContentScript(...a) }));

const { setupCommands, FILL_APPROVED_COMMAND } = await import('@/utils/background/commands');
const { highlightSource } = await import('@/utils/background/highlight-source');

beforeEach(() => {
  sendMessage.mockReset().mockResolvedValue(true);
  checkAccess.mockReset().mockResolvedValue({ ok: true });
  ensureContentScript.mockReset().mockResolvedValue(undefined);
});

describe('commands', () => {
  it('forwards fill-approved to the side panel and nothing else', () => {
    let listener: ((command: string) => void) | undefined;
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: (fn: (command: string) => void) => (listener = fn) } } });
    setupCommands();
    listener!('something-else');
    expect(sendMessage).not.toHaveBeenCalled();
    listener!(FILL_APPROVED_COMMAND);
    expect(sendMessage).toHaveBeenCalledWith('commandFillApproved', undefined);
  });

  it('does not throw when no side panel listens', async () => {
    let listener: ((command: string) => void) | undefined;
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: (fn: (command: string) => void) => (listener = fn) } } });
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    setupCommands();
    expect(() => listener!('fill-approved')).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });
});

describe('highlightSource', () => {
  it('asks the top frame of an allowed tab to outline the selector, injecting the content script first', async () => {
    await expect(highlightSource(7, '#body td:nth-child(2)')).resolves.toBe(true);
    expect(ensureContentScript).toHaveBeenCalledWith(7);
    expect(sendMessage).toHaveBeenCalledWith('pageHighlightSource', { selector: '#body td:nth-child(2)' }, { tabId: 7, frameId: 0 });
  });

  it('clears without injecting anything', async () => {
    await highlightSource(7, undefined);
    expect(ensureContentScript).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledWith('pageHighlightSource', { selector: undefined }, { tabId: 7, frameId: 0 });
  });

  it('does nothing on a site the clerk has not allowed, and answers false when the tab is gone', async () => {
    checkAccess.mockResolvedValue({ ok: false, result: { status: 'noAccess', tabId: 7 } });
    await expect(highlightSource(7, '#x')).resolves.toBe(false);
    expect(sendMessage).not.toHaveBeenCalled();
    checkAccess.mockResolvedValue({ ok: true });
    sendMessage.mockRejectedValue(new Error('No tab with id: 7'));
    await expect(highlightSource(7, '#x')).resolves.toBe(false);
  });
});
