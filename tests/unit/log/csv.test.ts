// Protects CSV export: opens cleanly in Japanese Excel (BOM, CRLF), keeps commas, quotes and newlines inside cells, and never lets a cell run as a formula.
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/utils/log/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    const csv = toCsv(['フォーム', '件数'], [['受注入力', 3], ['経費精算', 1]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('フォーム,件数\r\n受注入力,3\r\n経費精算,1\r\n');
  });

  it('quotes cells with commas, double quotes and line breaks, doubling the quotes', () => {
    const csv = toCsv(['項目'], [['金額（税込, 円）'], ['品名 "特選" 緑茶'], ['1行目\n2行目'], ['CR\rLF']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['項目', '"金額（税込, 円）"', '"品名 ""特選"" 緑茶"', '"1行目\n2行目"', '"CR\rLF"', '']);
  });

  it.each(['=HYPERLINK("http://evil.example","請求書")', '+81-3-5555-0134', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'])('neutralises a formula-like cell %j', (value) => {
    const cell = toCsv(['x'], [[value]]).slice(1).split('\r\n')[1]!;
    expect(cell.startsWith('"\'')).toBe(true);
    expect(cell.replace(/^"'/, '').replace(/"$/, '').replace(/""/g, '"')).toBe(value);
  });

  it('leaves ordinary text and numbers unquoted', () => {
    expect(toCsv(['a', 'b', 'c'], [['お名前', 0, 'x-name-kana']]).slice(1)).toBe('a,b,c\r\nお名前,0,x-name-kana\r\n');
  });

  it('writes just the header for an empty table', () => {
    expect(toCsv(['フォーム'], [])).toBe('\uFEFFフォーム\r\n');
  });
});
