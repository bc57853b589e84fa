// Protects field keys: the selector built for a control must find that same control again, or fills and the log would name the wrong field.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectorFor } from '@/utils/form/selector';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('selectorFor', () => {
  it('uses a unique plain id', () => {
    document.body.innerHTML = '<form><input id="customer_name" name="name"></form>';
    expect(selectorFor(document.getElementById('customer_name')!)).toBe('#customer_name');
  });

  it('quotes ids that are not CSS identifiers (digits first, Japanese, quotes)', () => {
    document.body.innerHTML = '<input id="1st-contact"><input id="氏名"><input id=\'a"b\'>';
    const inputs = Array.from(document.querySelectorAll('input'));
    for (const el of inputs) expect(document.querySelector(selectorFor(el))).toBe(el);
    expect(selectorFor(inputs[1]!)).toBe('input[id="氏名"]');
  });

  it('keeps a name selector, not a layout path, for names with quotes and brackets', () => {
    document.body.innerHTML = '<div><input name=\'order["note"]\'></div><div><input name="items[0][qty]"></div>';
    const [note, qty] = Array.from(document.querySelectorAll('input'));
    expect(selectorFor(note!)).toBe('input[name="order[\\"note\\"]"]');
    expect(document.querySelector(selectorFor(note!))).toBe(note);
    expect(selectorFor(qty!)).toBe('input[name="items[0][qty]"]');
  });

  it('falls back to the name attribute when the id is duplicated', () => {
    document.body.innerHTML = '<input id="tel" name="tel1"><input id="tel" name="tel2">';
    const second = document.querySelectorAll('input')[1]!;
    expect(selectorFor(second)).toBe('input[name="tel2"]');
  });

  it('builds a path from the nearest ancestor with an id when the name is shared (radio-like groups, EC-CUBE arrays)', () => {
    document.body.innerHTML = '<table id="items"><tr><td><input name="qty[]"></td></tr><tr><td><input name="qty[]"></td></tr></table>';
    const second = document.querySelectorAll('input')[1]!;
    const sel = selectorFor(second);
    expect(sel.startsWith('#items > ')).toBe(true);
    expect(document.querySelectorAll(sel)).toHaveLength(1);
    expect(document.querySelector(sel)).toBe(second);
  });

  it('builds a path from the document root when no ancestor has an id', () => {
    document.body.innerHTML = '<div><p><input></p><p><input></p></div>';
    const second = document.querySelectorAll('input')[1]!;
    expect(selectorFor(second)).toBe('html > body > div > p:nth-of-type(2) > input');
  });

  it('finds the same element back on random small DOM trees', () => {
    type Tree = { tag: string; id?: string; name?: string; children: Tree[] };
    const attr = fc.option(fc.constantFrom('a', 'b', 'tel', 'zip1', '1x', '氏名', 'x y', 'q"t', 'back\\slash', 'line\nbreak', 'data[0]', 'a >>> b'), { nil: undefined });
    const tag = fc.constantFrom('div', 'span', 'p', 'input', 'label', 'section', 'td');
    const treeOf = (depth: number): fc.Arbitrary<Tree> =>
      fc.record({ tag, id: attr, name: attr, children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }) });
    const tree = treeOf(3);
    const build = (t: Tree): Element => {
      const el = document.createElement(t.tag);
      if (t.id !== undefined) el.setAttribute('id', t.id);
      if (t.name !== undefined) el.setAttribute('name', t.name);
      for (const c of t.children) el.appendChild(build(c));
      return el;
    };
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren(...trees.map(build));
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          const sel = selectorFor(el);
          const found = document.querySelectorAll(sel);
          expect(found, sel).toHaveLength(1);
          expect(found[0], sel).toBe(el);
        }
      }),
      { numRuns: 300 },
    );
    // Three hundred trees take a second alone and several on a machine busy with other work; the check is what they find, not how fast.
  }, 60_000);
});
