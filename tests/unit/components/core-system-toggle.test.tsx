// Protects the core-system box: a refused prompt or a failed storage write is shown in the panel, not lost as an unhandled rejection with the box snapping back.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoreSystemToggle } from '@/components/CoreSystemToggle';
import { coreSystems } from '@/utils/storage-items';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = 'https://core.example.jp/orders/new';
let container: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  root = createRoot(container);
  await act(async () => root.render(createElement(CoreSystemToggle, { url: PAGE })));
});

afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

// The promise form of permissions.request: its callback overload would type the mock's value as void.
const requestPermission = () => vi.spyOn(browser.permissions, 'request') as unknown as MockInstance<() => Promise<boolean>>;
const box = () => container.querySelector<HTMLInputElement>('[data-testid="core-system-toggle"]')!;
const failure = () => container.querySelector('[data-testid="core-system-failed"]')?.textContent;

describe('CoreSystemToggle', () => {
  it('registers the site once the browser grants access', async () => {
    requestPermission().mockResolvedValue(true);
    await act(async () => box().click());
    await expect(coreSystems.getValue()).resolves.toEqual(['https://core.example.jp']);
    expect(box().checked).toBe(true);
    expect(failure()).toBeUndefined();
  });

  it('shows a storage write that failed, and the box as it really is', async () => {
    requestPermission().mockResolvedValue(true);
    vi.spyOn(coreSystems, 'setValue').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await act(async () => box().click());
    expect(failure()).toBe('この基幹システムの登録を変更できませんでした: QuotaExceededError: The quota has been exceeded.');
    expect(box().checked).toBe(false);
  });

  it('shows a permission request that failed, and clears the message on the next try', async () => {
    const request = requestPermission().mockRejectedValueOnce(new Error('This function must be called during a user gesture'));
    await act(async () => box().click());
    expect(failure()).toContain('This function must be called during a user gesture');
    request.mockResolvedValue(true);
    await act(async () => box().click());
    expect(failure()).toBeUndefined();
    expect(box().checked).toBe(true);
  });
});
