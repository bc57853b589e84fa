// Protects reading unlabeled contact lines by their shape: what a clerk takes from an address block or a signature, and the lines that must never become a company, a person or a phone.
import { describe, expect, it } from 'vitest';
import { contactLineFields, isAddressContinuation, isClosing, isLatinName, looksLikePhone, phoneHead, usAddressFields } from '@/utils/extract/contact-lines';

/** The fields of a line as [concept, value], pieces with a label of their own as ['piece', text]. */
const read = (line: string, afterPostal = false) => contactLineFields(line, { afterPostal }).map((f) => ('piece' in f ? ['piece', f.piece] : [f.concept, f.value]));

describe('contactLineFields: Japanese party lines', () => {
  it('reads a company by its legal form, and the department after it', () => {
    expect(read('有限会社丸岡工務店')).toEqual([['organization', '有限会社丸岡工務店']]);
    expect(read('株式会社こだま電設 購買課')).toEqual([['organization', '株式会社こだま電設'], ['x-department', '購買課']]);
    expect(read('株式会社ミライテック 営業本部 営業二課')).toEqual([['organization', '株式会社ミライテック'], ['x-department', '営業本部 営業二課']]);
    expect(read('一般社団法人みどり住環境協会 事務局')).toEqual([['organization', '一般社団法人みどり住環境協会'], ['x-department', '事務局']]);
  });

  it('keeps a branch with its company, and reads the receiver in a note', () => {
    expect(read('株式会社こだま電設 広島営業所（受取担当：村上）')).toEqual([['organization', '株式会社こだま電設 広島営業所'], ['name', '村上']]);
  });

  it('reads department and person, title and person, company, department and person', () => {
    expect(read('総務部　工藤 隆之')).toEqual([['x-department', '総務部'], ['name', '工藤 隆之']]);
    expect(read('代表取締役 大滝 誠')).toEqual([['organization-title', '代表取締役'], ['name', '大滝 誠']]);
    expect(read('株式会社スカイライン設備 資材課 宮本 大樹 様')).toEqual([['organization', '株式会社スカイライン設備'], ['x-department', '資材課'], ['name', '宮本 大樹']]);
    expect(read('営業部 小野寺様')).toEqual([['x-department', '営業部'], ['name', '小野寺']]);
  });

  it('is surer of a legal form than of a bare two-part name', () => {
    const [company] = contactLineFields('有限会社丸岡工務店');
    const [person] = contactLineFields('石川 亜希子');
    expect(person).toMatchObject({ concept: 'name', value: '石川 亜希子' });
    expect((company as { confidence: number }).confidence).toBeGreaterThan((person as { confidence: number }).confidence);
  });

  it('never reads a department as a family name', () => {
    expect(read('総務部 工藤')).not.toContainEqual(['name', '総務部 工藤']);
  });

  it('reads nothing from prose, greetings, the addressee line or a note about the sender', () => {
    for (const line of ['いつもお世話になっております。', '有限会社丸岡工務店の工藤と申します。', '営業部 御中', '下記のとおり発注いたします。', 'ご確認のほど、よろしくお願いいたします。', '北のめぐみ市場（運営：株式会社めぐみフーズ）']) {
      expect(read(line)).toEqual([]);
    }
  });
});

describe('contactLineFields: addresses', () => {
  it('reads 〒 and the address after it as two fields', () => {
    expect(read('〒420-0031 静岡県静岡市葵区呉服町2-3-8')).toEqual([['postal-code', '420-0031'], ['street-address', '静岡県静岡市葵区呉服町2-3-8']]);
    expect(read('〒222-0033')).toEqual([['postal-code', '222-0033']]);
  });

  it('reads an address starting with a prefecture, and one under a postal code line', () => {
    expect(read('千葉県千葉市中央区富士見2-9-28 富士見第一ビル7F')).toEqual([['street-address', '千葉県千葉市中央区富士見2-9-28 富士見第一ビル7F']]);
    expect(read('大阪市北区梅田2-4-9')).toEqual([]);
    expect(read('大阪市北区梅田2-4-9', true)).toEqual([['street-address', '大阪市北区梅田2-4-9']]);
  });

  it('parts the addressee from the address, not the building', () => {
    expect(read('〒370-0849 群馬県高崎市八島町58-3 つばさ保育園 八島町分園')).toEqual([
      ['postal-code', '370-0849'],
      ['street-address', '群馬県高崎市八島町58-3'],
      ['organization', 'つばさ保育園 八島町分園'],
    ]);
    expect(read('〒650-0021 兵庫県神戸市中央区三宮町2-5-10 ことのはビル')).toEqual([['postal-code', '650-0021'], ['street-address', '兵庫県神戸市中央区三宮町2-5-10 ことのはビル']]);
  });

  it('reads a company and its address on one line, leaving TEL to be read as a pair', () => {
    expect(read('株式会社ことのは製本　〒650-0021 兵庫県神戸市中央区三宮町2-5-10　TEL 078-555-0330')).toEqual([
      ['organization', '株式会社ことのは製本'],
      ['postal-code', '650-0021'],
      ['street-address', '兵庫県神戸市中央区三宮町2-5-10'],
      ['piece', 'TEL 078-555-0330'],
    ]);
    expect(read('請求センター　TEL 03-5555-7720（平日9:00～17:00）')).toEqual([['x-department', '請求センター'], ['piece', 'TEL 03-5555-7720（平日9:00～17:00）']]);
  });

  it('reads US street, suite, city, state and ZIP', () => {
    expect(read('2200 SW Morrison St, Suite 410')).toEqual([
      ['street-address', '2200 SW Morrison St, Suite 410'],
      ['address-line1', '2200 SW Morrison St'],
      ['address-line2', 'Suite 410'],
    ]);
    expect(read('PO Box 3341')).toEqual([['street-address', 'PO Box 3341'], ['address-line1', 'PO Box 3341']]);
    expect(read('Portland, OR 97205')).toEqual([['address-level2', 'Portland'], ['address-level1', 'OR'], ['postal-code', '97205']]);
    expect(read('United States')).toEqual([]);
  });

  it('reads a US address written under one label into its lines', () => {
    const fields = usAddressFields(['1450 Industrial Pkwy', 'Building C', 'Columbus, OH 43219'])!;
    expect(fields.map((f) => [f.concept, f.value])).toEqual([
      ['street-address', '1450 Industrial Pkwy\nBuilding C'],
      ['address-line1', '1450 Industrial Pkwy'],
      ['address-line2', 'Building C'],
      ['address-level2', 'Columbus'],
      ['address-level1', 'OH'],
      ['postal-code', '43219'],
    ]);
    expect(usAddressFields(['東京都渋谷区神宮前3-14-2', 'コーポ青葉201'])).toBeUndefined();
  });

  it('knows the lines that carry on an address', () => {
    expect(isAddressContinuation('サンライズビル1F')).toBe(true);
    expect(isAddressContinuation('Building C')).toBe(true);
    expect(isAddressContinuation('新住所の固定電話　なし（連絡は従来どおり携帯へ）')).toBe(false);
    expect(isAddressContinuation('株式会社あおばビル管理')).toBe(false);
  });
});

describe('contactLineFields: English party lines', () => {
  it('reads a company with its legal form, with a place or a department after a dash', () => {
    expect(read('Brightline Fixtures LLC - Vancouver Warehouse')).toEqual([['organization', 'Brightline Fixtures LLC - Vancouver Warehouse']]);
    expect(read('Cascade Office Supply Co. — Billing Department')).toEqual([['organization', 'Cascade Office Supply Co.'], ['x-department', 'Billing Department']]);
    expect(read('MIRAI Tech USA, Inc. – Reno Distribution Center')).toEqual([['organization', 'MIRAI Tech USA, Inc.']]);
  });

  it('parts a title from the company', () => {
    expect(read('Purchasing Manager, Brightline Fixtures LLC')).toEqual([['organization-title', 'Purchasing Manager'], ['organization', 'Brightline Fixtures LLC']]);
    expect(read('Sales Director | Northgate Packaging Inc.')).toEqual([['organization-title', 'Sales Director'], ['organization', 'Northgate Packaging Inc.']]);
  });

  it('reads a department and a person, but not closings, greetings or places', () => {
    expect(read('Accounts Payable')).toEqual([['x-department', 'Accounts Payable']]);
    expect(read('Jennifer Alvarez')).toEqual([['name', 'Jennifer Alvarez']]);
    expect(isLatinName('Best Regards')).toBe(false);
    expect(isLatinName('Reno Distribution Center')).toBe(false);
    expect(isLatinName('Mary K. Chen')).toBe(true);
    for (const line of ['Regards,', 'Thank you for your business!', 'Hello Kaze Components sales team,', 'Please find our purchase order details below.']) expect(read(line)).toEqual([]);
  });

  it('reads a bare e-mail line', () => {
    expect(read('ishikawa@midori-jk.example.or.jp')).toEqual([['email', 'ishikawa@midori-jk.example.or.jp']]);
  });
});

describe('phones', () => {
  it('knows Japanese, North American and international numbers', () => {
    for (const v of ['03-5555-1234', '(503) 555-0148', '614-555-0110', '+1 206 555 0163', '+81 3-5555-1234']) expect(looksLikePhone(v)).toBe(true);
    for (const v of ['2026-03-19', '12345', 'PO-77120', '1,540.00']) expect(looksLikePhone(v)).toBe(false);
  });

  it('takes the number without the note after it', () => {
    expect(phoneHead('03-5555-1170（直通）')).toBe('03-5555-1170');
    expect(phoneHead('0138-55-5200（平日9:00〜17:00）')).toBe('0138-55-5200');
    expect(phoneHead('048-555-0300（代表） 内線 214')).toBe('048-555-0300');
    expect(phoneHead('後日ご連絡します')).toBeUndefined();
  });
});

describe('isClosing', () => {
  it('knows the lines that close a mail before the signature', () => {
    for (const t of ['Regards,', 'Best regards,', 'Thank you for your business!', 'よろしくお願いいたします。', '以上、よろしくお願いいたします。', 'ご確認のほど、よろしくお願いいたします。']) expect(isClosing(t)).toBe(true);
    for (const t of ['Please find our purchase order details below and confirm the ship date', '下記のとおり発注いたします。']) expect(isClosing(t)).toBe(false);
  });
});
