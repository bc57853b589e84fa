// Protects line items in the mapping: line N of the form takes only line N of the source, lines never swap or mix, lines the source lacks stay empty, and a line's value never lands in a field outside the lines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConceptId } from '@/utils/concepts';
import { normalizeValue } from '@/utils/extract/normalize';
import type { ExtractedField } from '@/utils/extract/types';
import { readForm, type TargetForm } from '@/utils/form/read-form';
import { proposeMapping } from '@/utils/mapping/map';
import { sourceLines } from '@/utils/mapping/rows';

let next = 0;

/** A source field as the extractor gives it: the first of a repeated label carries no row, the repeats 1, 2… */
function field(label: string, value: string, concept: ConceptId | undefined, extra: Partial<ExtractedField> = {}): ExtractedField {
  return { id: `s${next++}`, label, value, normalized: normalizeValue(value, concept), concept, confidence: 0.9, provenance: { kind: 'page', line: next }, ...extra };
}

/** Table lines as the page extractor reads them: every column of line r has row r, except line 0's, which has none. */
function lines(columns: [string, ConceptId | undefined][], rows: string[][]): ExtractedField[] {
  return rows.flatMap((cells, r) => cells.map((value, c) => field(columns[c]![0], value, columns[c]![1], r ? { row: r, confidence: 0.85 } : {})));
}

function formOf(html: string): TargetForm {
  document.body.innerHTML = `<form>${html}</form>`;
  return readForm(document);
}

function filled(sources: ExtractedField[], form: TargetForm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of proposeMapping(sources, form)) out[form.fields.find((f) => f.key === p.key)!.name] = p.value;
  return out;
}

const units = '<option value=""></option><option>台</option><option>脚</option><option>式</option><option>EA</option>';
const row = (i: number) =>
  `<tr><td>${i + 1}</td><td><input name="code${i}"></td><td><input name="name${i}"></td><td><input type="number" name="qty${i}"></td><td><select name="unit${i}">${units}</select></td><td><input name="price${i}"></td><td><input name="amount${i}"></td></tr>`;
const QUOTE_FORM = `
  <table>
    <tr><th>No.</th><th>品番</th><th>品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>
    ${[0, 1, 2].map(row).join('')}
  </table>
  <table><tr><th>合計</th><td><input name="total"></td></tr><tr><th>品名（代表）</th><td><input name="main_item"></td></tr></table>`;

const COLUMNS: [string, ConceptId | undefined][] = [
  ['品番', 'x-product-code'],
  ['品名', 'x-product-name'],
  ['数量', 'x-quantity'],
  ['単位', 'x-unit'],
  ['単価', 'x-unit-price'],
  ['金額', 'x-amount'],
];

beforeEach(() => {
  document.body.innerHTML = '';
  next = 0;
});

describe('line items: the same line on both sides', () => {
  it('fills each line of the form from the same line of the source, code, name, quantity, unit, price and amount apart', () => {
    const sources = [
      ...lines(COLUMNS, [
        ['TB-2400', '会議テーブル', '1台', '台', '148,000', '148,000'],
        ['MC-10', 'ミーティングチェア', '10', '脚', '23,500', '235,000'],
      ]),
      field('合計', '¥383,000', 'x-amount'),
    ];
    const got = filled(sources, formOf(QUOTE_FORM));
    expect(got).toMatchObject({ code0: 'TB-2400', name0: '会議テーブル', qty0: '1', unit0: '台', price0: '148000', amount0: '148000' });
    expect(got).toMatchObject({ code1: 'MC-10', name1: 'ミーティングチェア', qty1: '10', unit1: '脚', price1: '23500', amount1: '235000' });
    expect(got.total).toBe('383000');
  });

  it('never swaps two lines, even when the second line reads surer than the first', () => {
    const sources = lines(COLUMNS, [
      ['A-1', '一行目の品', '5', '台', '100', '500'],
      ['B-2', '二行目の品', '7', '式', '200', '1400'],
    ]).map((f) => (f.row === 1 ? { ...f, confidence: 1 } : { ...f, confidence: 0.6 }));
    const got = filled(sources, formOf(QUOTE_FORM));
    expect(got).toMatchObject({ name0: '一行目の品', qty0: '5', name1: '二行目の品', qty1: '7' });
  });

  it('leaves the lines the source does not have empty, even when the source has more values of their concepts', () => {
    const sources = [
      ...lines(COLUMNS, [
        ['A-1', '一行目の品', '5', '台', '100', '500'],
        ['B-2', '二行目の品', '7', '式', '200', '1400'],
      ]),
      field('品名', '見積の件名の品', 'x-product-name', { section: '件名' }),
      field('合計', '¥1,900', 'x-amount'),
    ];
    const got = filled(sources, formOf(QUOTE_FORM));
    for (const name of ['code2', 'name2', 'qty2', 'unit2', 'price2', 'amount2']) expect(got[name]).toBeUndefined();
  });

  it('never puts a line amount into the total, nor a total into a line', () => {
    const sources = lines(COLUMNS, [
      ['A-1', '一行目の品', '5', '台', '100', '500'],
      ['B-2', '二行目の品', '7', '式', '200', '1400'],
    ]);
    const withoutAmounts = formOf(`
      <table><tr><th>品名</th><th>数量</th></tr>
        <tr><td><input name="name0"></td><td><input name="qty0"></td></tr>
        <tr><td><input name="name1"></td><td><input name="qty1"></td></tr></table>
      <label>合計 <input name="total"></label>`);
    expect(filled(sources, withoutAmounts).total).toBeUndefined();
    const onlyTotal = filled([field('合計', '¥1,900', 'x-amount')], formOf(QUOTE_FORM));
    expect(onlyTotal).toEqual({ total: '1900' });
  });

  it('puts nothing of several lines into a field outside the lines: no line is the right one', () => {
    const sources = lines(COLUMNS, [
      ['A-1', '一行目の品', '5', '台', '100', '500'],
      ['B-2', '二行目の品', '7', '式', '200', '1400'],
    ]);
    expect(filled(sources, formOf(QUOTE_FORM)).main_item).toBeUndefined();
  });

  it('takes a source with one item and no line numbers as line 0, or as the value of a form without lines', () => {
    const sources = [field('品名', 'モニターアーム', 'x-product-name'), field('数量', '3台', 'x-quantity'), field('単位', '台', 'x-unit')];
    const got = filled(sources, formOf(QUOTE_FORM));
    expect(got).toMatchObject({ name0: 'モニターアーム', qty0: '3', unit0: '台' });
    expect(got.name1).toBeUndefined();
    expect(got.qty1).toBeUndefined();
    const single = formOf('<label>品名 <input name="item_name"></label><label>数量 <input type="number" name="quantity"></label>');
    expect(filled(sources, single)).toEqual({ item_name: 'モニターアーム', quantity: '3' });
  });
});

describe('line items: how the source numbers its lines', () => {
  it('reads lines from labels that carry the number (品目1, 品目2)', () => {
    const sources = [field('品目2', '角2封筒', 'x-product-name'), field('品目1', '長3封筒', 'x-product-name')];
    const got = filled(sources, formOf(QUOTE_FORM));
    expect(got).toMatchObject({ name0: '長3封筒', name1: '角2封筒' });
  });

  it('reads unnumbered line values in the order they are written', () => {
    const sources = [field('深煎りブレンド 数量', '6', 'x-quantity'), field('イルガチェフェ 数量', '4', 'x-quantity')];
    expect(filled(sources, formOf(QUOTE_FORM))).toMatchObject({ qty0: '6', qty1: '4' });
  });

  it('does not take a label repeated at the head and the foot of an invoice for a line', () => {
    const sources = [
      field('ご請求金額', '¥209,559', 'x-amount'),
      ...lines(COLUMNS, [
        ['A-1', 'デザイン', '1', '式', '180,000', '180,000'],
        ['B-2', 'バナー', '3', '式', '10,000', '30,000'],
      ]),
      field('小計', '¥210,000', 'x-subtotal'),
      field('ご請求金額', '¥209,559', 'x-amount', { row: 1 }),
    ];
    const got = filled(sources, formOf(QUOTE_FORM));
    expect(got.total).toBe('209559');
    expect(got).toMatchObject({ amount0: '180000', amount1: '30000' });
  });

  it('names a line column the vocabulary did not (Lot) by the line vocabulary, line by line', () => {
    const sources = lines(
      [
        ['Part number', 'x-product-code'],
        ['Qty shipped', 'x-quantity'],
        ['Lot', undefined],
      ],
      [
        ['HP-7730', '120', 'L2602-118'],
        ['HP-7735', '240', 'L2602-121'],
      ],
    ).map((f) => (f.concept ? f : { ...f, confidence: 0.4 }));
    const form = formOf(`
      <table>
        <tr><th>Item</th><th>Expected qty</th><th>Lot</th></tr>
        <tr><td><input name="ln1_item"></td><td><input type="number" name="ln1_qty"></td><td><input name="ln1_lot"></td></tr>
        <tr><td><input name="ln2_item"></td><td><input type="number" name="ln2_qty"></td><td><input name="ln2_lot"></td></tr>
        <tr><td><input name="ln3_item"></td><td><input type="number" name="ln3_qty"></td><td><input name="ln3_lot"></td></tr>
      </table>`);
    expect(filled(sources, form)).toEqual({ ln1_item: 'HP-7730', ln1_qty: '120', ln1_lot: 'L2602-118', ln2_item: 'HP-7735', ln2_qty: '240', ln2_lot: 'L2602-121' });
  });

  it('gives line -1, which nothing takes, to an unnumbered line value beside a numbered table of the same concept', () => {
    const sources = [field('品名', '別の品', 'x-product-name'), ...lines(COLUMNS.slice(1, 2), [['一行目'], ['二行目']])];
    // The lone 品名 comes first, so the table's first line is the repeated label's line 0.
    const { agreement } = sourceLines(sources);
    expect(agreement({ row: 0 }, 'x-product-name', sources[1]!)).toBe(1);
    expect(agreement({ row: 0 }, 'x-product-name', sources[2]!)).toBe(0);
    expect(agreement({ row: 1 }, 'x-product-name', sources[2]!)).toBe(1);
    expect(agreement({}, 'x-product-name', sources[1]!)).toBe(0);
  });
});
