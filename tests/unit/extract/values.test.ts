// Protects value recognition: Japanese phone numbers, postal codes and e-mail addresses in every common shape, normalised the same way every time, and what kind a value looks like.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectKind, normalizeEmail, normalizePhone, normalizePostalCode, splitPhone, toHalfWidth, withoutNote } from '@/utils/extract/values';

describe('toHalfWidth', () => {
  it('folds full-width digits, letters and symbols', () => {
    expect(toHalfWidth('ＡＢＣ１２３＠ｅｘａｍｐｌｅ．ｊｐ')).toBe('ABC123@example.jp');
  });
});

describe('normalizePostalCode', () => {
  it.each([
    ['〒150-0002', '150-0002'],
    ['1500002', '150-0002'],
    ['１５０－０００２', '150-0002'],
    ['〒１５００００２', '150-0002'],
    ['〒 530-0001', '530-0001'],
    ['530ー0001', '530-0001'],
    ['530−0001', '530-0001'],
  ])('%s → %s', (raw, norm) => {
    expect(normalizePostalCode(raw)).toBe(norm);
  });

  it.each(['150-00021', '15-00002', '150 0002 東京', 'ABC-DEFG', '', '03-1234-5678'])('rejects %j', (raw) => {
    expect(normalizePostalCode(raw)).toBeUndefined();
  });

  it('is idempotent', () => {
    const digit = fc.constantFrom(...'0123456789０１２３４５６７８９');
    const sep = fc.constantFrom('', '-', '－', 'ー', '−', ' ');
    const raw = fc.tuple(fc.constantFrom('', '〒', '〒 '), fc.array(digit, { minLength: 3, maxLength: 3 }), sep, fc.array(digit, { minLength: 3, maxLength: 5 }))
      .map(([mark, a, s, b]) => mark + a.join('') + s + b.join(''));
    fc.assert(
      fc.property(fc.oneof(raw, fc.string()), (value) => {
        const once = normalizePostalCode(value);
        if (once !== undefined) expect(normalizePostalCode(once)).toBe(once);
      }),
    );
  });
});

describe('splitPhone / normalizePhone', () => {
  it.each([
    ['03-1234-5678', '03-1234-5678'],
    ['0312345678', '03-1234-5678'],
    ['０３（１２３４）５６７８', '03-1234-5678'],
    ['06 6345 7890', '06-6345-7890'],
    ['090-1234-5678', '090-1234-5678'],
    ['09012345678', '090-1234-5678'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['0120-123-456', '0120-123-456'],
    ['0120123456', '0120-123-456'],
    ['045-671-2121', '045-671-2121'],
    ['+81 3-5555-0134', '03-5555-0134'],
    ['+81 90 1234 5678', '090-1234-5678'],
    ['+81 (0)3-5555-0134', '03-5555-0134'],
  ])('%s → %s', (raw, norm) => {
    expect(normalizePhone(raw)).toBe(norm);
  });

  it('infers the blocks of a mobile written with one hyphen too few (090-12345678)', () => {
    expect(normalizePhone('090-12345678')).toBe('090-1234-5678');
    expect(normalizePhone('03-1234-56-78')).toBe('03-1234-5678');
  });

  it('splits digits alone by the area code of the numbering plan (045, 0467, 052)', () => {
    expect(normalizePhone('0456712121')).toBe('045-671-2121');
    expect(splitPhone('0467123456')).toEqual(['0467', '12', '3456']);
    expect(splitPhone('0525550164')).toEqual(['052', '555', '0164']);
  });

  it('keeps only the digits when the block lengths cannot be known (no such area code)', () => {
    expect(normalizePhone('0101234567')).toBe('0101234567');
    expect(splitPhone('0101234567')).toBeUndefined();
  });

  it('keeps the hyphens as written when they give three blocks', () => {
    expect(splitPhone('0467-12-3456')).toEqual(['0467', '12', '3456']);
  });

  it('reads the number out of a labelled or annotated value (TEL 03-…, …（代表）)', () => {
    expect(normalizePhone('TEL 03-5555-0134')).toBe('03-5555-0134');
    expect(normalizePhone('06-6345-7890（代表）')).toBe('06-6345-7890');
  });

  it.each(['1234-5678', '03-1234-567', '090-1234-56789', '03-1234-5678（内線 204）', '', '150-0002'])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toBeUndefined();
  });

  it('is idempotent on phone-like input', () => {
    const piece = fc.constantFrom(...'0123456789０１２３４５６７８９', '-', 'ー', '－', ' ', '(', ')', '（', '）');
    const phoneLike = fc.tuple(fc.constantFrom('0', '０', '+81 ', '+81-', '+81 (0)'), fc.array(piece, { minLength: 8, maxLength: 16 }))
      .map(([head, rest]) => head + rest.join(''));
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.string()), (value) => {
        const once = normalizePhone(value);
        if (once !== undefined) expect(normalizePhone(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeEmail', () => {
  it('accepts full-width addresses and trims', () => {
    expect(normalizeEmail(' ｈ．ｙａｍａｄａ＠ｈｉｍａｗａｒｉ－ｆｏｏｄｓ．ｅｘａｍｐｌｅ．ｊｐ ')).toBe('h.yamada@himawari-foods.example.jp');
  });

  it.each(['yamada@', 'yamada at example.jp', '山田@example.jp', 'a@b'])('rejects %j', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });
});

describe('detectKind', () => {
  it.each([
    ['emily.carter@northwind.example.com', 'email'],
    ['〒530-0001', 'postal-code'],
    ['530-0001', 'postal-code'],
    ['03-5555-0134', 'tel'],
    ['09012345678', 'tel'],
    ['+81 3-5555-0134', 'tel'],
    ['１２', 'number'],
    ['15,840', 'number'],
    ['1500002', 'number'],
    ['業務用緑茶ティーバッグ 100袋入', 'text'],
    ['ORD-2024-00815', 'text'],
    ['2026/3/2', 'date'],
    ['2026-03-02', 'date'],
    ['令和8年3月2日(月)', 'date'],
    ['R8.3.2', 'date'],
    ['2026/03/03 14:05:37', 'date'],
    ['March 2, 2026', 'date'],
    ['¥16,892', 'amount'],
    ['16,892円（税込）', 'amount'],
    ['金16,892円', 'amount'],
    ['USD 1,234.50', 'amount'],
    ['https://www.himawari-foods.example.jp/', 'url'],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ', 'url'],
    ['T7000012050002', 'registration-number'],
    ['T-1234-5678-90123', 'registration-number'],
    ['ヤマダ タロウ', 'kana'],
    ['やまだ　たろう', 'kana'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'kana'],
    ['山田 太郎', 'text'],
    ['20260302', 'number'],
    ['1,234.50', 'text'],
    ['03/02/2026', 'text'],
  ] as const)('%s looks like %s', (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (value) => {
        detectKind(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('values with a note after them', () => {
  it('reads the kind and the canonical form of a value followed by a note in parentheses', () => {
    expect(detectKind('eri.ishida@example.jp（変更なし）')).toBe('email');
    expect(withoutNote('03-1234-5678 (平日のみ)')).toBe('03-1234-5678');
    expect(withoutNote('株式会社ひかり（本社）')).toBe('株式会社ひかり');
    expect(detectKind('株式会社ひかり（本社）')).toBe('text');
  });
});

describe('withoutNote on hostile input', () => {
  it('handles a long run of spaces and brackets without retrying from every space', () => {
    const line = `TEL：03${' 　'.repeat(10_000)}(`;
    expect(withoutNote(line)).toBe(line.trimEnd());
    expect(withoutNote(`03-1234-5678${' '.repeat(10_000)}(代表)`)).toBe('03-1234-5678');
  });
});
