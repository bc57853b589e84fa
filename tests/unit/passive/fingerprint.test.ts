// Protects how a re-entered value is recognised: the spellings a clerk types (full-width, no hyphens, one box of a split phone) match, chance-sized values never do.
import { describe, expect, it } from 'vitest';
import { canonical, canonicalForms, pieces, saltedHash, sourceForms, sourcePieces } from '@/utils/passive/fingerprint';

describe('canonical', () => {
  it('folds width, spaces, dashes, marks and case', () => {
    expect(canonical('０３－１２３４ー５６７８')).toBe('03-1234-5678');
    expect(canonical('〒150‐0002')).toBe('150-0002');
    expect(canonical('¥12,000円')).toBe('12000');
    expect(canonical(' Taro.Yamada@Example.CO.JP ')).toBe('taro.yamada@example.co.jp');
    expect(canonical('山田　太郎')).toBe('山田太郎');
  });

  it('drops only thousands commas', () => {
    expect(canonical('1,234,567')).toBe('1234567');
    expect(canonical('A,B')).toBe('a,b');
  });
});

describe('forms', () => {
  it('splits a name and a phone into the pieces forms ask for', () => {
    expect(pieces('山田 花子')).toEqual(['山田', '花子']);
    expect(pieces('03-1234-5678')).toEqual(['03', '1234', '5678']);
    expect(pieces('2025/05/22')).toEqual(['2025', '05', '22']);
    expect(pieces('山田')).toEqual([]);
  });

  it('lets a source value match whole, without hyphens and as normalised', () => {
    expect(sourceForms('０３（1234）5678', '03-1234-5678')).toEqual(expect.arrayContaining(['03-1234-5678', '0312345678']));
    expect(sourceForms('山田 花子')).toEqual(['山田花子']);
  });

  it('offers pieces only of a value forms split into boxes: names, phones, postal codes, addresses', () => {
    expect(sourcePieces('０３（1234）5678', '03-1234-5678', 'tel')).toEqual(['03', '1234', '5678']);
    expect(sourcePieces('山田 花子', undefined, 'name')).toEqual(['山田', '花子']);
    expect(sourcePieces('ヤマダ ハナコ', undefined, 'x-name-kana')).toEqual(['ヤマダ', 'ハナコ']);
    expect(sourcePieces('〒150-0002', undefined, 'postal-code')).toEqual(['150', '0002']);
    expect(sourcePieces('2026/10/01', undefined, 'x-date')).toEqual([]);
    expect(sourcePieces('1,234 円 / 10 個', undefined, 'x-amount')).toEqual([]);
    expect(sourcePieces('10 20', undefined, 'x-quantity')).toEqual([]);
    expect(sourcePieces('A-10 B-20', undefined, undefined)).toEqual([]);
  });

  it('never offers a form shorter than two characters', () => {
    expect(canonicalForms('1')).toEqual([]);
    expect(canonicalForms(' - ')).toEqual([]);
    expect(sourceForms('A 1')).toEqual(['a1']);
  });

  it('matches an entry only as a whole', () => {
    expect(canonicalForms('山田 花子')).toEqual(['山田花子']);
    expect(canonicalForms('03-1234-5678')).toEqual(['03-1234-5678', '0312345678']);
  });
});

describe('saltedHash', () => {
  it('is 16 hex digits, stable under one salt and different under another', async () => {
    const a = await saltedHash('salt-1', '山田');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    await expect(saltedHash('salt-1', '山田')).resolves.toBe(a);
    await expect(saltedHash('salt-2', '山田')).resolves.not.toBe(a);
  });
});
