// Protects filling: values reach a React-style controlled input through the native setter and bubbling events, every value is read back, and rejections and missing fields are reported.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields, setControlValue } from '@/utils/fill/fill';
import { selectorFor } from '@/utils/form/selector';
import { PREFECTURES } from '@/utils/prefectures';

/**
 * Mimics React's value tracker: an own `value` property on the instance that shadows the prototype's and records
 * every assignment made through it. React compares against the tracked value, so a plain `el.value = x` would be
 * recorded and the change swallowed; a fill must go through the prototype's setter instead.
 */
function trackLikeReact(el: HTMLInputElement): string[] {
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const assignedThroughInstance: string[] = [];
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this) as string;
    },
    set(v: string) {
      assignedThroughInstance.push(v);
      proto.set!.call(this, v);
    },
  });
  return assignedThroughInstance;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fillFields with a controlled input', () => {
  it('sets the value through the prototype setter, bypassing the instance tracker', async () => {
    document.body.innerHTML = '<form><input name="company"></form>';
    const input = document.querySelector('input')!;
    const tracked = trackLikeReact(input);
    const [result] = await fillFields(document, [{ key: 'input[name="company"]', value: '株式会社ひまわり食品' }]);
    expect(tracked).toEqual([]);
    expect(input.value).toBe('株式会社ひまわり食品');
    expect(result).toEqual({ key: 'input[name="company"]', status: 'filled', before: '', after: '株式会社ひまわり食品' });
  });

  it('dispatches bubbling input and change events that a form-level listener sees, after the value is set', async () => {
    document.body.innerHTML = '<form id="f"><input name="tel"></form>';
    const seen: { type: string; bubbles: boolean; value: string; isInput: boolean }[] = [];
    for (const type of ['input', 'change']) {
      document.getElementById('f')!.addEventListener(type, (e) => {
        seen.push({ type: e.type, bubbles: e.bubbles, value: (e.target as HTMLInputElement).value, isInput: e instanceof InputEvent });
      });
    }
    await fillFields(document, [{ key: 'input[name="tel"]', value: '06-6345-7890' }]);
    expect(seen).toEqual([
      { type: 'input', bubbles: true, value: '06-6345-7890', isInput: true },
      { type: 'change', bubbles: true, value: '06-6345-7890', isInput: false },
    ]);
  });

  it("reports 'rejected' with what the page left when a listener resets the value, as a controlled input does", async () => {
    document.body.innerHTML = '<input id="qty" value="1">';
    const input = document.getElementById('qty') as HTMLInputElement;
    trackLikeReact(input);
    // The page's state did not take the change and re-renders the old value on the next task.
    input.addEventListener('input', () => setTimeout(() => (input.value = '1'), 0));
    const [result] = await fillFields(document, [{ key: '#qty', value: '1200' }]);
    expect(result).toEqual({ key: '#qty', status: 'rejected', before: '1', after: '1' });
  });

  it("reports 'rejected' when the page reformats the value (maxlength handlers, uppercasing)", async () => {
    document.body.innerHTML = '<input id="order">';
    const input = document.getElementById('order') as HTMLInputElement;
    input.addEventListener('change', () => (input.value = input.value.slice(0, 8)));
    const [result] = await fillFields(document, [{ key: '#order', value: 'ORD-2024-00815' }]);
    expect(result).toMatchObject({ status: 'rejected', after: 'ORD-2024' });
  });
});

describe('fillFields on plain controls', () => {
  it('fills inputs, textareas and selects and reads each back', async () => {
    const options = PREFECTURES.map((p, i) => `<option value="${String(i + 1).padStart(2, '0')}">${p}</option>`).join('');
    document.body.innerHTML = `<form>
      <input name="zip1" value="100"><input name="zip2">
      <select name="pref"><option value="">選択</option>${options}</select>
      <textarea name="note">旧メモ</textarea></form>`;
    const results = await fillFields(document, [
      { key: 'input[name="zip1"]', value: '530' },
      { key: 'input[name="zip2"]', value: '0001' },
      { key: 'select[name="pref"]', value: '27' },
      { key: 'textarea[name="note"]', value: '午前中着希望\n検品後に請求書を送付' },
    ]);
    expect(results.map((r) => [r.status, r.before, r.after])).toEqual([
      ['filled', '100', '530'],
      ['filled', '', '0001'],
      ['filled', '', '27'],
      ['filled', '旧メモ', '午前中着希望\n検品後に請求書を送付'],
    ]);
    expect((document.querySelector('select') as HTMLSelectElement).selectedOptions[0]!.text).toBe('大阪府');
  });

  it("reports 'rejected' for a select value that is not one of its options", async () => {
    document.body.innerHTML = '<select name="pref"><option value="">選択</option><option value="13">東京都</option></select>';
    const [result] = await fillFields(document, [{ key: 'select[name="pref"]', value: '99' }]);
    expect(result).toMatchObject({ status: 'rejected', after: '' });
  });

  it("reports 'missing' for a field that is no longer on the page and still fills the rest", async () => {
    document.body.innerHTML = '<input name="company">';
    const results = await fillFields(document, [
      { key: 'input[name="gone"]', value: 'x' },
      { key: 'input[name="company"]', value: '株式会社あおば建設' },
    ]);
    expect(results).toEqual([
      { key: 'input[name="gone"]', status: 'missing', before: '', after: '' },
      { key: 'input[name="company"]', status: 'filled', before: '', after: '株式会社あおば建設' },
    ]);
  });

  it('keeps what each control held before, so undo can put it back', async () => {
    document.body.innerHTML = '<input id="a" value="山田"><input id="b" value="">';
    const results = await fillFields(document, [{ key: '#a', value: '高橋' }, { key: '#b', value: '美咲' }]);
    for (const r of results) setControlValue(document.querySelector(r.key) as HTMLInputElement, r.before);
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('山田');
    expect((document.getElementById('b') as HTMLInputElement).value).toBe('');
  });
});

describe('fillFields on controls inside shadow roots and frames', () => {
  it('fills a shadow root’s input by its deep key, and a listener outside the shadow root hears the input event', async () => {
    document.body.innerHTML = '<x-order id="order"></x-order>';
    const root = document.getElementById('order')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="company">';
    const heard: string[] = [];
    document.addEventListener('input', (e) => heard.push((e.composedPath()[0] as HTMLInputElement).value));
    const key = selectorFor(root.getElementById('company')!);
    const [result] = await fillFields(document, [{ key, value: '株式会社ひまわり食品' }]);
    expect(result).toMatchObject({ key, status: 'filled', after: '株式会社ひまわり食品' });
    expect(heard).toEqual(['株式会社ひまわり食品']);
  });

  it('fills a same-origin frame’s input with that frame’s own setter and events', async () => {
    document.body.innerHTML = '<iframe id="form"></iframe>';
    const framed = (document.getElementById('form') as HTMLIFrameElement).contentDocument!;
    framed.body.innerHTML = '<input name="tel">';
    const input = framed.querySelector('input')!;
    let changed = 0;
    input.addEventListener('change', () => changed++);
    const [result] = await fillFields(document, [{ key: selectorFor(input), value: '06-6345-7890' }]);
    expect(result).toMatchObject({ status: 'filled', after: '06-6345-7890' });
    expect(input.value).toBe('06-6345-7890');
    expect(changed).toBe(1);
  });
});

describe('setControlValue', () => {
  it('focuses and blurs the control like a person would, so validation on blur runs', () => {
    document.body.innerHTML = '<input id="mail" type="email">';
    const input = document.getElementById('mail') as HTMLInputElement;
    const order: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) input.addEventListener(type, () => order.push(type));
    setControlValue(input, 'i.suzuki@aoba-kensetsu.example.jp');
    expect(order.filter((t, i) => order.indexOf(t) === i)).toEqual(['focus', 'input', 'change', 'blur']);
    expect(document.activeElement).not.toBe(input);
  });
});

describe('radio buttons and checkboxes', () => {
  it('chooses a radio button of the group by its value with a click, and reads the group back', async () => {
    document.body.innerHTML = '<form><input type="radio" name="pay" value="card" checked><input type="radio" name="pay" value="bank"></form>';
    const clicks: string[] = [];
    document.querySelectorAll('input').forEach((r) => r.addEventListener('click', () => clicks.push(r.value)));
    const [result] = await fillFields(document, [{ key: 'input[name="pay"]', value: 'bank' }]);
    expect(result).toMatchObject({ status: 'filled', before: 'card', after: 'bank' });
    expect(clicks).toEqual(['bank']);
  });

  it('checks and unchecks a checkbox, and reports a value no button has as rejected', async () => {
    document.body.innerHTML = '<input type="checkbox" id="a"><input type="checkbox" id="b" checked><input type="radio" name="r" value="x">';
    const results = await fillFields(document, [
      { key: '#a', value: 'true' },
      { key: '#b', value: 'false' },
      { key: 'input[name="r"]', value: 'nope' },
    ]);
    expect(results.map((r) => [r.status, r.before, r.after])).toEqual([
      ['filled', 'false', 'true'],
      ['filled', 'true', 'false'],
      ['rejected', '', ''],
    ]);
  });
});
