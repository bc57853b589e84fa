// Protects learning from corrections: what a filled review teaches (labels, never values), and how the rules win on the next message of the same template and only there.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFromText, type ExtractedField } from '@/utils/extract';
import { readForm, type TargetForm } from '@/utils/form/read-form';
import { proposeMapping, type Proposal } from '@/utils/mapping/map';
import { applyRules, findSource, fitValue, learnRules, sourceRefOf, type Rule } from '@/utils/mapping/rules';
import type { Review } from '@/utils/review-job';
import { sourceSignature } from '@/utils/source';

const ORDER_A = `【ご注文者】
お名前：山田 花子
会社名：株式会社ひまわり食品
電話番号：06-6345-7890
携帯：090-1234-5678
【お届け先】
お名前：佐藤 一郎
電話番号：03-1111-2222
数量：12
個人番号：123456789012`;

// The next order from the same template: the same labels, other values.
const ORDER_B = `【ご注文者】
お名前：鈴木 一郎
会社名：株式会社あおば建設
電話番号：045-671-2121
携帯：080-9876-5432
【お届け先】
お名前：田中 三郎
電話番号：045-222-3333
数量：20
個人番号：987654321098`;

const FORM = `<form><table>
  <tr><th>取引先名</th><td><input name="company"></td></tr>
  <tr><th>ご担当者</th><td><input name="contact"></td></tr>
  <tr><th>電話番号</th><td><input name="tel1" maxlength="5">-<input name="tel2" maxlength="4">-<input name="tel3" maxlength="4"></td></tr>
  <tr><th>数量</th><td><input type="number" name="qty"></td></tr>
  <tr><th>個人番号</th><td><input name="mynumber"></td></tr>
  <tr><th>備考</th><td><textarea name="note"></textarea></td></tr>
</table></form>`;

let form: TargetForm;
const key = (name: string) => form.fields.find((f) => f.name === name)!.key;
const field = (name: string) => form.fields.find((f) => f.name === name)!;

function source(text: string) {
  const fields = extractFromText(text);
  return { fields, signature: sourceSignature(fields) };
}

/** A review as the panel holds it when the clerk presses fill. */
function review(text: string, edits: Record<string, string> = {}, included: Record<string, boolean> = {}): Review {
  return { form, proposals: proposeMapping(source(text).fields, form), edits, included };
}

function learn(text: string, edits: Record<string, string> = {}, included: Record<string, boolean> = {}): Rule[] {
  return learnRules(review(text, edits, included), source(text), 1_000);
}

function proposalsFor(text: string, rules: Rule[]): Proposal[] {
  const { fields } = source(text);
  return applyRules(proposeMapping(fields, form), rules, fields, form);
}

const at = (proposals: Proposal[], name: string) => proposals.find((p) => p.key === key(name));

beforeEach(() => {
  document.body.innerHTML = FORM;
  form = readForm(document);
});

describe('learnRules', () => {
  it('learns nothing from proposals the clerk accepted', () => {
    expect(learn(ORDER_A)).toEqual([]);
    expect(learn(ORDER_A, { [key('contact')]: '山田 花子' })).toEqual([]);
  });

  it('learns which source field the clerk took instead of the proposal, by label, block and occurrence', () => {
    const rules = learn(ORDER_A, { [key('contact')]: '佐藤 一郎' });
    expect(rules).toEqual([
      {
        sourceSignature: source(ORDER_A).signature,
        formSignature: form.signature,
        targetKey: key('contact'),
        targetLabel: 'ご担当者',
        action: { kind: 'source', label: 'お名前', section: 'お届け先', occurrence: 0 },
        createdAt: 1_000,
      },
    ]);
  });

  it('recognises the value however the clerk wrote it: full-width, without hyphens, or the part of a split field', () => {
    const rules = learn(ORDER_A, { [key('tel1')]: '０９０', [key('tel2')]: '1234', [key('tel3')]: '5678' });
    expect(rules.map((r) => [r.targetLabel, r.action])).toEqual([
      ['電話番号 (1/3)', { kind: 'source', label: '携帯', section: 'ご注文者', occurrence: 0 }],
      ['電話番号 (2/3)', { kind: 'source', label: '携帯', section: 'ご注文者', occurrence: 0 }],
      ['電話番号 (3/3)', { kind: 'source', label: '携帯', section: 'ご注文者', occurrence: 0 }],
    ]);
    expect(learn(ORDER_A, { [key('note')]: '０９０１２３４５６７８' }).map((r) => r.action)).toEqual([{ kind: 'source', label: '携帯', section: 'ご注文者', occurrence: 0 }]);
  });

  it('learns to leave a field to the clerk when a high or medium proposal was unchecked, cleared or replaced by something not in the source', () => {
    expect(learn(ORDER_A, {}, { [key('qty')]: false }).map((r) => [r.targetKey, r.action])).toEqual([[key('qty'), { kind: 'leave' }]]);
    expect(learn(ORDER_A, { [key('company')]: '' }).map((r) => [r.targetKey, r.action])).toEqual([[key('company'), { kind: 'leave' }]]);
    expect(learn(ORDER_A, { [key('qty')]: '3' }).map((r) => [r.targetKey, r.action])).toEqual([[key('qty'), { kind: 'leave' }]]);
  });

  it('learns nothing from a low proposal left unchecked, an adjusted proposal, or a field typed by hand', () => {
    expect(at(review(ORDER_A).proposals, 'mynumber')?.tier).toBe('low');
    expect(learn(ORDER_A, {}, { [key('mynumber')]: false })).toEqual([]);
    // A colour added to the proposed name keeps the proposal's source right.
    expect(learn(ORDER_A, { [key('company')]: '株式会社ひまわり食品 大阪支店' })).toEqual([]);
    expect(learn(ORDER_A, { [key('note')]: '午前中に配達' })).toEqual([]);
    // The proposal's own source in another shape is a format choice, not a correction.
    expect(learn(ORDER_A, { [key('tel1')]: '０６' })).toEqual([]);
  });

  it('keeps labels and signatures only, never a value the clerk or the source held', () => {
    const rules = learn(ORDER_A, { [key('contact')]: '佐藤 一郎', [key('note')]: '090-1234-5678', [key('qty')]: '3' }, { [key('company')]: false });
    expect(rules).toHaveLength(4);
    const stored = JSON.stringify(rules);
    for (const value of ['佐藤', '一郎', '090', '1234', '5678', 'ひまわり', '3"', '12']) expect(stored).not.toContain(value);
  });

  it('learns nothing without a form', () => {
    expect(learnRules({ proposals: [], edits: {}, included: {} }, source(ORDER_A), 1)).toEqual([]);
  });
});

describe('applyRules', () => {
  it('gives the next message of the same template the source field the clerk chose, at the high tier, saying it was learned', () => {
    const rules = learn(ORDER_A, { [key('contact')]: '佐藤 一郎' });
    const before = proposalsFor(ORDER_B, []);
    expect(at(before, 'contact')?.value).toBe('鈴木 一郎');
    const after = proposalsFor(ORDER_B, rules);
    expect(at(after, 'contact')).toMatchObject({ value: '田中 三郎', sourceLabel: 'お名前', tier: 'high', score: 1, reasons: [{ code: 'learnedRule', detail: 'お名前' }] });
    // Every other proposal is the mapper's, in form order.
    expect(after.filter((p) => p.key !== key('contact'))).toEqual(before.filter((p) => p.key !== key('contact')));
    expect(after.map((p) => p.key)).toEqual(before.map((p) => p.key));
  });

  it('puts a learned value into the field’s own format: each part of a split phone', () => {
    const rules = learn(ORDER_A, { [key('tel1')]: '090', [key('tel2')]: '1234', [key('tel3')]: '5678' });
    const after = proposalsFor(ORDER_B, rules);
    expect(['tel1', 'tel2', 'tel3'].map((n) => at(after, n)?.value)).toEqual(['080', '9876', '5432']);
    expect(fitValue(field('tel2'), source(ORDER_B).fields.find((f) => f.label === '携帯')!, form)).toBe('9876');
  });

  it('writes a learned date in the field’s own format, also across 和暦 selects', () => {
    const options = (values: string[]) => ['', ...values].map((v) => `<option value="${v}">${v || '-'}</option>`).join('');
    const numbers = (n: number) => options(Array.from({ length: n }, (_, i) => String(i + 1)));
    document.body.innerHTML = `<form><table>
      <tr><th>受注日</th><td><input name="order_date" placeholder="例: 2025/01/31"></td></tr>
      <tr><th>納期</th><td><select name="era">${options(['令和', '平成'])}</select>年<select name="y">${numbers(10)}</select>月<select name="m">${numbers(12)}</select>日<select name="d">${numbers(31)}</select></td></tr>
    </table></form>`;
    form = readForm(document);
    const dates = (order: string, due: string) => `注文日：${order}\n納期：${due}\n数量：3`;
    // The clerk swaps the two dates: this form's 受注日 is the due date and its 納期 the order date.
    const rules = learn(dates('2025年5月22日', '2025年6月12日'), {
      [key('order_date')]: '2025/06/12',
      [key('era')]: '令和',
      [key('y')]: '7',
      [key('m')]: '5',
      [key('d')]: '22',
    });
    expect(rules.map((r) => [r.targetKey, r.action.kind === 'source' && r.action.label])).toEqual([
      [key('order_date'), '納期'],
      [key('era'), '注文日'],
      [key('y'), '注文日'],
      [key('m'), '注文日'],
      [key('d'), '注文日'],
    ]);
    const next = proposalsFor(dates('2026年1月9日', '2026年2月3日'), rules);
    expect(['order_date', 'era', 'y', 'm', 'd'].map((n) => at(next, n)?.value)).toEqual(['2026/02/03', '令和', '8', '1', '9']);
  });

  it('proposes a field the mapper left empty when the clerk filled it from the source', () => {
    const rules = learn(ORDER_A, { [key('note')]: '090-1234-5678' });
    expect(at(proposalsFor(ORDER_B, []), 'note')).toBeUndefined();
    expect(at(proposalsFor(ORDER_B, rules), 'note')).toMatchObject({ value: '080-9876-5432', concept: 'tel', tier: 'high' });
  });

  it('leaves a field to the clerk: no proposal, so nothing is filled without a click', () => {
    const rules = learn(ORDER_A, {}, { [key('qty')]: false });
    expect(at(proposalsFor(ORDER_B, []), 'qty')?.value).toBe('20');
    expect(at(proposalsFor(ORDER_B, rules), 'qty')).toBeUndefined();
  });

  it('applies only to the same source template and the same form', () => {
    const rules = learn(ORDER_A, { [key('contact')]: '佐藤 一郎' });
    const otherTemplate = `${ORDER_B}\n備考：午前着`;
    expect(at(proposalsFor(otherTemplate, rules), 'contact')?.value).toBe('鈴木 一郎');
    const ofAnotherForm = rules.map((r) => ({ ...r, formSignature: 'ffffffff' }));
    expect(at(proposalsFor(ORDER_B, ofAnotherForm), 'contact')?.value).toBe('鈴木 一郎');
  });

  it('takes the rule’s source value away from another field of the same concept, but not from a field of another concept', () => {
    // 備考 takes the orderer's name: ご担当者 (a name field too) gives it up.
    const noteFromName = learn(ORDER_A, { [key('note')]: '山田 花子' });
    expect(noteFromName.map((r) => r.action)).toEqual([{ kind: 'source', label: 'お名前', section: 'ご注文者', occurrence: 0 }]);
    const after = proposalsFor(ORDER_B, noteFromName);
    expect(at(after, 'note')).toMatchObject({ value: '鈴木 一郎', concept: 'name' });
    expect(at(after, 'contact')).toBeUndefined();
    // 取引先名 ← the orderer's company is untouched by a rule that gives the company to the contact field (organization vs name).
    const contactFromCompany = learn(ORDER_A, { [key('contact')]: '株式会社ひまわり食品' });
    const both = proposalsFor(ORDER_B, contactFromCompany);
    expect(at(both, 'contact')?.value).toBe('株式会社あおば建設');
    expect(at(both, 'company')?.value).toBe('株式会社あおば建設');
  });

  it('proposes nothing when the chosen source field is missing from the message', () => {
    const rule: Rule = { sourceSignature: source(ORDER_B).signature, formSignature: form.signature, targetKey: key('contact'), targetLabel: 'ご担当者', action: { kind: 'source', label: 'お名前', section: 'お届け先', occurrence: 5 }, createdAt: 1 };
    expect(at(proposalsFor(ORDER_B, [rule]), 'contact')).toBeUndefined();
  });

  it('never raises a sensitive field above the low tier', () => {
    const rules = learn(ORDER_A, { [key('note')]: '123456789012' });
    expect(at(proposalsFor(ORDER_B, rules), 'note')).toMatchObject({ value: '987654321098', tier: 'low', reasons: [{ code: 'learnedRule' }, { code: 'sensitive' }] });
  });

  it('returns the mapper’s proposals unchanged when no rule applies', () => {
    const before = proposalsFor(ORDER_B, []);
    expect(proposalsFor(ORDER_B, [])).toEqual(before);
  });
});

describe('sourceRefOf / findSource', () => {
  const item = (id: string, label: string, section?: string): ExtractedField => ({ id, label, value: id, normalized: id, section, confidence: 1, provenance: { kind: 'text', line: 0 } });
  const fields = [item('a', '商品名'), item('b', '商品名'), item('c', '商品名', '追加'), item('d', '数量')];

  it('tells repeated labels apart by block and by how many came before', () => {
    expect(fields.map((f) => sourceRefOf(fields, f))).toEqual([
      { label: '商品名', occurrence: 0 },
      { label: '商品名', occurrence: 1 },
      { label: '商品名', section: '追加', occurrence: 0 },
      { label: '数量', occurrence: 0 },
    ]);
    for (const f of fields) expect(findSource(fields, sourceRefOf(fields, f))).toBe(f);
    expect(findSource(fields, { label: '商品名', occurrence: 2 })).toBeUndefined();
  });
});
