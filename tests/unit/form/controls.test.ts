// Protects deep controls: inputs inside open shadow roots and same-origin frames are found in page order, keyed, and found again from the key.
import { beforeEach, describe, expect, it } from 'vitest';
import { controlsOf, KEY_SEPARATOR, resolveKey, rootsOf } from '@/utils/form/controls';
import { readForm } from '@/utils/form/read-form';
import { selectorFor } from '@/utils/form/selector';

beforeEach(() => {
  document.body.innerHTML = '';
});

function shadowHost(id: string, html: string, parent: ParentNode = document.body): ShadowRoot {
  const host = document.createElement('div');
  host.id = id;
  parent.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

/** jsdom loads no frame content (srcdoc or src), so a test writes the framed page itself, as a same-origin script could. */
function frame(id: string, html: string): Document {
  const iframe = document.createElement('iframe');
  iframe.id = id;
  document.body.appendChild(iframe);
  const doc = iframe.contentDocument!;
  doc.body.innerHTML = html;
  return doc;
}

describe('controlsOf', () => {
  it('lists controls of shadow roots and frames at their host’s place in the page', () => {
    document.body.innerHTML = '<input id="first">';
    shadowHost('customer', '<input id="name"><select id="pref"></select>');
    frame('delivery', '<textarea id="note"></textarea>');
    document.body.insertAdjacentHTML('beforeend', '<input id="last">');
    expect(controlsOf(document).map((el) => el.id)).toEqual(['first', 'name', 'pref', 'note', 'last']);
    expect(rootsOf(document)).toHaveLength(3);
  });

  it('reaches a shadow root inside a shadow root and a shadow root inside a frame', () => {
    const outer = shadowHost('outer', '<p>ご注文者</p>');
    shadowHost('inner', '<input name="tel">', outer);
    const framed = frame('f', '<div id="x"></div>');
    framed.getElementById('x')!.attachShadow({ mode: 'open' }).innerHTML = '<input name="zip">';
    expect(controlsOf(document).map((el) => el.getAttribute('name'))).toEqual(['tel', 'zip']);
  });

  it('skips closed shadow roots and frames whose document cannot be reached', () => {
    document.body.innerHTML = '<div id="closed"></div>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<input id="hidden-away">';
    const iframe = document.createElement('iframe');
    document.body.appendChild(iframe);
    // A cross-origin frame: the browser hands out no document, or throws.
    Object.defineProperty(iframe, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    document.body.insertAdjacentHTML('beforeend', '<input id="mine">');
    expect(controlsOf(document).map((el) => el.id)).toEqual(['mine']);
  });
});

describe('keys of deep controls', () => {
  it('joins the host’s selector and the selector inside it, and resolves back to the same element', () => {
    const root = shadowHost('customer', '<label for="name">お名前</label><input id="name">');
    const framed = frame('delivery', '<input name="zip">');
    const inShadow = root.getElementById('name')!;
    const inFrame = framed.querySelector('input')!;
    expect(selectorFor(inShadow)).toBe(`#customer${KEY_SEPARATOR}#name`);
    expect(selectorFor(inFrame)).toBe(`#delivery${KEY_SEPARATOR}input[name="zip"]`);
    expect(resolveKey(document, selectorFor(inShadow))).toBe(inShadow);
    expect(resolveKey(document, selectorFor(inFrame))).toBe(inFrame);
  });

  it('tells apart controls with the same id in two shadow roots', () => {
    const a = shadowHost('a', '<input id="tel">');
    const b = shadowHost('b', '<input id="tel">');
    const keys = [a, b].map((r) => selectorFor(r.getElementById('tel')!));
    expect(new Set(keys).size).toBe(2);
    expect(resolveKey(document, keys[1]!)).toBe(b.getElementById('tel'));
  });

  it('anchors a layout path in a shadow root at the root’s own child', () => {
    const root = shadowHost('h', '<div><span><input></span></div><div><span><input></span></div>');
    const second = root.querySelectorAll('input')[1]!;
    const key = selectorFor(second);
    expect(key).toBe(`#h${KEY_SEPARATOR}div:nth-of-type(2) > span > input`);
    expect(resolveKey(document, key)).toBe(second);
  });

  it('keeps a name holding the separator inside one step', () => {
    const root = shadowHost('h', '<input name="a >>> b">');
    const el = root.querySelector('input')!;
    const key = selectorFor(el);
    expect(key.split(KEY_SEPARATOR)).toHaveLength(2);
    expect(resolveKey(document, key)).toBe(el);
  });

  it('resolves to null when a host is gone or a step is not a selector', () => {
    const root = shadowHost('h', '<input id="x">');
    const key = selectorFor(root.getElementById('x')!);
    document.getElementById('h')!.remove();
    expect(resolveKey(document, key)).toBeNull();
    expect(resolveKey(document, 'input[')).toBeNull();
  });
});

describe('readForm on deep controls', () => {
  it('reads labels inside a shadow root (<label for>, aria-labelledby) and a framed form, with keys that resolve', () => {
    document.body.innerHTML = '<h1>受注入力</h1>';
    shadowHost('customer', '<label for="n">お名前</label><input id="n"><span id="t">電話番号</span><input aria-labelledby="t" name="tel">');
    frame('delivery', '<table><tr><th>郵便番号</th><td><input name="zip"></td></tr></table>');
    const form = readForm(document);
    expect(form.fields.map((f) => [f.label, f.concept])).toEqual([
      ['お名前', 'name'],
      ['電話番号', 'tel'],
      ['郵便番号', 'postal-code'],
    ]);
    for (const f of form.fields) expect(resolveKey(document, f.key)?.getAttribute('name') ?? resolveKey(document, f.key)?.id).toBeTruthy();
    expect(resolveKey(document, form.fields[2]!.key)).toBe(document.querySelector('iframe')!.contentDocument!.querySelector('input'));
  });
});
