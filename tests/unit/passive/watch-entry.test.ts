// Protects the page side of passive counting: only the clerk's own typing and pasting in text fields is reported, once per value, never secrets; edits of Tenki's fills are reported apart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchEntry, type EntryWatch } from '@/utils/passive/watch-entry';
import { dispatchTrusted, enter } from './trusted';

let abort: AbortController;
let watch: EntryWatch;
const onCommit = vi.fn();
const onEditedAfterFill = vi.fn();
let signature = 'form-1';

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
  signature = 'form-1';
  watch = watchEntry(document, { signal: abort.signal, onCommit, onEditedAfterFill, formSignature: () => signature });
});

afterEach(() => {
  abort.abort();
  vi.restoreAllMocks();
});

const el = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

describe('watchEntry', () => {
  it('reports a typed value once, at change or blur', () => {
    enter(el('company'), '株式会社サンプル商事');
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith({ element: el('company'), value: '株式会社サンプル商事', method: 'typed', generation: 0 });
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
    expect(onCommit).toHaveBeenCalledWith({ element: el('rich'), value: '至急', method: 'typed', generation: 0 });
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
    expect(onEditedAfterFill).toHaveBeenCalledWith({ element: el('tel'), value: '03-1234-9999', method: 'pasted', generation: 0, filledAt: 1_750_000_000_000, filledSignature: 'form-1' });
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
    expect(onCommit).toHaveBeenCalledWith({ element: el('company'), value: '株式会社サンプル商事', method: 'typed', generation: 0 });
  });

  it('forgets its fills when the form is submitted or reset: the next job’s typing is a hand entry', () => {
    document.body.innerHTML = '<form id="f"><input id="company" type="text"><input id="tel" type="tel"></form>';
    for (const type of ['submit', 'reset']) {
      onCommit.mockReset();
      fill(el('company'), '株式会社サンプル商事');
      document.getElementById('f')!.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      enter(el('company'), `株式会社${type}`);
      expect(onCommit).toHaveBeenCalledWith(expect.objectContaining({ element: el('company'), value: `株式会社${type}`, method: 'typed' }));
    }
    expect(onEditedAfterFill).not.toHaveBeenCalled();
  });

  it('starts a new generation at each submit or reset, so the next record in the same fields is another job', () => {
    document.body.innerHTML = '<form id="f"><input id="company" type="text"></form>';
    enter(el('company'), '株式会社アルファ');
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    enter(el('company'), '株式会社ベータ');
    document.getElementById('f')!.dispatchEvent(new Event('reset', { bubbles: true }));
    enter(el('company'), '株式会社ガンマ');
    expect(onCommit.mock.calls.map(([c]) => [c.value, c.generation])).toEqual([
      ['株式会社アルファ', 0],
      ['株式会社ベータ', 1],
      ['株式会社ガンマ', 2],
    ]);
  });

  it('reports a value again in the next record after a submit: a repeat customer’s prefecture is entered anew', () => {
    document.body.innerHTML = '<form id="f"><input id="pref" type="text"><input id="company" type="text"></form>';
    enter(el('pref'), '東京都');
    enter(el('company'), '株式会社アルファ');
    document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    enter(el('pref'), '');
    enter(el('pref'), '東京都');
    expect(onCommit.mock.calls.map(([c]) => [c.element.id, c.value, c.generation])).toEqual([
      ['pref', '東京都', 0],
      ['company', '株式会社アルファ', 0],
      ['pref', '東京都', 1],
    ]);
  });

  it('names a fill by the form’s signature before Tenki changed anything, whatever the form became since', () => {
    watch.pause();
    el('company').value = '株式会社サンプル商事';
    // The fill showed a block: the form read now has another signature than the one the panel logged the fill under.
    signature = 'form-2';
    watch.markFilled(['#company']);
    signature = 'form-3';
    enter(el('company'), '株式会社サンプル商事本社');
    expect(onEditedAfterFill).toHaveBeenCalledWith(expect.objectContaining({ value: '株式会社サンプル商事本社', filledSignature: 'form-1' }));
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
