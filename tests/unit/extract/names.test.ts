// Protects names: 姓/名 split only where certain, kana converted between the scripts forms ask for, company legal forms read and spelled out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  splitLatinName,
  splitPersonName,
  expandCompanyAbbreviations,
  findLegalForm,
  foldWidth,
  isKana,
  kanaScript,
  normalizeKanaName,
  normalizeOrganization,
  normalizePersonName,
  splitJapaneseName,
  toHalfWidthKatakana,
  toHiragana,
  toKatakana,
} from '@/utils/extract/names';

describe('foldWidth', () => {
  it('folds full-width ASCII, the ideographic space and half-width katakana', () => {
    expect(foldWidth('ＡＢＣ　１２３　ﾔﾏﾀﾞ')).toBe('ABC 123 ヤマダ');
  });

  it('keeps variant ideographs that NFKC would replace', () => {
    // U+FA19 is a CJK compatibility ideograph: NFKC (and NFC) turn it into U+795E, which is another name in a 戸籍.
    const name = '\uFA19田 一郎';
    expect(name.normalize('NFKC')).not.toBe(name);
    expect(foldWidth(name)).toBe(name);
    expect(normalizePersonName(name)).toBe(name);
  });
});

describe('normalizePersonName', () => {
  it.each([
    ['山田　太郎', '山田 太郎'],
    ['  山田   太郎 ', '山田 太郎'],
    ['山田 太郎 様', '山田 太郎'],
    ['山田太郎様', '山田太郎'],
    ['人事部 佐藤 殿', '人事部 佐藤'],
    ['Ｅｍｉｌｙ　Ｃａｒｔｅｒ', 'Emily Carter'],
    ['様', '様'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizePersonName(raw)).toBe(norm);
  });
});

describe('splitJapaneseName', () => {
  it.each([
    ['山田 太郎', ['山田', '太郎']],
    ['山田　太郎', ['山田', '太郎']],
    ['山田　　太郎', ['山田', '太郎']],
    [' 佐々木 美咲 様', ['佐々木', '美咲']],
    ['ヤマダ タロウ', ['ヤマダ', 'タロウ']],
    ['やまだ　たろう', ['やまだ', 'たろう']],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', ['ヤマダ', 'タロウ']],
    ['髙橋 一', ['髙橋', '一']],
  ])('%j → %j', (raw, parts) => {
    expect(splitJapaneseName(raw)).toEqual(parts);
  });

  it.each([
    ['山田太郎', 'no space: the split would be a guess'],
    ['長谷川 一 郎', 'three parts'],
    ['Emily Carter', 'Latin letters: the order is not known'],
    ['YAMADA Taro', 'Latin letters'],
    ['山田 太郎2', 'a digit'],
    ['', 'nothing'],
  ])('leaves %j unsplit (%s)', (raw) => {
    expect(splitJapaneseName(raw)).toBeUndefined();
  });
});

describe('kana', () => {
  it.each([
    ['ヤマダ タロウ', 'katakana'],
    ['ヤマダ　タロウ', 'katakana'],
    ['スズキ・ハーパー', 'katakana'],
    ['やまだ たろう', 'hiragana'],
    ['らーめん', 'hiragana'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'halfwidth-katakana'],
    ['やまだ タロウ', 'mixed'],
  ] as const)('%j is %s', (text, script) => {
    expect(kanaScript(text)).toBe(script);
    expect(isKana(text)).toBe(true);
  });

  it.each(['山田 太郎', 'ヤマダ太郎', 'Yamada', 'ー', ' ', '', 'ヤマダ1'])('%j is not kana', (text) => {
    expect(isKana(text)).toBe(false);
  });

  it('converts between the three scripts', () => {
    expect(toKatakana('やまだ たろう')).toBe('ヤマダ タロウ');
    expect(toKatakana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ');
    expect(toKatakana('ｶﾞｯｺｳ ﾊﾟﾝ ｳﾞｧｲｵﾘﾝ')).toBe('ガッコウ パン ヴァイオリン');
    expect(toHiragana('ヤマダ タロウ')).toBe('やまだ たろう');
    expect(toHiragana('ﾔﾏﾀﾞ')).toBe('やまだ');
    expect(toHiragana('ヴ')).toBe('ゔ');
    expect(toHalfWidthKatakana('ヤマダ　タロウ')).toBe('ﾔﾏﾀﾞ ﾀﾛｳ');
    expect(toHalfWidthKatakana('ガギグゲゴ パピプペポ ヴ')).toBe('ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｳﾞ');
    expect(toHalfWidthKatakana('すずき　はーぱー')).toBe('ｽｽﾞｷ ﾊｰﾊﾟｰ');
    expect(toHalfWidthKatakana('キャッシュ・フロー')).toBe('ｷｬｯｼｭ･ﾌﾛｰ');
  });

  it('writes the kana half-width katakana lacks as their nearest letters', () => {
    expect(toHalfWidthKatakana('ヰヱヵヶヮ')).toBe('ｲｴｶｹﾜ');
  });

  it('leaves what is not kana as it is', () => {
    expect(toHalfWidthKatakana('山田 ABC')).toBe('山田 ABC');
    expect(toKatakana('山田 ABC')).toBe('山田 ABC');
  });

  it.each([
    ['やまだ　たろう', 'ヤマダ タロウ'],
    ['ﾔﾏﾀﾞ  ﾀﾛｳ', 'ヤマダ タロウ'],
    [' ヤマダ　タロウ ', 'ヤマダ タロウ'],
    ['ハ-パ-', 'ハーパー'],
    ['ｽｽﾞｷ ﾊｰﾊﾟｰ', 'スズキ ハーパー'],
    ['カ－タ－', 'カーター'],
  ])('normalizeKanaName %j → %j', (raw, norm) => {
    expect(normalizeKanaName(raw)).toBe(norm);
  });
});

describe('company names', () => {
  it.each([
    ['株式会社ひまわり食品', { form: '株式会社', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['ひまわり食品株式会社', { form: '株式会社', abbreviated: false, position: 'suffix', language: 'ja' }],
    ['(株)ひまわり食品', { form: '株式会社', abbreviated: true, position: 'prefix', language: 'ja' }],
    ['（株）ひまわり食品', { form: '株式会社', abbreviated: true, position: 'prefix', language: 'ja' }],
    ['㈱ひまわり食品', { form: '株式会社', abbreviated: true, position: 'prefix', language: 'ja' }],
    ['ひまわり食品㈱', { form: '株式会社', abbreviated: true, position: 'suffix', language: 'ja' }],
    ['ひまわり食品(有)', { form: '有限会社', abbreviated: true, position: 'suffix', language: 'ja' }],
    ['㈲山田商店', { form: '有限会社', abbreviated: true, position: 'prefix', language: 'ja' }],
    ['合同会社テンキ', { form: '合同会社', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['一般社団法人日本経理協会', { form: '一般社団法人', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['（一社）日本経理協会', { form: '一般社団法人', abbreviated: true, position: 'prefix', language: 'ja' }],
    ['医療法人社団 健和会', { form: '医療法人社団', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['特定非営利活動法人 こども未来', { form: '特定非営利活動法人', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['税理士法人 山田会計', { form: '税理士法人', abbreviated: false, position: 'prefix', language: 'ja' }],
    ['ひまわり食品株式会社 東京支店', { form: '株式会社', abbreviated: false, position: 'suffix', language: 'ja' }],
    ['Northwind Traders Co., Ltd.', { form: 'Co., Ltd.', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Northwind Traders Co.,Ltd.', { form: 'Co.,Ltd.', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Contoso, Inc.', { form: 'Inc.', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Fabrikam LLC', { form: 'LLC', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Tailspin Toys Ltd', { form: 'Ltd', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Adatum GmbH', { form: 'GmbH', abbreviated: false, position: 'suffix', language: 'en' }],
    ['Himawari Foods K.K.', { form: 'K.K.', abbreviated: false, position: 'suffix', language: 'en' }],
  ] as const)('%j', (name, form) => {
    expect(findLegalForm(name)).toEqual(form);
  });

  it.each(['山田商店', 'ひまわり食品', '総務部', 'Incline Partners', ''])('%j has no legal form', (name) => {
    expect(findLegalForm(name)).toBeUndefined();
  });

  it.each([
    ['(株)ひまわり食品', '株式会社ひまわり食品'],
    ['ひまわり食品(株)', 'ひまわり食品株式会社'],
    ['ひまわり食品（株）', 'ひまわり食品株式会社'],
    ['㈱ひまわり食品', '株式会社ひまわり食品'],
    ['ひまわり食品 ( 株 )', 'ひまわり食品 株式会社'],
    ['㈲山田商店', '有限会社山田商店'],
    ['(同)テンキ', '合同会社テンキ'],
    ['(一財)日本文化財団', '一般財団法人日本文化財団'],
    ['(公社)日本看護協会', '公益社団法人日本看護協会'],
    ['(特非)こども未来', '特定非営利活動法人こども未来'],
    ['(社福)ひだまり会', '社会福祉法人ひだまり会'],
    ['(医)健和会', '医療法人健和会'],
    ['(学)山田学園', '学校法人山田学園'],
    ['㍿テンキ', '株式会社テンキ'],
    ['株式会社ひまわり食品', '株式会社ひまわり食品'],
    ['ひまわり(東京)', 'ひまわり(東京)'],
  ])('expandCompanyAbbreviations %j → %j', (raw, expanded) => {
    expect(expandCompanyAbbreviations(raw)).toBe(expanded);
  });

  it.each([
    ['（株）ひまわり食品　御中', '株式会社ひまわり食品'],
    ['ひまわり食品㈱ 様', 'ひまわり食品株式会社'],
    ['ＡＢＣ商事（株）', 'ABC商事株式会社'],
    ['株式会社　ひまわり   食品 ', '株式会社 ひまわり 食品'],
    ['御中', '御中'],
  ])('normalizeOrganization %j → %j', (raw, norm) => {
    expect(normalizeOrganization(raw)).toBe(norm);
  });
});

describe('properties', () => {
  const hiragana = fc.array(fc.integer({ min: 0x3041, max: 0x3094 }), { minLength: 1, maxLength: 12 }).map((cs) => String.fromCharCode(...cs));
  // Katakana that half-width katakana can hold: no ヮ ヰ ヱ ヵ ヶ, which it writes as other letters.
  const HALF_SAFE = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョッー';
  const katakana = fc.array(fc.constantFrom(...HALF_SAFE, ' '), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  const nameish = fc.array(fc.constantFrom('山田', '太郎', 'ヤマダ', 'やまだ', 'ﾔﾏﾀﾞ', ' ', '　', '様', '殿', '-', 'ｰ', 'ー', '(株)', '㈱', '（有）', '株式会社', '御中', 'Ａ', 'a', '\uFA19'), { maxLength: 10 }).map((a) => a.join(''));
  const anyText = fc.oneof(nameish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

  it('hiragana → katakana → hiragana is the identity', () => {
    fc.assert(
      fc.property(hiragana, (h) => {
        expect(toHiragana(toKatakana(h))).toBe(h);
      }),
    );
  });

  it('katakana → half-width → katakana is the identity where half-width can hold it', () => {
    fc.assert(
      fc.property(katakana, (k) => {
        expect(toKatakana(toHalfWidthKatakana(k))).toBe(k);
      }),
    );
  });

  it('every normaliser is idempotent and none throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const normalize of [normalizePersonName, normalizeKanaName, normalizeOrganization, foldWidth, expandCompanyAbbreviations]) {
          const once = normalize(text);
          expect(normalize(once)).toBe(once);
        }
        splitJapaneseName(text);
        findLegalForm(text);
        kanaScript(text);
        toHalfWidthKatakana(text);
        toHiragana(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('a split name joins back to the normalised name', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parts = splitJapaneseName(text);
        if (parts) expect(parts.join(' ')).toBe(normalizePersonName(text));
      }),
    );
  });
});

describe('splitLatinName / splitPersonName', () => {
  it('splits an English-order name with the given name first, and a capitalised family name first', () => {
    expect(splitLatinName('Emily Carter')).toEqual(['Carter', 'Emily']);
    expect(splitLatinName('YAMADA Taro')).toEqual(['YAMADA', 'Taro']);
    expect(splitLatinName("Seán O'Brien")).toEqual(["O'Brien", 'Seán']);
  });

  it('refuses names of one or three words and mixed scripts', () => {
    expect(splitLatinName('Cher')).toBeUndefined();
    expect(splitLatinName('Mary Ann Smith')).toBeUndefined();
    expect(splitLatinName('山田 Taro')).toBeUndefined();
  });

  it('splits Japanese names the Japanese way first', () => {
    expect(splitPersonName('山田 太郎')).toEqual(['山田', '太郎']);
    expect(splitPersonName('Emily Carter')).toEqual(['Carter', 'Emily']);
  });
});
