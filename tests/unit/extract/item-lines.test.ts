// Protects reading line items written as free text: the clerk needs name, quantity and unit apart, and a remark or a size must never become a quantity.
import { describe, expect, it } from 'vitest';
import { readItemLine } from '@/utils/extract/item-lines';

describe('readItemLine', () => {
  it('reads numbered and bulleted lines with a counter', () => {
    expect(readItemLine('1. LEDベースライト 40形 逆富士型　　20台', false)).toEqual({ name: 'LEDベースライト 40形 逆富士型', quantity: '20台', count: '20', unit: '台' });
    expect(readItemLine('・コピー用紙 A4 10箱', false)).toEqual({ name: 'コピー用紙 A4', quantity: '10箱', count: '10', unit: '箱' });
    expect(readItemLine('・グローブ ニトリル Sサイズ（100枚入）　10箱', false)).toMatchObject({ name: 'グローブ ニトリル Sサイズ（100枚入）', count: '10', unit: '箱' });
  });

  it('reads 一式 as one set, glued to the name or not', () => {
    expect(readItemLine('3. 取付工事一式', false)).toEqual({ name: '取付工事', quantity: '一式', count: '1', unit: '式' });
    expect(readItemLine('・設置作業 一式', false)).toMatchObject({ name: '設置作業', count: '1', unit: '式' });
  });

  it('reads 数量： and × before the number, and thousands separators', () => {
    expect(readItemLine('・深煎りブレンド（1kg袋）　　　数量：6', false)).toEqual({ name: '深煎りブレンド（1kg袋）', quantity: '6', count: '6' });
    expect(readItemLine('ウォールナット スツール（ナチュラル） × 1　　￥18,700', true)).toMatchObject({ name: 'ウォールナット スツール（ナチュラル）', count: '1' });
    expect(readItemLine('長3封筒（クラフト・1色刷り）　　3,000枚', true)).toMatchObject({ quantity: '3,000枚', count: '3000', unit: '枚' });
  });

  it('parts the code and the unit price, and leaves the line amount alone', () => {
    expect(readItemLine('1) MT-LAN-24　24ポート スイッチングハブ　　2台　@38,000　76,000円', false)).toEqual({
      code: 'MT-LAN-24', name: '24ポート スイッチングハブ', quantity: '2台', count: '2', unit: '台', unitPrice: '38,000',
    });
    expect(readItemLine('1. KZ-2040  Hinge assembly, stainless    Qty 400  @ $3.85   = $1,540.00', false)).toEqual({
      code: 'KZ-2040', name: 'Hinge assembly, stainless', quantity: '400', count: '400', unitPrice: '$3.85',
    });
    expect(readItemLine('Copy paper, letter, 40 cases          $1,596.00', true)).toMatchObject({ name: 'Copy paper, letter', count: '40', unit: 'cases' });
  });

  it('needs a bullet or a number outside a block of items', () => {
    expect(readItemLine('コピー用紙 A4 10箱', false)).toBeUndefined();
    expect(readItemLine('コピー用紙 A4 10箱', true)).toMatchObject({ count: '10' });
  });

  it('reads no item from a label, a size, prose, a date or a step list', () => {
    expect(readItemLine('・数量：　3台', false)).toBeUndefined();
    expect(readItemLine('・希望納品日：3月12日（木）午前中', false)).toBeUndefined();
    expect(readItemLine('フェイスタオル（白・34×80cm）名入れ1色', true)).toBeUndefined();
    expect(readItemLine('1. 入力 ＞ 2. 確認 ＞ 3. 完了', false)).toBeUndefined();
    expect(readItemLine('・4月入社の新メンバー3名分の座席を整備します。', false)).toBeUndefined();
    expect(readItemLine('・納品は10箱ずつ2回に分けてください', false)).toBeUndefined();
    expect(readItemLine('・資料 第2部', false)).toBeUndefined();
  });

  it('gives every part as a piece of the line', () => {
    const line = '2) MT-CAB-5E　LANケーブル Cat5e 5m　　　　40本　@450　　18,000円';
    const item = readItemLine(line, false)!;
    for (const part of [item.code, item.name, item.quantity, item.unit, item.unitPrice]) expect(line).toContain(part);
  });
});
