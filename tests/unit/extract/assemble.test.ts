// Protects the reading of a whole message: blocks (ご注文者 / お届け先) kept apart, wrapped addresses joined, line items as rows, replies and signatures handled.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '@/utils/extract';
import { SIGNATURE } from '@/utils/extract/assemble';

const ORDER = `佐藤 美咲 様

この度はご注文いただき誠にありがとうございます。

************************************************
　ご注文者情報
************************************************
　お名前　：佐藤 美咲 様
　住所　　：東京都渋谷区神宮前3-14-2
　　　　　　コーポ青葉201
　電話番号：03-5555-0142

************************************************
　配送情報
************************************************

◎お届け先
お名前：佐藤 健一 様
電話番号：022-555-0187

商品名：オリジナルブレンド珈琲豆 200g
数量：2
商品名：マグカップ ネイビー
数量：1
`;

describe('assembleFields on an order mail', () => {
  const fields = extractFromText(ORDER);
  const pick = (label: string, kind?: string) => fields.filter((f) => f.label === label && f.sectionKind === kind);

  it('keeps the same label under ご注文者 and お届け先 as two fields, each tagged with its block', () => {
    expect(pick('お名前', 'customer').map((f) => f.normalized)).toEqual(['佐藤 美咲']);
    expect(pick('お名前', 'shipping').map((f) => f.normalized)).toEqual(['佐藤 健一']);
    expect(pick('電話番号', 'shipping')[0]).toMatchObject({ section: 'お届け先', normalized: '022-555-0187' });
    expect(pick('電話番号', 'customer')[0]).toMatchObject({ section: 'ご注文者情報', normalized: '03-5555-0142' });
  });

  it('joins an address that wraps onto the next line, keeping the value as written', () => {
    const [address] = pick('住所', 'customer');
    expect(address).toMatchObject({ value: '東京都渋谷区神宮前3-14-2\nコーポ青葉201', concept: 'street-address' });
    expect(address!.normalized).toBe('東京都渋谷区神宮前3-14-2 コーポ青葉201');
  });

  it('numbers repeated line items as rows, the first item trusted most', () => {
    const products = fields.filter((f) => f.concept === 'x-product-name');
    expect(products.map((f) => [f.value, f.row])).toEqual([
      ['オリジナルブレンド珈琲豆 200g', undefined],
      ['マグカップ ネイビー', 1],
    ]);
    expect(products[1]!.confidence).toBeLessThan(products[0]!.confidence);
  });
});

describe('assembleFields: where the message proper ends', () => {
  it('reads nothing after a reply boundary or an Outlook reply header', () => {
    const reply = extractFromText('お名前：新しい 値\n\n2026年3月1日(日) 10:20 山田 太郎 <t@example.jp>:\n> お名前：古い 値\nお名前：引用 値');
    expect(reply.map((f) => f.value)).toEqual(['新しい 値']);
    const outlook = extractFromText('数量：12\n\nFrom: 佐藤 <s@example.jp>\nSent: Monday, March 2, 2026 9:00\n数量：10');
    expect(outlook.map((f) => f.value)).toEqual(['12']);
  });

  it('keeps a signature as the sender’s block, trusted too little to fill without a pick', () => {
    const fields = extractFromText('お名前：鈴木 一郎\n電話番号：03-5555-0100\n\n--\n株式会社サンプル 営業部\n田中 次郎\nTEL：03-5555-0199');
    const signed = fields.filter((f) => f.section === SIGNATURE);
    expect(signed.map((f) => [f.concept, f.normalized])).toEqual([
      ['organization', '株式会社サンプル'],
      ['x-department', '営業部'],
      ['name', '田中 次郎'],
      ['tel', '03-5555-0199'],
    ]);
    for (const f of signed) {
      expect(f.sectionKind).toBe('sender');
      expect(f.confidence).toBeLessThanOrEqual(0.5);
    }
    expect(fields.find((f) => f.normalized === '03-5555-0100')!.section).toBeUndefined();
  });

  it('recognises a ruled signature block at the end without mistaking a data block for one', () => {
    const signature = extractFromText('ご依頼内容：LED照明の交換\n\n━━━━━━━━━━\n有限会社丸岡工務店\n総務部 工藤 隆之\nTEL：054-555-0620\n━━━━━━━━━━');
    expect(signature.find((f) => f.label === 'TEL')!.section).toBe(SIGNATURE);
    const data = extractFromText('****************\n　ご注文者情報\n****************\nお名前：佐藤 美咲\n電話番号：03-5555-0142');
    expect(data.every((f) => f.section === 'ご注文者情報')).toBe(true);
  });

  it('drops the honorific from a name and a company in the canonical value only', () => {
    const [name, company] = extractFromText('ご担当者：小林 真由美 様\n会社名：株式会社ひかり商会 御中');
    expect(name).toMatchObject({ value: '小林 真由美 様', normalized: '小林 真由美' });
    expect(company).toMatchObject({ value: '株式会社ひかり商会 御中', normalized: '株式会社ひかり商会' });
  });
});

describe('a name with its reading in parentheses', () => {
  it('gives the name and its フリガナ as two fields of the same block', () => {
    const fields = extractFromText('お名前：中村 健太 (ナカムラ ケンタ) 様\n会社名：株式会社ひかり (カブシキガイシャ)');
    expect(fields.map((f) => [f.concept, f.normalized])).toEqual([
      ['name', '中村 健太'],
      ['x-name-kana', 'ナカムラ ケンタ'],
      ['organization', expect.stringContaining('ひかり')],
    ]);
  });

  it('keeps parentheses that hold no reading as part of the name', () => {
    expect(extractFromText('お名前：山田 太郎 (営業部)')[0]?.normalized).toBe('山田 太郎 (営業部)');
  });
});

describe('label styles', () => {
  it('reads 【】, ■ with a space, TEL with a space, full-width spaces inside a label, and tabs', () => {
    const fields = extractFromText('【会社名】株式会社あおば\n■電話番号 03-5555-0101\nTEL 03-5555-0102\n小　計　　￥4,455\n数量\t3\n・所属：総務部');
    expect(fields.map((f) => [f.concept, f.normalized])).toEqual([
      ['organization', '株式会社あおば'],
      ['tel', '03-5555-0101'],
      ['tel', '03-5555-0102'],
      ['x-subtotal', '4455'],
      ['x-quantity', '3'],
      ['x-department', '総務部'],
    ]);
  });

  it('opens sections at decorated and plain headings, in Japanese and English', () => {
    const fields = extractFromText('【ご請求先】\n会社名：株式会社A\n\nShip to:\nName: John Smith\n■緊急連絡先\n電話番号：090-5555-0001');
    expect(fields.map((f) => f.sectionKind)).toEqual(['billing', 'shipping', 'emergency']);
  });
});
