// Protects joining parts a source gives separately into the whole a form asks for in one box.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '@/utils/extract';
import { isJoined, joinedFields } from '@/utils/mapping/join';

describe('joinedFields', () => {
  it('joins 姓 and 名, セイ and メイ of one block into a name and its reading', () => {
    const joined = joinedFields(extractFromText('姓：松本\n名：彩花\nセイ：マツモト\nメイ：アヤカ'));
    expect(joined.map((f) => [f.concept, f.normalized])).toEqual([
      ['name', '松本 彩花'],
      ['x-name-kana', 'マツモト アヤカ'],
    ]);
    expect(joined.every(isJoined)).toBe(true);
  });

  it('joins nothing when the block has the whole already, or two of a part', () => {
    expect(joinedFields(extractFromText('お名前：松本 彩花\n姓：松本\n名：彩花'))).toEqual([]);
    expect(joinedFields(extractFromText('姓：松本\n姓：山田\n名：彩花'))).toEqual([]);
    expect(joinedFields(extractFromText('姓：松本'))).toEqual([]);
  });
});
