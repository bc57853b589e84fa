// Protects what the content script sends the worker: one visit per record (a submit starts the next), the form a fill was logged under, and a lost message kept for the dashboard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readForm } from '@/utils/form/read-form';
import { coreSystems, logProblem } from '@/utils/storage-items';
import { enter } from './trusted';

const sendMessage = vi.fn();
vi.mock('@/utils/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const { reportHandEntries } = await import('@/utils/passive/report-entries');

let abort: AbortController;

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset().mockResolvedValue(true);
  document.body.innerHTML = '<form id="f"><label>会社名 <input id="company" type="text"></label><label>電話番号 <input id="tel" type="tel"></label></form>';
  await coreSystems.setValue([location.origin]);
  abort = new AbortController();
});

afterEach(() => abort.abort());

const company = () => document.getElementById('company') as HTMLInputElement;

/** Starts reporting once the script has read the registered sites, as it does right after injection. */
async function start() {
  const watch = reportHandEntries(document, abort.signal);
  await new Promise((resolve) => setTimeout(resolve));
  return watch;
}

describe('reportHandEntries', () => {
  it('sends the record after a submit as another visit: on a single-page app it is the next job, not the same one', async () => {
    await start();
    enter(company(), '株式会社アルファ');
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    enter(company(), '株式会社ベータ');
    const visits = sendMessage.mock.calls.map(([type, entry]) => [type, (entry as { value: string }).value, (entry as { visit: string }).visit]);
    expect(visits).toEqual([
      ['passiveEntry', '株式会社アルファ', `${performance.timeOrigin}/0`],
      ['passiveEntry', '株式会社ベータ', `${performance.timeOrigin}/1`],
    ]);
  });

  it('sends an edit of a fill with the form’s signature when Tenki filled, beside the form’s signature now', async () => {
    const watch = await start();
    const filled = readForm(document).signature;
    watch.pause();
    company().value = '株式会社サンプル';
    watch.markFilled(['#company']);
    document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>部署 <input id="dept" type="text"></label>');
    enter(company(), '株式会社サンプル商事');
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('passiveEditedAfterFill', expect.objectContaining({ filledSignature: filled, formSignature: readForm(document).signature }));
    expect(readForm(document).signature).not.toBe(filled);
  });

  it('keeps a message lost on its way for the dashboard', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await start();
    enter(company(), '株式会社アルファ');
    await vi.waitFor(async () => expect(await logProblem.getValue()).toMatchObject({ message: 'Error: The message port closed before a response was received.' }));
  });

  it('keeps nothing when no worker listened: no entry was taken, so no write failed', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await start();
    enter(company(), '株式会社アルファ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await expect(logProblem.getValue()).resolves.toBeNull();
  });

  it('lets a failure to keep the problem go quietly: the page has nowhere else to put it', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    const kept = vi.spyOn(logProblem, 'setValue').mockRejectedValue(new Error('Extension context invalidated.'));
    await start();
    enter(company(), '株式会社アルファ');
    await vi.waitFor(() => expect(kept).toHaveBeenCalled());
  });
});
