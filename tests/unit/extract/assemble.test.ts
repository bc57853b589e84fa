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

/** The fields of a text as [concept, value], for the concepts a clerk fills. */
const conceptsOf = (fields: ReturnType<typeof extractFromText>) => fields.filter((f) => f.concept).map((f) => [f.concept, f.value]);

describe('unlabeled lines of a party block', () => {
  const PO = `下記のとおり発注いたします。

【納入場所】
株式会社こだま電設 広島営業所（受取担当：村上）
〒730-0031 広島県広島市中区紙屋町1-2-22 紙屋町MTビル3階
TEL 082-555-0456

【発注元】
株式会社こだま電設 購買課
担当：荒木 陽菜
〒812-0011 福岡県福岡市博多区博多駅前3-25-21 博多駅前ビジネスタワー8F
TEL 092-555-0180 ／ FAX 092-555-0181
araki@kodama-densetsu.example.co.jp

※請求書は発注元（福岡本社）宛にお送りください。`;
  const fields = extractFromText(PO);

  it('reads company, department, person, postal code, address, phone, fax and e-mail, each with its block', () => {
    const buyer = fields.filter((f) => f.section === '発注元');
    expect(conceptsOf(buyer)).toEqual([
      ['organization', '株式会社こだま電設'],
      ['x-department', '購買課'],
      ['name', '荒木 陽菜'],
      ['postal-code', '812-0011'],
      ['street-address', '福岡県福岡市博多区博多駅前3-25-21 博多駅前ビジネスタワー8F'],
      ['tel', '092-555-0180'],
      ['x-fax', '092-555-0181'],
      ['email', 'araki@kodama-densetsu.example.co.jp'],
    ]);
    expect(buyer.every((f) => f.sectionKind === 'customer')).toBe(true);
    const delivery = fields.filter((f) => f.section === '納入場所');
    expect(conceptsOf(delivery)).toEqual([
      ['organization', '株式会社こだま電設 広島営業所'],
      ['name', '村上'],
      ['postal-code', '730-0031'],
      ['street-address', '広島県広島市中区紙屋町1-2-22 紙屋町MTビル3階'],
      ['tel', '082-555-0456'],
    ]);
    expect(delivery.every((f) => f.sectionKind === 'shipping')).toBe(true);
  });

  it('never gives a phone field the fax number, and reads no field from the remark after the block', () => {
    for (const f of fields.filter((x) => x.concept === 'tel')) expect(f.value).not.toContain('0181');
    expect(fields.some((f) => f.value.includes('請求書は'))).toBe(false);
  });

  it('is sure of a legal form and of a 〒, less of a bare name', () => {
    const org = fields.find((f) => f.value === '株式会社こだま電設')!;
    const postal = fields.find((f) => f.value === '812-0011')!;
    const receiver = fields.find((f) => f.value === '村上')!;
    expect(org.confidence).toBeGreaterThanOrEqual(0.8);
    expect(postal.confidence).toBeGreaterThanOrEqual(0.85);
    expect(receiver.confidence).toBeLessThan(org.confidence);
  });

  it('reads an English Bill To and Ship To block into company, attention, street, suite, city, state, ZIP and phone', () => {
    const mail = extractFromText(`Bill To:
  Brightline Fixtures LLC
  Attn: Accounts Payable
  2200 SW Morrison St, Suite 410
  Portland, OR 97205
  Phone: (503) 555-0148

Ship To:
  Brightline Fixtures LLC - Vancouver Warehouse
  8800 NE 117th Ave
  Vancouver, WA 98662`);
    const bill = mail.filter((f) => f.sectionKind === 'billing');
    expect(conceptsOf(bill)).toEqual([
      ['organization', 'Brightline Fixtures LLC'],
      ['name', 'Accounts Payable'],
      ['street-address', '2200 SW Morrison St, Suite 410'],
      ['address-line1', '2200 SW Morrison St'],
      ['address-line2', 'Suite 410'],
      ['address-level2', 'Portland'],
      ['address-level1', 'OR'],
      ['postal-code', '97205'],
      ['tel', '(503) 555-0148'],
    ]);
    expect(bill.find((f) => f.concept === 'tel')!.confidence).toBe(1);
    expect(conceptsOf(mail.filter((f) => f.sectionKind === 'shipping')).map(([c]) => c)).toEqual(['organization', 'street-address', 'address-line1', 'address-level2', 'address-level1', 'postal-code']);
  });

  it('reads a US address wrapped under one label into its parts', () => {
    const mail = extractFromText('Remit-to address:   1450 Industrial Pkwy\n                    Building C\n                    Columbus, OH 43219\nMain phone:         614-555-0110');
    expect(conceptsOf(mail)).toEqual([
      ['street-address', '1450 Industrial Pkwy\nBuilding C'],
      ['address-line1', '1450 Industrial Pkwy'],
      ['address-line2', 'Building C'],
      ['address-level2', 'Columbus'],
      ['address-level1', 'OH'],
      ['postal-code', '43219'],
      ['tel', '614-555-0110'],
    ]);
  });

  it('reads no unlabeled line outside a block as a party: the addressee at the top stays out', () => {
    const mail = extractFromText('株式会社ミライテック\n営業部 御中\n\nいつもお世話になっております。\n\n数量：3');
    expect(conceptsOf(mail)).toEqual([['x-quantity', '3']]);
  });
});

describe('signatures and letterheads', () => {
  it('reads the lines of a ruled signature as the sender’s fields, trusted too little to fill', () => {
    const fields = extractFromText(`ご依頼内容：LED照明の交換

━━━━━━━━━━━━━━━━━━━━━━
有限会社丸岡工務店
総務部　工藤 隆之
〒420-0031 静岡県静岡市葵区呉服町2-3-8
TEL：054-555-0620　FAX：054-555-0621
E-mail：kudo@maruoka-koumuten.example.co.jp
━━━━━━━━━━━━━━━━━━━━━━`);
    const signed = fields.filter((f) => f.section === SIGNATURE);
    expect(conceptsOf(signed)).toEqual([
      ['organization', '有限会社丸岡工務店'],
      ['x-department', '総務部'],
      ['name', '工藤 隆之'],
      ['postal-code', '420-0031'],
      ['street-address', '静岡県静岡市葵区呉服町2-3-8'],
      ['tel', '054-555-0620'],
      ['x-fax', '054-555-0621'],
      ['email', 'kudo@maruoka-koumuten.example.co.jp'],
    ]);
    for (const f of signed) {
      expect(f.sectionKind).toBe('sender');
      expect(f.confidence).toBeLessThanOrEqual(0.5);
    }
  });

  it('finds a signature after a closing line, in Japanese and in English', () => {
    const ja = extractFromText('数量：3\n\nよろしくお願いいたします。\n\n一般社団法人みどり住環境協会 事務局\n石川 亜希子\nTEL 043-555-0842');
    expect(ja.filter((f) => f.sectionKind === 'sender').map((f) => f.concept)).toEqual(['organization', 'x-department', 'name', 'tel']);
    expect(ja.find((f) => f.concept === 'x-quantity')!.section).toBeUndefined();
    const en = extractFromText('PO Number: PO-77120\n\nRegards,\nJennifer Alvarez\nPurchasing Manager, Brightline Fixtures LLC\nDirect: (503) 555-0132 | jalvarez@brightline.example.com');
    expect(conceptsOf(en.filter((f) => f.sectionKind === 'sender'))).toEqual([
      ['name', 'Jennifer Alvarez'],
      ['organization-title', 'Purchasing Manager'],
      ['organization', 'Brightline Fixtures LLC'],
      ['tel', '(503) 555-0132'],
      ['email', 'jalvarez@brightline.example.com'],
    ]);
    expect(en[0]).toMatchObject({ concept: 'x-order-number', normalized: 'PO-77120' });
  });

  it('does not take data after a closing line for a signature', () => {
    const fields = extractFromText('よろしくお願いいたします。\n\n山田 太郎\n\n【お届け先】\nお名前：佐藤 健一');
    expect(fields.find((f) => f.label === 'お名前')!.sectionKind).toBe('shipping');
  });

  it('marks an unheaded letterhead (company, address, phone) as the sender’s, and keeps the data around it', () => {
    const fields = extractFromText('見積番号：Q-2026-0331\n株式会社ソラノ什器\n〒450-0002 愛知県名古屋市中村区名駅4-22-8\nTEL 052-555-0630\n\n品名：会議テーブル');
    expect(fields.filter((f) => f.sectionKind === 'sender').map((f) => f.concept)).toEqual(['organization', 'postal-code', 'street-address', 'tel']);
    expect(fields.find((f) => f.concept === 'x-invoice-number')!.sectionKind).toBeUndefined();
  });

  it('does not end the message at the header a webmail shows above it', () => {
    const fields = extractFromText('名入れタオルのお見積り\n差出人：西村 佳奈 <n@example.or.jp>\n宛先：sales@example.ne.jp\n日時：2026/3/10(火) 16:47\n数　量：300枚');
    expect(fields.find((f) => f.concept === 'x-quantity')?.normalized).toBe('300');
  });
});

describe('item lines in free text', () => {
  it('gives each item its name, quantity and unit, numbered as rows of the block', () => {
    const fields = extractFromText('■品目：\n　1. LEDベースライト 40形 逆富士型　　20台\n　2. LEDダウンライト 埋込穴φ100　　　12台\n　3. 取付工事一式\n■納期希望：2026年4月下旬');
    const items = fields.filter((f) => f.sectionKind === 'items' && f.concept !== 'x-delivery-date');
    expect(items.map((f) => [f.row ?? 0, f.concept, f.value, f.normalized])).toEqual([
      [0, 'x-product-name', 'LEDベースライト 40形 逆富士型', 'LEDベースライト 40形 逆富士型'],
      [0, 'x-quantity', '20台', '20'],
      [0, 'x-unit', '台', '台'],
      [1, 'x-product-name', 'LEDダウンライト 埋込穴φ100', 'LEDダウンライト 埋込穴φ100'],
      [1, 'x-quantity', '12台', '12'],
      [1, 'x-unit', '台', '台'],
      [2, 'x-product-name', '取付工事', '取付工事'],
      [2, 'x-quantity', '一式', '1'],
      [2, 'x-unit', '式', '式'],
    ]);
  });

  it('reads a numbered item label into its row, and its quantity apart from its name', () => {
    const fields = extractFromText('　品目1：長3封筒（クラフト・1色刷り）　　8,000枚\n　品目2：角2封筒（白・2色刷り）　　　　　3,000枚');
    expect(fields.map((f) => [f.row ?? 0, f.concept, f.normalized])).toEqual([
      [0, 'x-product-name', '長3封筒（クラフト・1色刷り）'],
      [0, 'x-quantity', '8000'],
      [0, 'x-unit', '枚'],
      [1, 'x-product-name', '角2封筒（白・2色刷り）'],
      [1, 'x-quantity', '3000'],
      [1, 'x-unit', '枚'],
    ]);
  });

  it('reads bulleted items outside a block, and no item from a bulleted remark', () => {
    const fields = extractFromText('・グローブ ニトリル Sサイズ（100枚入）　10箱\n・サージカルマスク（50枚入）　6箱\n・納品は午前中にお願いします。');
    expect(fields.filter((f) => f.concept === 'x-product-name').map((f) => [f.row ?? 0, f.value])).toEqual([
      [0, 'グローブ ニトリル Sサイズ（100枚入）'],
      [1, 'サージカルマスク（50枚入）'],
    ]);
    expect(fields.some((f) => f.value.includes('午前中'))).toBe(false);
  });
});

describe('values read further', () => {
  it('parts a department or a title from a labelled name, and a company from its department', () => {
    const fields = extractFromText('代表者：代表取締役 大滝 誠\nご担当者：購買部 橋本 真央 様\n会社名：株式会社スカイライン設備 経理部');
    expect(conceptsOf(fields)).toEqual([
      ['organization-title', '代表取締役'],
      ['name', '大滝 誠'],
      ['x-department', '購買部'],
      ['name', '橋本 真央'],
      ['organization', '株式会社スカイライン設備'],
      ['x-department', '経理部'],
    ]);
    expect(fields.find((f) => f.value === '大滝 誠')!.label).toBe('代表者');
  });

  it('reads a company under a name label as a company', () => {
    expect(extractFromText('Legal name: Northgate Packaging Inc.')[0]).toMatchObject({ concept: 'organization', normalized: 'Northgate Packaging Inc.' });
  });

  it('gives a value the block its label names', () => {
    expect(extractFromText('納品先電話番号：04-7155-5390')[0]).toMatchObject({ concept: 'tel', sectionKind: 'shipping' });
  });

  it('reads a person and their phone under one label, and a 〒 address with its addressee', () => {
    const fields = extractFromText('緊急連絡先：藤原 直美（母）　048-555-2710\n納品先：〒370-0849 群馬県高崎市八島町58-3 つばさ保育園 八島町分園');
    expect(fields.map((f) => [f.concept, f.value, f.sectionKind])).toEqual([
      ['name', '藤原 直美', 'emergency'],
      ['tel', '048-555-2710', 'emergency'],
      ['postal-code', '370-0849', 'shipping'],
      ['street-address', '群馬県高崎市八島町58-3', 'shipping'],
      ['organization', 'つばさ保育園 八島町分園', 'shipping'],
    ]);
  });

  it('drops the note after a phone number and beside an amount', () => {
    const fields = extractFromText('TEL：027-555-0295（分園代表・平日8:30〜17:00）\nSales tax: (10.25%, goods only)          $273.06\n合計：53,000円　（消費税　4,960円）');
    expect(fields.map((f) => [f.concept, f.value, f.normalized])).toEqual([
      ['tel', '027-555-0295', '027-555-0295'],
      ['x-tax', '$273.06', '273.06'],
      ['x-amount', '53,000円', '53000'],
    ]);
  });

  it('trusts a former value (旧住所) half as much as the new one', () => {
    const [old, fresh] = extractFromText('旧住所：東京都練馬区豊玉北5-14-3\n新住所：千葉県船橋市本町6-2-11');
    expect(old!.confidence).toBeLessThan(fresh!.confidence / 1.5);
  });
});

describe('tables drawn with spaces and paragraphs under a heading', () => {
  it('reads the lines of an item table as rows under its header’s words, the total apart', () => {
    const fields = extractFromText('品名                     数量    単価      金額\nコピー用紙 A4             10     480     4,800\nトナー TN-29               2   7,900    15,800\n------------------------------------------\n合計                                  20,600');
    expect(fields.map((f) => [f.row ?? 0, f.label, f.normalized])).toEqual([
      [0, '品名', 'コピー用紙 A4'], [0, '数量', '10'], [0, '単価', '480'], [0, '金額', '4800'],
      [1, '品名', 'トナー TN-29'], [1, '数量', '2'], [1, '単価', '7900'], [1, '金額', '15800'],
      [0, '合計', '20600'],
    ]);
    // A line's amount is less sure than the total written under a label of its own.
    expect(fields.find((f) => f.label === '金額')!.confidence).toBeLessThan(fields.find((f) => f.label === '合計')!.confidence);
  });

  it('reads no table from label/value lines in two columns, nor from a table that names no item', () => {
    expect(extractFromText('会社名          株式会社北斗精機\n電話            025-555-0461').every((f) => f.row === undefined)).toBe(true);
    const expenses = extractFromText('日付     内容                                   金額\n2/24     新幹線 東京→新大阪（往復）             29,440円');
    expect(expenses.some((f) => f.concept === 'x-amount')).toBe(false);
  });

  it('gives the paragraph under a note heading as one value with its line breaks', () => {
    const [note] = extractFromText('【お問い合わせ内容】\n勤怠管理システムの導入を検討しています。\n料金表と導入事例の資料をお送りください。\n\n以上');
    expect(note).toMatchObject({ label: 'お問い合わせ内容', concept: 'x-message', normalized: '勤怠管理システムの導入を検討しています。\n料金表と導入事例の資料をお送りください。' });
    expect(extractFromText('■備考\n現場搬入のため、伝票番号をお知らせください。')[0]).toMatchObject({ label: '備考', value: '現場搬入のため、伝票番号をお知らせください。' });
  });

  it('gives a block only to party fields by their label: a customer PO stays an order number', () => {
    const [po, tel] = extractFromText('Customer PO: 4500012877\nお届け先電話番号：022-555-0187');
    expect(po).toMatchObject({ concept: 'x-order-number', sectionKind: undefined });
    expect(tel).toMatchObject({ concept: 'tel', sectionKind: 'shipping' });
  });
});
