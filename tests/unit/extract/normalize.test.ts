// Protects the canonical form of each concept's values: what extraction stores, matching compares and the log counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONCEPTS, type ConceptId } from '@/utils/concepts';
import { normalizeValue } from '@/utils/extract/normalize';

describe('normalizeValue', () => {
  it.each<[ConceptId | undefined, string, string]>([
    ['email', ' ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ', 'yamada@example.jp'],
    ['tel', '０３（５５５５）０１３４', '03-5555-0134'],
    ['tel', '09012345678', '090-1234-5678'],
    ['tel', '別途ご連絡', '別途ご連絡'],
    ['x-fax', 'FAX 06-6345-7891', '06-6345-7891'],
    ['postal-code', '〒１５００００２', '150-0002'],
    ['bday', '昭和60年11月23日', '1985-11-23'],
    ['bday', 'H2.4.1', '1990-04-01'],
    ['x-date', '2026/03/03 14:05:37', '2026-03-03'],
    ['x-date', '2026年3月2日(月)', '2026-03-02'],
    ['x-due-date', '令和8年3月31日（火）', '2026-03-31'],
    ['x-delivery-date', '3月下旬', '3月下旬'],
    ['x-delivery-date', 'March 2, 2026', '2026-03-02'],
    ['x-amount', '¥16,892-（税込）', '16892'],
    ['x-amount', '１６，８９２円', '16892'],
    ['x-subtotal', '15,357円', '15357'],
    ['x-tax', '(内消費税 1,535円)', '(内消費税 1,535円)'],
    ['x-tax', '1,535円', '1535'],
    ['x-unit-price', '@1,280円', '@1,280円'],
    ['x-unit-price', '1,280', '1280'],
    ['x-amount', 'USD 1,234.50', '1234.5'],
    ['x-amount', '別途お見積り', '別途お見積り'],
    ['x-quantity', '１２', '12'],
    ['x-quantity', '1,200', '1200'],
    ['x-quantity', '12個', '12'],
    ['x-quantity', '3 ケース', '3'],
    ['x-quantity', '2.5kg', '2.5'],
    ['x-quantity', '適量', '適量'],
    ['name', '山田　太郎　様', '山田 太郎'],
    ['family-name', ' 山田 ', '山田'],
    ['x-name-kana', 'やまだ　たろう', 'ヤマダ タロウ'],
    ['x-name-kana', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ'],
    ['x-family-name-kana', 'ｽｽﾞｷ', 'スズキ'],
    ['x-given-name-kana', 'はーぱー', 'ハーパー'],
    ['organization', '（株）ひまわり食品　御中', '株式会社ひまわり食品'],
    ['organization', 'ひまわり食品㈱', 'ひまわり食品株式会社'],
    ['organization', 'Northwind Traders Co., Ltd.', 'Northwind Traders Co., Ltd.'],
    ['x-registration-number', 'T-7000-0120-50002', 'T7000012050002'],
    ['x-registration-number', '7000012050002', 'T7000012050002'],
    ['x-registration-number', '申請中', '申請中'],
    ['x-order-number', 'ＯＲＤ－２０２４－００８１５', 'ORD-2024-00815'],
    ['x-invoice-number', 'INV/2026/0042', 'INV/2026/0042'],
    ['url', '<https://www.himawari-foods.example.jp/>', 'https://www.himawari-foods.example.jp/'],
    ['street-address', '渋谷区渋谷２－２１－１　渋谷ヒカリエ　３４Ｆ', '渋谷区渋谷2-21-1 渋谷ヒカリエ 34F'],
    ['address-line1', '梅田３ー１ー３', '梅田3-1-3'],
    ['address-level1', '東京', '東京都'],
    ['address-level1', '大阪府', '大阪府'],
    ['current-password', ' pass word ', ' pass word '],
    [undefined, '  株式会社　ひまわり   食品 ', '株式会社 ひまわり 食品'],
    ['x-product-name', '業務用緑茶ティーバッグ　100袋入', '業務用緑茶ティーバッグ 100袋入'],
  ])('%s: %j → %j', (concept, raw, norm) => {
    expect(normalizeValue(raw, concept)).toBe(norm);
  });
});

describe('properties', () => {
  const concepts: Array<ConceptId | undefined> = [undefined, ...CONCEPTS.map((c) => c.id)];
  // Pieces of the values each concept carries, so that the parsers' accepting paths are reached, not only their refusals.
  const piece = fc.constantFrom(
    '2026', '年', '3', '月', '2', '日', '令和', '元', 'R8.3.2', '(月)', '/', '-', '－', 'ー', '.', ':', '14',
    '¥', '円', '金', ',', '16', '892', '万', '(税込)', '税抜', 'USD', '$', '▲',
    '03', '090', '1234', '5678', '〒', '150', '0002', '+81',
    '山田', '太郎', 'やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'ﾞ', '様', '御中', '(株)', '㈱', '株式会社',
    'T', 'Ｔ', '7000012050002', 'https://', 'example.jp', '<', '>', '@', 'a', 'ＡＢＣ',
    '東京都', '渋谷区', '２', ' ', '　', '\t', '\n', '個', '\uFA19',
  );
  const valueish = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
  const anyText = fc.oneof(valueish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' }));

  it('normalising twice changes nothing, for every concept, on any text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...concepts), (text, concept) => {
        const once = normalizeValue(text, concept);
        expect(normalizeValue(once, concept)).toBe(once);
      }),
      { numRuns: 20000 },
    );
  });

  it('normalising twice changes nothing on generated valid values', () => {
    const date = fc
      .date({ min: new Date('1926-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .chain((d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        return fc.constantFrom(`${y}年${m}月${day}日`, `${y}/${m}/${day}`, `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      });
    const amount = fc.integer({ min: 0, max: 10 ** 12 }).chain((n) => fc.constantFrom(`¥${n.toLocaleString('en-US')}`, `${n.toLocaleString('en-US')}円`, `金${n}円`, String(n)));
    const phone = fc.tuple(fc.constantFrom('03', '06', '090', '080', '045'), fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]) => `${a}-${b}-${c}`);
    const cases = fc.oneof(
      fc.tuple(date, fc.constantFrom<ConceptId>('bday', 'x-date', 'x-due-date', 'x-delivery-date')),
      fc.tuple(amount, fc.constantFrom<ConceptId>('x-amount', 'x-subtotal', 'x-tax', 'x-unit-price')),
      fc.tuple(phone, fc.constantFrom<ConceptId>('tel', 'x-fax')),
    );
    fc.assert(
      fc.property(cases, ([value, concept]) => {
        const once = normalizeValue(value, concept);
        expect(once).not.toBe('');
        expect(normalizeValue(once, concept)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeValue with a note after the value', () => {
  it('drops the note from an e-mail, a phone number and a postal code', () => {
    expect(normalizeValue('eri.ishida@example.jp（変更なし）', 'email')).toBe('eri.ishida@example.jp');
    expect(normalizeValue('〒222-0033（変更なし）', 'postal-code')).toBe('222-0033');
    expect(normalizeValue('0312345678（代表）', 'tel')).toBe('03-1234-5678');
  });
});
