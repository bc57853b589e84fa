// Protects reading a dropped file or pasted text into a source: every charset and shape of mail gives its fields, and a file that cannot be read fails with a code, never a half-made source.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SOURCE_BYTES, SourceFileError } from '@/utils/extract/message-file';
import { snapshotOfFile, snapshotOfText, type SourceFile } from '@/utils/source-input';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function fileOf(name: string, bytes: Uint8Array | string): SourceFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.byteLength, arrayBuffer: async () => data.slice().buffer };
}

const pairs = (fields: { label: string; value: string }[]) => fields.map((f) => [f.label, f.value]);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SourceFileError);
  return (error as SourceFileError).code;
}

const HTML_ONLY_EML = [
  'From: =?UTF-8?B?5Lit5p2RIOiqoA==?= <makoto@example.jp>',
  'Subject: =?UTF-8?B?44GU5rOo5paH?=',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=UTF-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  '<html><body><p>いつもお世話になっております。</p><p>お名前：中村 誠<br>数量：5</p><script>document.title = "x"</script></body></html>',
].join('\r\n');

describe('snapshotOfFile', () => {
  it('reads an ISO-2022-JP mail: its subject is the title, its label：value lines the fields', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/mail/order-iso2022jp.eml'));
    const source = await snapshotOfFile(fileOf('order-iso2022jp.eml', bytes), parseHtml);
    expect(source).toMatchObject({ kind: 'file', fileName: 'order-iso2022jp.eml', url: '', title: '【ご注文】会議用テーブルの件' });
    expect(pairs(source.fields)).toEqual([
      ['お名前', '佐藤 花子'],
      ['フリガナ', 'サトウ ハナコ'],
      ['会社名', '株式会社みなと物産'],
      ['郵便番号', '〒530-0001'],
      ['住所', '大阪府大阪市北区梅田1-2-3 梅田スカイビル8F'],
      ['電話番号', '06-6345-7890'],
      ['メールアドレス', 'hanako.sato@example.co.jp'],
      ['商品名', '会議用テーブル MT-1800'],
      ['数量', '3'],
      // The signature of a mail to the office's desk (受注ご担当者様) is the customer's own block.
      ['氏名', '佐藤 花子'],
      ['会社名', '株式会社みなと物産'],
      ['部署', '購買部'],
    ]);
    expect(source.fields.slice(-3).every((f) => f.section === 'signature' && f.sectionKind === 'customer')).toBe(true);
    expect(source.signature).toMatch(/\S/);
  });

  it('reads an HTML-only mail through the given parser', async () => {
    const source = await snapshotOfFile(fileOf('order.eml', HTML_ONLY_EML), parseHtml);
    expect(source.title).toBe('ご注文');
    expect(pairs(source.fields)).toEqual([
      ['お名前', '中村 誠'],
      ['数量', '5'],
    ]);
  });

  it('reads a text file, titled by its name', async () => {
    const source = await snapshotOfFile(fileOf('注文.TXT', '\uFEFFお名前：山田 太郎\r\n数量：2\r\n'), parseHtml);
    expect(source).toMatchObject({ kind: 'file', fileName: '注文.TXT', title: '注文.TXT' });
    expect(pairs(source.fields)).toEqual([
      ['お名前', '山田 太郎'],
      ['数量', '2'],
    ]);
  });

  it('refuses other file types and oversized files without reading them', async () => {
    const unread = { name: 'archive.mbox', size: 10, arrayBuffer: vi.fn() };
    await expect(codeOf(snapshotOfFile(unread, parseHtml))).resolves.toBe('unsupported');
    await expect(codeOf(snapshotOfFile({ ...unread, name: 'page.html' }, parseHtml))).resolves.toBe('unsupported');
    await expect(codeOf(snapshotOfFile({ ...unread, name: 'big.eml', size: MAX_SOURCE_BYTES + 1 }, parseHtml))).resolves.toBe('tooLarge');
    expect(unread.arrayBuffer).not.toHaveBeenCalled();
  });

  it('fails with a code for an empty file and for bytes that are no Outlook item', async () => {
    await expect(codeOf(snapshotOfFile(fileOf('empty.eml', ''), parseHtml))).resolves.toBe('empty');
    let seed = 42;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    await expect(codeOf(snapshotOfFile(fileOf('order.msg', noise), parseHtml))).resolves.toBe('unreadable');
  });
});

describe('snapshotOfText', () => {
  it('reads pasted mail text as an untitled source without an address', () => {
    const source = snapshotOfText('山田様\n\nお名前：山田 太郎\n電話番号：03-1234-5678\n');
    expect(source).toMatchObject({ kind: 'text', url: '', title: '' });
    expect(source.fileName).toBeUndefined();
    expect(pairs(source.fields)).toEqual([
      ['お名前', '山田 太郎'],
      ['電話番号', '03-1234-5678'],
    ]);
  });
});
