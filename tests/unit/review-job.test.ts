// Protects what the fill button does and what the log records: approved values only, low-tier proposals held back, one honest method per touched field, a status per filled field and what undo puts back.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFromText } from '@/utils/extract';
import { readForm, type TargetForm } from '@/utils/form/read-form';
import { proposeMapping, type Proposal } from '@/utils/mapping/map';
import { fieldStatus, fillItems, jobFields, mergeResults, mergeUndo } from '@/utils/review-job';
import type { FillResult } from '@/utils/fill/fill';

// 見積依頼 (quotation request) entry screen of a sales system.
const FORM_HTML = `<form><table>
  <tr><th>会社名</th><td><input name="company"></td></tr>
  <tr><th>ご担当者名</th><td><input name="contact"></td></tr>
  <tr><th>電話番号</th><td><input name="tel"></td></tr>
  <tr><th>メールアドレス</th><td><input type="email" name="mail"></td></tr>
  <tr><th>品名</th><td><input name="item"></td></tr>
  <tr><th>数量</th><td><input type="number" name="qty"></td></tr>
  <tr><th>備考</th><td><textarea name="note"></textarea></td></tr>
  <tr><th>マイナンバー</th><td><input name="my_number"></td></tr>
</table></form>`;

const MAIL = `会社名：株式会社あおば建設
ご担当者名：鈴木 一郎
電話番号：045-671-2121
メールアドレス：i.suzuki@aoba-kensetsu.example.jp
品名：安全帯 フルハーネス型
数量：20
個人番号：123456789012`;

let form: TargetForm;
let proposals: Proposal[];
const key = (name: string) => form.fields.find((f) => f.name === name)!.key;

beforeEach(() => {
  document.body.innerHTML = FORM_HTML;
  form = readForm(document);
  proposals = proposeMapping(extractFromText(MAIL), form);
});

describe('fillItems', () => {
  it('fills the high and medium proposals and holds back the low (sensitive) one', () => {
    const items = fillItems({ form, proposals, edits: {}, included: {} });
    expect(items.map(({ key: k, value }) => ({ key: k, value }))).toEqual([
      { key: key('company'), value: '株式会社あおば建設' },
      { key: key('contact'), value: '鈴木 一郎' },
      { key: key('tel'), value: '045-671-2121' },
      { key: key('mail'), value: 'i.suzuki@aoba-kensetsu.example.jp' },
      { key: key('item'), value: '安全帯 フルハーネス型' },
      { key: key('qty'), value: '20' },
    ]);
    // Each carries its tier, so the page highlights it in that tier's colour.
    expect(items.every((i) => i.tier === proposals.find((p) => p.key === i.key)?.tier)).toBe(true);
  });

  it("uses the clerk's edits, fills a field the clerk typed into, and leaves out what the clerk unticked", () => {
    const items = fillItems({
      form,
      proposals,
      edits: { [key('qty')]: '25', [key('note')]: '4月中旬納品希望' },
      included: { [key('tel')]: false, [key('note')]: true },
    });
    expect(items.map((i) => [form.fields.find((f) => f.key === i.key)!.name, i.value])).toEqual([
      ['company', '株式会社あおば建設'],
      ['contact', '鈴木 一郎'],
      ['mail', 'i.suzuki@aoba-kensetsu.example.jp'],
      ['item', '安全帯 フルハーネス型'],
      ['qty', '25'],
      ['note', '4月中旬納品希望'],
    ]);
    // What the clerk typed is highlighted as the clerk's own pick.
    expect(items.filter((i) => [key('qty'), key('note')].includes(i.key)).map((i) => i.tier)).toEqual(['low', 'low']);
  });

  it('fills a low-tier proposal only after the clerk picks it', () => {
    const items = fillItems({ form, proposals, edits: {}, included: { [key('my_number')]: true } });
    expect(items).toContainEqual({ key: key('my_number'), value: '123456789012', tier: 'low' });
  });

  it('never fills an empty value, even when ticked', () => {
    const items = fillItems({ form, proposals, edits: { [key('company')]: '' }, included: { [key('company')]: true, [key('note')]: true } });
    expect(items.map((i) => i.key)).not.toContain(key('company'));
    expect(items.map((i) => i.key)).not.toContain(key('note'));
  });

  it('fills nothing without a form', () => {
    expect(fillItems({ form: undefined, proposals, edits: {}, included: {} })).toEqual([]);
  });
});

describe('jobFields', () => {
  it('records autofilled, edited (a corrected proposal) and skipped per field, and nothing for untouched fields', () => {
    const fields = jobFields({
      form,
      proposals,
      edits: { [key('qty')]: '25', [key('contact')]: '鈴木 一郎' },
      included: { [key('item')]: false },
    });
    expect(fields.map((f) => [form.fields.find((x) => x.key === f.key)!.name, f.method, f.value, f.tier, f.position, f.corrected])).toEqual([
      ['company', 'autofilled', '株式会社あおば建設', 'high', 0, false],
      // Typing the same value the proposal had is not a correction.
      ['contact', 'autofilled', '鈴木 一郎', 'high', 1, false],
      ['tel', 'autofilled', '045-671-2121', 'high', 2, false],
      ['mail', 'autofilled', 'i.suzuki@aoba-kensetsu.example.jp', 'high', 3, false],
      ['item', 'skipped', '安全帯 フルハーネス型', 'high', 4, undefined],
      ['qty', 'edited', '25', 'high', 5, true],
      ['my_number', 'skipped', '123456789012', 'low', 7, undefined],
    ]);
  });

  it('records a field the clerk typed in the panel without a proposal as typed by hand, with the concept the form gives it', () => {
    const [note, ...rest] = jobFields({ form, proposals: [], edits: { [key('note')]: '4月中旬納品希望', [key('tel')]: '03-5555-0134' }, included: {} }).sort((a, b) => b.position - a.position);
    expect(note).toMatchObject({ label: '備考', method: 'typed', concept: undefined, tier: undefined, corrected: undefined });
    expect(rest).toEqual([expect.objectContaining({ label: '電話番号', method: 'typed', concept: 'tel' })]);
  });

  it('records a proposal the clerk cleared as skipped', () => {
    const fields = jobFields({ form, proposals, edits: { [key('company')]: '' }, included: {} });
    expect(fields.find((f) => f.key === key('company'))?.method).toBe('skipped');
  });

  it('logs a field the page refused or the fill could not reach as skipped, and one the page reformatted as filled', () => {
    const review = { form, proposals, edits: {}, included: {} };
    const results: FillResult[] = [
      { key: key('company'), status: 'rejected', before: '', after: '' },
      { key: key('tel'), status: 'missing', before: '', after: '' },
      { key: key('mail'), status: 'rejected', before: '', after: '', skipped: 'readonly' },
      { key: key('contact'), status: 'rejected', before: '', after: '鈴木　一郎' },
      { key: key('item'), status: 'filled', before: '', after: '安全帯 フルハーネス型' },
    ];
    const methods = Object.fromEntries(jobFields(review, results).map((f) => [form.fields.find((x) => x.key === f.key)!.name, [f.method, f.corrected]]));
    expect(methods).toMatchObject({
      company: ['skipped', undefined],
      tel: ['skipped', undefined],
      mail: ['skipped', undefined],
      contact: ['autofilled', false],
      item: ['autofilled', false],
    });
  });

  it('agrees with fillItems: what is filled is logged as filled, the rest as skipped', () => {
    const review = { form, proposals, edits: { [key('qty')]: '25' }, included: { [key('tel')]: false } };
    const filled = new Set(fillItems(review).map((i) => i.key));
    for (const f of jobFields(review)) expect(f.method === 'skipped', f.label).toBe(!filled.has(f.key));
  });
});

describe('fieldStatus / mergeResults / mergeUndo', () => {
  const result = (key: string, status: FillResult['status'], before: string, after: string): FillResult => ({ key, status, before, after });

  it('tells a value the page kept from one it reformatted, refused or lost the field of', () => {
    expect(fieldStatus(result('#a', 'filled', '', '03-1234-5678'))).toBe('filled');
    // The page turned our value into its own: something new is there.
    expect(fieldStatus(result('#a', 'rejected', '', '0312345678'))).toBe('changed');
    // Left empty, or put back to what it held: the page refused the value.
    expect(fieldStatus(result('#a', 'rejected', '', ''))).toBe('rejected');
    expect(fieldStatus(result('#a', 'rejected', '山田', '山田'))).toBe('rejected');
    expect(fieldStatus(result('#a', 'missing', '', ''))).toBe('missing');
    // A read-only field the fill left alone is neither a refusal nor something to undo.
    const readOnly: FillResult = { ...result('#r', 'rejected', '固定', '固定'), skipped: 'readonly' };
    expect(fieldStatus(readOnly)).toBe('skipped');
    expect(mergeUndo(undefined, [readOnly])).toEqual([]);
  });

  it('keeps the latest result per field when one field is filled after the others', () => {
    const first = [result('#a', 'filled', '', 'x'), result('#b', 'rejected', '', '')];
    const merged = mergeResults(first, [result('#b', 'filled', '', 'y')]);
    expect(merged).toEqual([result('#a', 'filled', '', 'x'), result('#b', 'filled', '', 'y')]);
    expect(mergeResults(undefined, first)).toEqual(first);
  });

  it('undoes to what the form held before the job first touched each field, never to an earlier fill', () => {
    const first = mergeUndo(undefined, [result('#a', 'filled', '手入力', 'x'), result('#gone', 'missing', '', '')]);
    expect(first).toEqual([{ key: '#a', value: '手入力' }]);
    const second = mergeUndo(first, [result('#a', 'filled', 'x', 'z'), result('#b', 'rejected', '', '')]);
    expect(second).toEqual([{ key: '#a', value: '手入力' }, { key: '#b', value: '' }]);
  });
});
