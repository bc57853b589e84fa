// Protects filling beyond plain inputs: contenteditable editing hosts, date/time inputs in their own formats, and the controls a person could not type into (read-only, disabled, hidden) left alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields } from '@/utils/fill/fill';
import { formatForInput } from '@/utils/fill/formats';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('contenteditable', () => {
  it('replaces the text with beforeinput and input events and reads it back', async () => {
    document.body.innerHTML = '<div id="note" contenteditable="true"><p>old</p></div>';
    const el = document.getElementById('note')!;
    const events: string[] = [];
    for (const type of ['focus', 'beforeinput', 'input', 'blur']) el.addEventListener(type, (e) => events.push(`${type}:${(e as InputEvent).inputType ?? ''}`));
    const [result] = await fillFields(document, [{ key: '#note', value: '至急 配送希望' }]);
    expect(result).toEqual({ key: '#note', status: 'filled', before: 'old', after: '至急 配送希望' });
    expect(el.textContent).toBe('至急 配送希望');
    expect(events.filter((e) => !e.startsWith('focus') && !e.startsWith('blur'))).toEqual(['beforeinput:insertText', 'input:insertText']);
  });

  it('leaves the text to an editor that cancels beforeinput, and reports the value rejected', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="plaintext-only">keep</div>';
    document.getElementById('ed')!.addEventListener('beforeinput', (e) => e.preventDefault());
    const [result] = await fillFields(document, [{ key: '#ed', value: 'new' }]);
    expect(result).toMatchObject({ status: 'rejected', before: 'keep', after: 'keep' });
  });

  it('does not treat contenteditable=false or a plain element as fillable', async () => {
    document.body.innerHTML = '<div id="a" contenteditable="false">x</div><div id="b">y</div>';
    const results = await fillFields(document, [
      { key: '#a', value: 'v' },
      { key: '#b', value: 'v' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['missing', 'missing']);
    expect(document.getElementById('a')!.textContent).toBe('x');
  });
});

describe('date and time inputs', () => {
  it.each([
    ['date', '2026/4/1', '2026-04-01'],
    ['date', '2026年4月1日', '2026-04-01'],
    ['date', '2026-04-01', '2026-04-01'],
    ['month', '2026/4', '2026-04'],
    ['month', '2026年12月', '2026-12'],
    ['time', '9:05', '09:05'],
    ['time', '9時5分', '09:05'],
    ['datetime-local', '2026/4/1 9:05', '2026-04-01T09:05'],
    ['datetime-local', '2026-04-01T09:05', '2026-04-01T09:05'],
    ['date', '２０２６年４月１日（水）', '2026-04-01'],
    ['date', '2026/4/1 (Wed)', '2026-04-01'],
    ['datetime-local', '2026/4/1(水) 9:05', '2026-04-01T09:05'],
    ['text', '2026/4/1', '2026/4/1'],
  ])('formats %s %s as %s', (type, value, expected) => {
    expect(formatForInput(type, value)).toBe(expected);
  });

  it('fills each type in its format and reads it back as filled', async () => {
    document.body.innerHTML = '<input id="d" type="date"><input id="t" type="time"><input id="dt" type="datetime-local"><input id="m" type="month">';
    const results = await fillFields(document, [
      { key: '#d', value: '2026/4/1' },
      { key: '#t', value: '14:30' },
      { key: '#dt', value: '2026/04/01 14:30' },
      { key: '#m', value: '2026/4' },
    ]);
    expect(results.map((r) => [r.status, r.after])).toEqual([
      ['filled', '2026-04-01'],
      ['filled', '14:30'],
      ['filled', '2026-04-01T14:30'],
      ['filled', '2026-04'],
    ]);
  });

  it('reports a date the input cannot take as rejected', async () => {
    document.body.innerHTML = '<input id="d" type="date">';
    const [result] = await fillFields(document, [{ key: '#d', value: '来週' }]);
    expect(result).toMatchObject({ status: 'rejected', after: '' });
  });
});

describe('controls a person could not type into', () => {
  it('leaves read-only, disabled and hidden controls as they are and says why', async () => {
    document.body.innerHTML = `
      <input id="ro" readonly value="r">
      <input id="dis" disabled value="d">
      <fieldset disabled><input id="fs" value="f"></fieldset>
      <input id="hid" type="hidden" value="h">
      <div hidden><input id="inhidden" value="i"></div>
      <input id="none" style="display:none" value="n">
      <textarea id="rota" readonly>t</textarea>
      <select id="dsel" disabled><option>a</option><option>b</option></select>
      <input id="cb" type="checkbox" disabled>
      <div id="ce" contenteditable="true" aria-readonly="true">c</div>
      <input id="ok" value="">`;
    let changes = 0;
    document.body.addEventListener('input', () => changes++);
    const keys = ['#ro', '#dis', '#fs', '#hid', '#inhidden', '#none', '#rota', '#dsel', '#cb', '#ce'];
    const results = await fillFields(document, [...keys.map((key) => ({ key, value: key === '#cb' ? 'true' : 'b' })), { key: '#ok', value: 'yes' }]);
    expect(results.map((r) => [r.key, r.status, r.skipped])).toEqual([
      ['#ro', 'rejected', 'readonly'],
      ['#dis', 'rejected', 'disabled'],
      ['#fs', 'rejected', 'disabled'],
      ['#hid', 'rejected', 'hidden'],
      ['#inhidden', 'rejected', 'hidden'],
      ['#none', 'rejected', 'hidden'],
      ['#rota', 'rejected', 'readonly'],
      ['#dsel', 'rejected', 'disabled'],
      ['#cb', 'rejected', 'disabled'],
      ['#ce', 'rejected', 'readonly'],
      ['#ok', 'filled', undefined],
    ]);
    expect(results.slice(0, -1).every((r) => r.before === r.after)).toBe(true);
    expect(changes).toBe(1);
  });

  it('fills nothing in a frame it cannot reach (another origin) and reports the field missing', async () => {
    document.body.innerHTML = '<iframe id="f"></iframe>';
    const frame = document.getElementById('f') as HTMLIFrameElement;
    // A cross-origin frame's document is out of reach: the browser gives null.
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    const [result] = await fillFields(document, [{ key: '#f >>> #name', value: 'x' }]);
    expect(result).toMatchObject({ status: 'missing', after: '', skipped: 'frame' });
  });

  it('reaches a same-origin frame, and says nothing of frames for a field that is simply gone', async () => {
    document.body.innerHTML = '<iframe id="f"></iframe>';
    const inner = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    inner.body.innerHTML = '<input id="name">';
    const results = await fillFields(document, [
      { key: '#f >>> #name', value: 'x' },
      { key: '#f >>> #gone', value: 'y' },
      { key: '#nohost >>> #gone', value: 'z' },
    ]);
    expect(results.map((r) => [r.status, r.skipped])).toEqual([
      ['filled', undefined],
      ['missing', undefined],
      ['missing', undefined],
    ]);
    expect((inner.getElementById('name') as HTMLInputElement).value).toBe('x');
  });

  it('never submits the form', async () => {
    document.body.innerHTML = '<form id="f"><input id="a"><input id="b" type="date"><div id="c" contenteditable="true"></div></form>';
    let submitted = 0;
    const keys: string[] = [];
    document.getElementById('f')!.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    document.addEventListener('keydown', (e) => keys.push(e.key));
    await fillFields(document, [
      { key: '#a', value: 'x' },
      { key: '#b', value: '2026-01-02' },
      { key: '#c', value: 'y' },
    ]);
    expect(submitted).toBe(0);
    expect(keys).toEqual([]);
  });
});
