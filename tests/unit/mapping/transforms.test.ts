// Protects putting a value into the shape a target asks for: hyphens or not, kana script (全角/半角カナ, ひらがな), name and number splits, prefecture options.
import { describe, expect, it } from 'vitest';
import type { TargetField } from '@/utils/form/read-form';
import { PREFECTURES } from '@/utils/prefectures';
import {
  exampleFormat,
  formatDigits,
  matchOption,
  spaceNameAsAsked,
  splitForGroup,
  toKanaFormat,
  wantsNoHyphen,
} from '@/utils/mapping/transforms';

function target(partial: Partial<TargetField>): TargetField {
  return { key: '#f', tag: 'input', type: 'text', name: 'f', label: '', hint: '', conceptScore: 1, required: false, value: '', ...partial };
}

describe('wantsNoHyphen / formatDigits', () => {
  it.each(['半角数字・ハイフンなし', 'ハイフン無しで入力', 'ハイフンを入れないでください', '※ハイフン不要', '数字のみ', 'Numbers only, no hyphens'])('reads %j as "no hyphen"', (hint) => {
    expect(wantsNoHyphen(target({ hint }))).toBe(true);
  });

  it('reads the placeholder and the label too, in full-width as well', () => {
    expect(wantsNoHyphen(target({ placeholder: 'ﾊｲﾌﾝなし' }))).toBe(true);
    expect(wantsNoHyphen(target({ label: '電話番号（ハイフン抜き）' }))).toBe(true);
    expect(wantsNoHyphen(target({ placeholder: '例: 03-1234-5678' }))).toBe(false);
  });

  it('drops hyphens when the field says so, is numeric, or would not fit them', () => {
    expect(formatDigits('03-5555-0134', target({ hint: 'ハイフンなし' }))).toBe('0355550134');
    expect(formatDigits('530-0001', target({ type: 'number' }))).toBe('5300001');
    expect(formatDigits('090-1234-5678', target({ maxLength: 11 }))).toBe('09012345678');
    expect(formatDigits('090-1234-5678', target({ maxLength: 13 }))).toBe('090-1234-5678');
    expect(formatDigits('530-0001', target({}))).toBe('530-0001');
  });
});

describe('kana', () => {
  it('gives full-width katakana when the field says nothing or asks for カナ', () => {
    expect(toKanaFormat('やまだ はなこ', target({ label: 'フリガナ' }))).toBe('ヤマダ ハナコ');
    expect(toKanaFormat('ﾔﾏﾀﾞ ﾊﾅｺ', target({ label: 'セイメイ', hint: '全角カナ' }))).toBe('ヤマダ ハナコ');
  });

  it('gives hiragana when the field asks for ひらがな', () => {
    expect(toKanaFormat('ヤマダ ハナコ', target({ label: 'ふりがな' }))).toBe('やまだ はなこ');
    expect(toKanaFormat('ﾔﾏﾀﾞ', target({ label: 'せい', hint: 'ひらがなで入力' }))).toBe('やまだ');
  });

  it('gives half-width katakana when the field asks for 半角カナ (older core systems)', () => {
    expect(toKanaFormat('やまだ はなこ', target({ label: 'カナ氏名', hint: '半角カナ' }))).toBe('ﾔﾏﾀﾞ ﾊﾅｺ');
    expect(toKanaFormat('ヤマダ', target({ placeholder: '半角カタカナ' }))).toBe('ﾔﾏﾀﾞ');
    expect(toKanaFormat('ヤマダ', target({ hint: '半角カナで入力（全角不可）' }))).toBe('ﾔﾏﾀﾞ');
    // Half-width katakana has no ヶ or ヰ: the nearest letters go in rather than full-width ones the field rejects.
    expect(toKanaFormat('イチノセキ ヶイ ヰ', target({ hint: '半角カナ' }))).toBe('ｲﾁﾉｾｷ ｹｲ ｲ');
  });

  it('keeps full-width katakana when the field forbids 半角カナ', () => {
    expect(toKanaFormat('やまだ', target({ hint: '全角カナ（半角カナ不可）' }))).toBe('ヤマダ');
    expect(toKanaFormat('やまだ', target({ hint: '※半角カナは使用できません' }))).toBe('ヤマダ');
    expect(toKanaFormat('やまだ', target({ hint: '半角カナ禁止' }))).toBe('ヤマダ');
  });
});

describe('matchOption', () => {
  const byCode = [{ value: '', text: '選択してください' }, ...PREFECTURES.map((p, i) => ({ value: String(i + 1).padStart(2, '0'), text: p }))];
  const byName = [{ value: '', text: '--' }, ...PREFECTURES.map((p) => ({ value: p, text: p }))];
  const shortNames = PREFECTURES.map((p, i) => ({ value: String(i + 1), text: p.replace(/[都府県]$/, '') }));

  it('matches a prefecture to a select with codes "01".."47"', () => {
    expect(matchOption(byCode, '大阪府', 'address-level1')?.value).toBe('27');
    expect(matchOption(byCode, '北海道', 'address-level1')?.value).toBe('01');
    expect(matchOption(byCode, '13', 'address-level1')?.value).toBe('13');
  });

  it('matches a prefecture to a select with plain names, and to short names with unpadded codes', () => {
    expect(matchOption(byName, '東京', 'address-level1')?.value).toBe('東京都');
    expect(matchOption(byName, '京都府', 'address-level1')?.value).toBe('京都府');
    expect(matchOption(shortNames, '神奈川県', 'address-level1')).toEqual({ value: '14', text: '神奈川' });
  });

  it('takes the prefecture off the front of a whole address', () => {
    expect(matchOption(byCode, '福岡県福岡市博多区博多駅前2-1-1', 'address-level1')?.value).toBe('40');
  });

  it('picks no option rather than a wrong one', () => {
    expect(matchOption(byCode, '渋谷区', 'address-level1')).toBeUndefined();
    expect(matchOption(byCode, '', 'address-level1')).toBeUndefined();
  });

  it('matches other selects by value, then by visible text, in full-width too', () => {
    const units = [{ value: 'pc', text: '個' }, { value: 'box', text: '箱' }, { value: '12', text: 'ダース' }];
    expect(matchOption(units, '箱', undefined)?.value).toBe('box');
    expect(matchOption(units, 'pc', undefined)?.value).toBe('pc');
    expect(matchOption(units, '１２', undefined)?.value).toBe('12');
    expect(matchOption(units, 'ケース', undefined)).toBeUndefined();
  });
});

describe('splitForGroup', () => {
  it('splits a phone number into the number of inputs the form has, or not at all', () => {
    expect(splitForGroup('tel', '06-6345-7890', 3)).toEqual(['06', '6345', '7890']);
    expect(splitForGroup('tel', '0120-123-456', 3)).toEqual(['0120', '123', '456']);
    expect(splitForGroup('tel', '0456712121', 3)).toEqual(['045', '671', '2121']);
    expect(splitForGroup('tel', '0101234567', 3)).toBeUndefined();
    expect(splitForGroup('tel', '06-6345-7890', 2)).toBeUndefined();
  });

  it('splits a postal code into 3 + 4 digits', () => {
    expect(splitForGroup('postal-code', '530-0001', 2)).toEqual(['530', '0001']);
    expect(splitForGroup('postal-code', '5300001', 2)).toEqual(['530', '0001']);
    expect(splitForGroup('postal-code', '530-0001', 3)).toBeUndefined();
  });

  it('splits a name or its kana in two only at a space', () => {
    expect(splitForGroup('name', '高橋 美咲', 2)).toEqual(['高橋', '美咲']);
    expect(splitForGroup('x-name-kana', 'タカハシ ミサキ', 2)).toEqual(['タカハシ', 'ミサキ']);
    expect(splitForGroup('name', '高橋美咲', 2)).toBeUndefined();
  });

  it('does not split concepts it has no rule for', () => {
    expect(splitForGroup('street-address', '大阪市北区梅田1-2-3', 2)).toBeUndefined();
    expect(splitForGroup(undefined, 'x y', 2)).toBeUndefined();
  });
});


describe('exampleFormat', () => {
  it('follows the example a field gives: digits only or with hyphens, full-width too', () => {
    expect(exampleFormat(target({ placeholder: '例：5300001' }))).toBe('digits');
    expect(exampleFormat(target({ placeholder: '例：11122223333' }))).toBe('digits');
    expect(exampleFormat(target({ hint: '例: 03-1234-5678' }))).toBe('hyphens');
    expect(exampleFormat(target({ placeholder: '例：０３－１２３４－５６７８' }))).toBe('hyphens');
    expect(exampleFormat(target({ placeholder: '電話番号' }))).toBeUndefined();
    expect(formatDigits('530-0001', target({ placeholder: '例：5300001' }))).toBe('5300001');
    expect(formatDigits('03-1234-5678', target({ placeholder: '例：03-1234-5678', maxLength: 13 }))).toBe('03-1234-5678');
  });
});

describe('matchOption for pieces and near texts', () => {
  it('matches a number to a padded value or to a text with 年/月/日', () => {
    expect(matchOption([{ value: '03', text: '03' }], '3', undefined)?.value).toBe('03');
    expect(matchOption([{ value: 'm3', text: '3月' }, { value: 'm4', text: '4月' }], '3', undefined)?.value).toBe('m3');
    expect(matchOption([{ value: 'y', text: '2026年' }], '2026', undefined)?.value).toBe('y');
  });

  it('takes the one option whose text the value contains, never a guess between two', () => {
    const times = [{ value: '', text: '指定なし' }, { value: '1', text: '午前' }, { value: '2', text: '午後' }];
    expect(matchOption(times, '午前中', undefined)?.value).toBe('1');
    expect(matchOption([{ value: 'a', text: 'ヤマト運輸' }, { value: 'b', text: 'ヤマト運輸（クール）' }], 'ヤマト', undefined)).toBeUndefined();
    expect(matchOption(times, '夕方', undefined)).toBeUndefined();
  });
});

describe('splitForGroup for fax', () => {
  it('splits a fax number like a phone number', () => {
    expect(splitForGroup('x-fax', '092-555-0182', 3)).toEqual(['092', '555', '0182']);
  });
});

describe('spaceNameAsAsked', () => {
  it('puts the space the field asks for between family and given name', () => {
    expect(spaceNameAsAsked('松本 彩花', target({ placeholder: '姓と名の間に全角スペース' }))).toBe('松本　彩花');
    expect(spaceNameAsAsked('松本 彩花', target({ hint: 'スペースなしで入力' }))).toBe('松本彩花');
    expect(spaceNameAsAsked('松本 彩花', target({}))).toBe('松本 彩花');
  });
});
