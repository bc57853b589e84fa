// Protects the highlights in the page: one outline per filled control in its tier's colour, the page's inline styles restored exactly, cleared on a new fill, on undo and when the content script goes away; and the hovered source element.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields, type FillItem } from '@/utils/fill/fill';
import { Highlighter, TIER_COLOURS } from '@/utils/fill/highlight';
import { createPageHighlights } from '@/utils/fill/page-highlights';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Highlighter', () => {
  it('restores inline styles byte for byte, including an outline and !important the page set itself', () => {
    document.body.innerHTML = `<input id="a"><input id="b" style="color: red;outline:1px dotted blue !important"><input id="c" style="">`;
    const els = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const before = els.map((el) => el.getAttribute('style'));
    const h = new Highlighter();
    els.forEach((el) => h.add(el, 'medium'));
    expect(els.every((el) => el.style.outline.includes(TIER_COLOURS.medium))).toBe(true);
    expect(els[1]!.style.color).toBe('red');
    h.clear();
    expect(els.map((el) => el.getAttribute('style'))).toEqual(before);
    expect(els.some((el) => el.hasAttribute('data-tenki-tier'))).toBe(false);
    expect(h.size).toBe(0);
  });

  it('changes neither size nor position: only outline, outline-offset and box-shadow', () => {
    document.body.innerHTML = '<input id="a">';
    const el = document.getElementById('a')!;
    new Highlighter().add(el, 'high');
    const set = Array.from({ length: el.style.length }, (_, i) => el.style.item(i)).filter((p) => !p.startsWith('outline') && p !== 'box-shadow');
    expect(set).toEqual([]);
  });

  it('keeps a style the page changed while highlighted', () => {
    document.body.innerHTML = '<input id="a" style="color: red">';
    const el = document.getElementById('a')!;
    const h = new Highlighter();
    h.add(el, 'low');
    el.style.backgroundColor = 'yellow';
    h.clear();
    expect(el.style.backgroundColor).toBe('yellow');
    expect(el.style.color).toBe('red');
    expect(el.style.outline).toBe('');
  });

  it('highlights an element once, re-coloured when added again', () => {
    document.body.innerHTML = '<input id="a" style="width: 10px">';
    const el = document.getElementById('a')!;
    const h = new Highlighter();
    h.add(el, 'high');
    h.add(el, 'low');
    expect(h.size).toBe(1);
    expect(el.getAttribute('data-tenki-tier')).toBe('low');
    h.clear();
    expect(el.getAttribute('style')).toBe('width: 10px');
  });
});

describe('page highlights after a fill', () => {
  const setup = () => {
    document.body.innerHTML = '<input id="a" style="border: 1px solid gray"><input id="b"><div id="c" contenteditable="true"></div><input id="d" readonly><input id="e">';
    return createPageHighlights(document);
  };
  const fill = async (page: ReturnType<typeof setup>, items: FillItem[]) => {
    const results = await fillFields(document, items);
    page.clear();
    page.afterFill(items, results);
    return results;
  };
  const tiers = () => Array.from(document.querySelectorAll('[data-tenki-tier]'), (el) => `${el.id}:${el.getAttribute('data-tenki-tier')}`);

  it('marks each filled control by its tier, nothing for items without one or not filled, and clears on undo', async () => {
    const page = setup();
    const results = await fill(page, [
      { key: '#a', value: '1', tier: 'high' },
      { key: '#b', value: '2', tier: 'medium' },
      { key: '#c', value: '3', tier: 'low' },
      { key: '#d', value: '4', tier: 'high' },
      { key: '#e', value: '5' },
    ]);
    expect(tiers()).toEqual(['a:high', 'b:medium', 'c:low']);
    expect((document.getElementById('b') as HTMLElement).style.outline).toContain(TIER_COLOURS.medium);
    // Undo: the panel fills the values from before, without tiers.
    await fill(
      page,
      results.map((r) => ({ key: r.key, value: r.before })),
    );
    expect(tiers()).toEqual([]);
    expect(document.getElementById('a')!.getAttribute('style')).toBe('border: 1px solid gray');
    expect(document.getElementById('b')!.hasAttribute('style')).toBe(false);
  });

  it('replaces the previous fill’s highlights on a new fill', async () => {
    const page = setup();
    await fill(page, [{ key: '#a', value: '1', tier: 'high' }]);
    await fill(page, [{ key: '#b', value: '2', tier: 'low' }]);
    expect(tiers()).toEqual(['b:low']);
  });

  it('removes every highlight when the content script’s context is invalidated', async () => {
    document.body.innerHTML = '<input id="a"><p id="s">x</p>';
    const controller = new AbortController();
    const page = createPageHighlights(document, controller.signal);
    const items: FillItem[] = [{ key: '#a', value: '1', tier: 'high' }];
    page.afterFill(items, await fillFields(document, items));
    page.source('#s');
    controller.abort();
    expect(document.querySelectorAll('[style], [data-tenki-tier], [data-tenki-source]')).toHaveLength(0);
  });
});

describe('source highlight', () => {
  it('outlines the element a selector names and clears it when the selector is undefined', () => {
    document.body.innerHTML = '<table><tr><td id="v" style="padding: 2px">山田</td></tr></table>';
    const page = createPageHighlights(document);
    expect(page.source('#v')).toBe(true);
    const el = document.getElementById('v')!;
    expect(el.hasAttribute('data-tenki-source')).toBe(true);
    expect(el.style.outline).not.toBe('');
    expect(page.source(undefined)).toBe(false);
    expect(el.hasAttribute('data-tenki-source')).toBe(false);
    expect(el.getAttribute('style')).toBe('padding: 2px');
  });

  it('moves to the next hovered element and ignores selectors that match nothing or are invalid', () => {
    document.body.innerHTML = '<p id="x">a</p><p id="y">b</p>';
    const page = createPageHighlights(document);
    page.source('#x');
    page.source('#y');
    expect(Array.from(document.querySelectorAll('[data-tenki-source]'), (e) => e.id)).toEqual(['y']);
    expect(page.source('#nope')).toBe(false);
    expect(page.source('[[bad')).toBe(false);
    expect(document.querySelectorAll('[data-tenki-source]')).toHaveLength(0);
  });
});
