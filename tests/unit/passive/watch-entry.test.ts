// Protects the page side of passive counting: only the clerk's own typing and pasting in text fields is reported, once per value, never secrets; edits of Tenki's fills are reported apart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchEntry, type EntryWatch } from '@/utils/passive/watch-entry';
import { dispatchTrusted } from './trusted';

let abort: AbortController;
let watch: EntryWatch;
const onCommit = vi.fn();
const onEditedAfterFill = vi.fn();

beforeEach(() => {
  document.body.innerHTML = `
    <input id="company" type="text">
    <input id="tel" type="tel">
    <input id="pw" type="password">
    <input id="card" type="text" autocomplete="billing cc-number">
    <textarea id="note"></textarea>
    <div id="rich" contenteditable="true"><p id="para"></p></div>
    <select id="pref"><option>東京都</option><option>大阪府</option></select>`;
  abort = new AbortController();
  onCommit.mockReset();
  onEditedAfterFill.mockReset();
  watch = watchEntry(document, { signal: abort.signal, onCommit, onEditedAfterFill });
});

afterEach(() => {
  abort.abort();
  vi.restoreAllMocks();
});

const el = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

/** The clerk clicks into the field, types (or pastes) the value and tabs away. */
function enter(field: HTMLElement, value: string, how: 'type' | 'paste' = 'type') {
  dispatchTrusted(field, new FocusEvent('focusin', { bubbles: true }));
  if (how === 'paste') dispatchTrusted(field, new Event('paste', { bubbles: true }));
  if (field.isContentEditable) field.textContent = value;
  else (field as HTMLInputElement).value = value;
  dispatchTrusted(field, new InputEvent('input', { bubbles: true, inputType: how === 'paste' ? 'insertFromPaste' : 'insertText' }));
  dispatchTrusted(field, new Event('change', { bubbles: true }));
  dispatchTrusted(field, new FocusEvent('focusout', { bubbles: true }));
}

describe('watchEntry', () => {
  it('reports a typed value once, at change or blur', () => {
    enter(el('company'), '株式会社サンプル商事');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith({ element: el('company'), value: '株式会社サンプル商事', method: 'typed' });
  });

  it('reports a pasted value as pasted, by the paste event or the input type', () => {
    enter(el('tel'), '03-1234-5678', 'paste');
    const note = el<HTMLTextAreaElement>('note');
    dispatchTrusted(note, new FocusEvent('focusin', { bubbles: true }));
    note.value = '午前中に配達';
    dispatchTrusted(note, new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    dispatchTrusted(note, new FocusEvent('focusout', { bubbles: true }));
    expect(onCommit.mock.calls.map(([c]) => c.method)).toEqual(['pasted', 'pasted']);
  });

  it('reports text typed into a rich-text box by its editing host', () => {
    dispatchTrusted(el('para'), new FocusEvent('focusin', { bubbles: true }));
    el('para').textContent = '至急';
    dispatchTrusted(el('para'), new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    dispatchTrusted(el('para'), new FocusEvent('focusout', { bubbles: true }));
    expect(onCommit).toHaveBeenCalledWith({ element: el('rich'), value: '至急', method: 'typed' });
  });

  it('reports the same value in one field once, however often it is committed', () => {
    enter(el('company'), '株式会社サンプル商事');
    enter(el('company'), '');
    enter(el('company'), '株式会社サンプル商事');
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('ignores a value the field already held, and programmatic changes', () => {
    const company = el('company');
    company.value = '株式会社サンプル商事';
    dispatchTrusted(company, new FocusEvent('focusin', { bubbles: true }));
    dispatchTrusted(company, new FocusEvent('focusout', { bubbles: true }));
    dispatchTrusted(company, new FocusEvent('focusin', { bubbles: true }));
    company.value = '株式会社ほか';
    company.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    company.dispatchEvent(new Event('change', { bubbles: true }));
    dispatchTrusted(company, new FocusEvent('focusout', { bubbles: true }));
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('never watches passwords, card numbers or selects', () => {
    enter(el('pw'), 'Himawari#2024');
    enter(el('card'), '4111111111111111');
    const pref = el<HTMLSelectElement>('pref');
    dispatchTrusted(pref, new FocusEvent('focusin', { bubbles: true }));
    pref.value = '大阪府';
    dispatchTrusted(pref, new Event('change', { bubbles: true }));
    expect(onCommit).not.toHaveBeenCalled();
  });

  /** Tenki fills the field as pageFill does: paused, set without trusted events, then marked. */
  function fill(field: HTMLInputElement, value: string, restore = false) {
    watch.pause();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    watch.markFilled(restore ? [] : [`#${field.id}`], restore ? [`#${field.id}`] : []);
  }

  it('reports an edit of a field Tenki filled as such, with how and since when, not as an entry', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_750_000_000_000);
    fill(el('tel'), '03-1234-5678');
    enter(el('tel'), '03-1234-9999', 'paste');
    expect(onCommit).not.toHaveBeenCalled();
    expect(onEditedAfterFill).toHaveBeenCalledWith({ element: el('tel'), value: '03-1234-9999', method: 'pasted', filledAt: 1_750_000_000_000 });
  });

  it('keeps the time of the first fill while the field stays filled', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1000);
    fill(el('tel'), '03-1234-5678');
    now.mockReturnValue(2000);
    fill(el('tel'), '03-1234-5678');
    enter(el('tel'), '03-1234-9999');
    expect(onEditedAfterFill).toHaveBeenCalledWith(expect.objectContaining({ filledAt: 1000 }));
  });

  it('takes a value keyed after an undo as the clerk’s own entry, not an edit of the undone fill', () => {
    fill(el('company'), '株式会社サンプル商事');
    fill(el('company'), '', true);
    enter(el('company'), '株式会社サンプル商事');
    expect(onEditedAfterFill).not.toHaveBeenCalled();
    expect(onCommit).toHaveBeenCalledWith({ element: el('company'), value: '株式会社サンプル商事', method: 'typed' });
  });

  it('forgets its fills when the form is submitted or reset: the next job’s typing is a hand entry', () => {
    document.body.innerHTML = '<form id="f"><input id="company" type="text"><input id="tel" type="tel"></form>';
    for (const type of ['submit', 'reset']) {
      onCommit.mockReset();
      fill(el('company'), '株式会社サンプル商事');
      document.getElementById('f')!.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      enter(el('company'), `株式会社${type}`);
      expect(onCommit).toHaveBeenCalledWith({ element: el('company'), value: `株式会社${type}`, method: 'typed' });
    }
    expect(onEditedAfterFill).not.toHaveBeenCalled();
  });

  it('ignores even trusted-looking input while Tenki fills', () => {
    watch.pause();
    enter(el('company'), '株式会社サンプル商事');
    watch.markFilled([]);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('stops with its signal', () => {
    abort.abort();
    enter(el('company'), '株式会社サンプル商事');
    expect(onCommit).not.toHaveBeenCalled();
  });
});
