// Protects the extractors against whatever a page or mail throws at them: no exception, no runaway time on hostile input, nothing invented.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFromDocument, extractFromText } from '@/utils/extract';
import { classifyLine } from '@/utils/extract/line-kinds';

const tags = ['p', 'div', 'span', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h2', 'pre', 'blockquote', 'label', 'li', 'br', 'hr'];
const piece = fc.oneof(
  fc.constantFrom('お名前', '：', ':', '住所', '東京都千代田区1-1', '03-5555-0142', '【', '】', '■', '*****', '-- ', '>', '〒100-0001', ' ', '\n', 'Ship to', 'お届け先'),
  fc.constantFrom(...tags).map((t) => `<${t}>`),
  fc.constantFrom(...tags).map((t) => `</${t}>`),
  fc.constantFrom('<input value="山田">', '<select><option selected>大阪府</option></select>', '<textarea>備考：x</textarea>', '<script>お名前：偽</script>', '<img src=x onerror=alert(1)>'),
  fc.string({ maxLength: 8 }),
);
const markup = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

describe('extractors on arbitrary markup and text', () => {
  it('extractFromDocument never throws, and every value is text the page shows', () => {
    fc.assert(
      fc.property(markup, (html) => {
        document.body.innerHTML = html;
        const shown = document.body.cloneNode(true) as HTMLElement;
        shown.querySelectorAll('script, style, template, noscript').forEach((e) => e.remove());
        const visible = (shown.textContent ?? '') + Array.from(document.querySelectorAll('input, textarea')).map((e) => (e as HTMLInputElement).value).join('\n');
        const compact = (s: string) => s.replace(/\s+/g, '');
        for (const f of extractFromDocument(document)) {
          for (const part of f.value.split('\n')) expect(compact(visible)).toContain(compact(part));
          expect(f.label).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on hostile lines: huge runs of spaces, colons and brackets', () => {
    const hostile = [' '.repeat(200_000) + 'x', 'a' + ' '.repeat(200_000) + 'b', '：'.repeat(100_000), '【'.repeat(100_000), 'お名前' + '　'.repeat(100_000) + '山田', '*'.repeat(200_000) + 'x'];
    for (const line of hostile) expect(() => classifyLine(line)).not.toThrow();
    expect(extractFromText(hostile.join('\n'))).toBeInstanceOf(Array);
  });

  it('finishes on 20k-character lines aimed at the readers of several pairs, item lines, contact lines and US addresses', () => {
    const n = 20_000;
    const hostile = [
      '・' + 'あ '.repeat(n) + '10台', '1) ' + 'A1-'.repeat(n) + ' 3台', '・' + '1,'.repeat(n) + '台', 'TEL：03-1234-5678' + '　FAX：'.repeat(n / 4),
      'TEL：' + '03 /'.repeat(n), '数量：' + '6　単価：'.repeat(n / 4), ' | '.repeat(n) + 'a@b.jp', '〒100-0001 ' + '東京都1 '.repeat(n / 4),
      '1 ' + 'Main '.repeat(n) + 'St', 'x'.repeat(n) + ', OR 97205', '社員番号' + '　'.repeat(n) + 'x', '緊急連絡先：' + '山'.repeat(n) + ' 03-1234-5678',
      '株式会社' + 'あ　'.repeat(n), '日付' + '  内容'.repeat(n), 'Regards,',
    ];
    const text = hostile.join('\n');
    const started = Date.now();
    for (const line of hostile) expect(() => classifyLine(line)).not.toThrow();
    const fields = extractFromText(text);
    expect(Date.now() - started).toBeLessThan(3000);
    const parts = new Set(fields.flatMap((f) => f.value.split('\n')));
    expect([...parts].filter((part) => !text.includes(part))).toEqual([]);
  });
});
