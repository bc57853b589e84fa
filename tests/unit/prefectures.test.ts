// Protects prefecture handling: the JIS code order, splitting 都道府県 off an address, and finding a prefecture by code or (short) name.
import { describe, expect, it } from 'vitest';
import { PREFECTURES, findPrefecture, splitPrefecture } from '@/utils/prefectures';

describe('PREFECTURES', () => {
  it('has the 47 prefectures in JIS X 0401 order', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES[0]).toBe('北海道');
    expect(PREFECTURES[12]).toBe('東京都');
    expect(PREFECTURES[26]).toBe('大阪府');
    expect(PREFECTURES[46]).toBe('沖縄県');
    expect(new Set(PREFECTURES).size).toBe(47);
  });
});

describe('splitPrefecture', () => {
  it.each([
    ['東京都千代田区丸の内1-9-1 グラントウキョウノースタワー', '東京都', 13, '千代田区丸の内1-9-1 グラントウキョウノースタワー'],
    ['京都府京都市下京区烏丸通塩小路下ル', '京都府', 26, '京都市下京区烏丸通塩小路下ル'],
    ['  北海道札幌市中央区北1条西2丁目 ', '北海道', 1, '札幌市中央区北1条西2丁目'],
    ['神奈川県 横浜市西区みなとみらい2-2-1', '神奈川県', 14, '横浜市西区みなとみらい2-2-1'],
    ['沖縄県那覇市泉崎1-2-2', '沖縄県', 47, '那覇市泉崎1-2-2'],
  ])('%s', (address, name, code, rest) => {
    expect(splitPrefecture(address)).toEqual({ prefecture: { name, code }, rest });
  });

  it('leaves an address without a prefecture whole', () => {
    expect(splitPrefecture('大阪市北区梅田3-1-3')).toEqual({ rest: '大阪市北区梅田3-1-3' });
    expect(splitPrefecture('1-2-3 Marunouchi, Chiyoda-ku')).toEqual({ rest: '1-2-3 Marunouchi, Chiyoda-ku' });
  });
});

describe('findPrefecture', () => {
  it('finds by full name, by name without 都/府/県, and by code with or without a leading zero', () => {
    expect(findPrefecture('愛知県')).toEqual({ name: '愛知県', code: 23 });
    expect(findPrefecture('愛知')).toEqual({ name: '愛知県', code: 23 });
    expect(findPrefecture('東京')).toEqual({ name: '東京都', code: 13 });
    expect(findPrefecture('京都')).toEqual({ name: '京都府', code: 26 });
    expect(findPrefecture('01')).toEqual({ name: '北海道', code: 1 });
    expect(findPrefecture('1')).toEqual({ name: '北海道', code: 1 });
    expect(findPrefecture(' 47 ')).toEqual({ name: '沖縄県', code: 47 });
  });

  it('refuses codes outside 1..47 and text that is not a prefecture', () => {
    expect(findPrefecture('0')).toBeUndefined();
    expect(findPrefecture('00')).toBeUndefined();
    expect(findPrefecture('48')).toBeUndefined();
    expect(findPrefecture('選択してください')).toBeUndefined();
    expect(findPrefecture('県')).toBeUndefined();
    expect(findPrefecture('')).toBeUndefined();
  });

  it('round-trips every code and every name', () => {
    PREFECTURES.forEach((name, i) => {
      expect(findPrefecture(String(i + 1).padStart(2, '0'))?.name).toBe(name);
      expect(findPrefecture(name)?.code).toBe(i + 1);
    });
  });
});
