// Protects the form watch: a control added, removed or shown after load leads to one re-read after the page is quiet; text changes lead to none, and a stopped watch stays silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForm } from '@/utils/form/watch-form';

const DELAY = 50;

/** Lets the observer's callback run (a microtask), then lets `ms` pass on the fake clock. */
async function pass(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

let controller: AbortController;
let reads: number;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.innerHTML = '<form id="order"><p id="note">ご注文者</p><input name="name"><div id="delivery" hidden><input name="zip"></div></form>';
  controller = new AbortController();
  reads = 0;
  watchForm(document, () => reads++, { signal: controller.signal, delayMs: DELAY });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('watchForm', () => {
  it('reads again once, after the delay, when a control is added', async () => {
    document.getElementById('order')!.insertAdjacentHTML('beforeend', '<fieldset><legend>お届け先</legend><input name="ship_name"><input name="ship_zip"></fieldset>');
    await pass(DELAY - 10);
    expect(reads).toBe(0);
    await pass(20);
    expect(reads).toBe(1);
    await pass(DELAY * 5);
    expect(reads).toBe(1);
  });

  it('reads once for a form built in several quick steps', async () => {
    const form = document.getElementById('order')!;
    for (let i = 0; i < 3; i++) {
      form.appendChild(Object.assign(document.createElement('input'), { name: `line${i}` }));
      await pass(DELAY / 2);
    }
    expect(reads).toBe(0);
    await pass(DELAY);
    expect(reads).toBe(1);
  });

  it('reads again when a control is removed or a block of controls is shown', async () => {
    document.querySelector('input[name="name"]')!.remove();
    await pass(DELAY + 10);
    expect(reads).toBe(1);
    document.getElementById('delivery')!.hidden = false;
    await pass(DELAY + 10);
    expect(reads).toBe(2);
  });

  it('ignores text changes and elements without controls', async () => {
    document.getElementById('note')!.textContent = 'ご注文者（法人）';
    document.getElementById('note')!.className = 'highlight';
    document.getElementById('order')!.appendChild(document.createElement('p')).textContent = '入力してください';
    (document.querySelector('input[name="name"]') as HTMLInputElement).value = '山田 太郎';
    await pass(DELAY * 3);
    expect(reads).toBe(0);
  });

  it('watches controls inside a shadow root that appeared after the start', async () => {
    const host = document.createElement('x-address');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    await pass(DELAY + 10);
    expect(reads).toBe(1);
    root.innerHTML = '<input name="pref">';
    await pass(DELAY + 10);
    expect(reads).toBe(2);
  });

  it('stays silent once stopped', async () => {
    controller.abort();
    document.getElementById('order')!.appendChild(document.createElement('input'));
    await pass(DELAY * 3);
    expect(reads).toBe(0);
  });

  it('cancels a read already waiting when stopped', async () => {
    document.getElementById('order')!.appendChild(document.createElement('select'));
    await pass(DELAY / 2);
    controller.abort();
    await pass(DELAY * 3);
    expect(reads).toBe(0);
  });
});
