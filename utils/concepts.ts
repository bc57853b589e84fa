// The one vocabulary of field meanings (HTML autofill names plus x- extensions) with the labels clerks and forms use for each.
export type ConceptId =
  | 'name'
  | 'family-name'
  | 'given-name'
  | 'x-name-kana'
  | 'x-family-name-kana'
  | 'x-given-name-kana'
  | 'organization'
  | 'x-organization-kana'
  | 'x-department'
  | 'organization-title'
  | 'postal-code'
  | 'address-level1'
  | 'address-level2'
  | 'address-line1'
  | 'address-line2'
  | 'street-address'
  | 'tel'
  | 'x-fax'
  | 'email'
  | 'url'
  | 'bday'
  | 'x-date'
  | 'x-due-date'
  | 'x-delivery-date'
  | 'x-invoice-number'
  | 'x-registration-number'
  | 'x-subtotal'
  | 'x-tax'
  | 'x-unit-price'
  | 'x-payment-method'
  | 'x-shipping-fee'
  | 'x-withholding-tax'
  | 'x-fee'
  | 'x-discount'
  | 'x-carrier'
  | 'x-delivery-time'
  | 'x-tracking-number'
  | 'x-message'
  | 'x-product-name'
  | 'x-product-code'
  | 'x-quantity'
  | 'x-unit'
  | 'x-lot-number'
  | 'x-order-number'
  | 'x-amount'
  | 'x-employee-number'
  | 'x-extension'
  | 'x-relationship'
  | 'sex'
  | 'x-subject'
  | 'x-purpose'
  | 'x-destination'
  | 'x-payment-terms'
  | 'x-closing-day'
  | 'x-bank-name'
  | 'x-bank-branch'
  | 'x-bank-account-type'
  | 'x-bank-account-holder'
  | 'x-my-number'
  | 'cc-number'
  | 'x-bank-account-number'
  | 'current-password';

export interface ConceptDef {
  id: ConceptId;
  /** Never logged; filled only when the clerk explicitly picks it. */
  sensitive?: boolean;
  /** Labels as clerks and forms write them, already in the normalised form of `normalizeLabel`. */
  ja: string[];
  en: string[];
  /** Tokens seen in name/id attributes of form controls. */
  tokens: string[];
}

export const CONCEPTS: readonly ConceptDef[] = [
  { id: 'x-name-kana', ja: ['フリガナ', 'ふりがな', 'カナ', 'お名前カナ', 'お名前フリガナ', '氏名カナ', '氏名フリガナ', 'セイメイ'], en: ['name kana', 'phonetic name'], tokens: ['kana', 'furigana', 'yomi'] },
  { id: 'x-family-name-kana', ja: ['セイ', '姓カナ', '姓フリガナ', 'せい'], en: ['last name kana'], tokens: ['sei', 'kana_sei', 'sei_kana', 'lastkana'] },
  { id: 'x-given-name-kana', ja: ['メイ', '名カナ', '名フリガナ', 'めい'], en: ['first name kana'], tokens: ['mei', 'kana_mei', 'mei_kana', 'firstkana'] },
  { id: 'name', ja: ['お名前', '名前', '氏名', 'ご氏名', 'ご担当者', 'ご担当者名', '担当者', '担当者名', 'ご担当', '担当', 'ご担当者様', '連絡担当者', 'ご注文者', '注文者', '注文者名', '申込者', '申込者名', '代表者', '代表者名', '代表者氏名', '責任者名', '依頼者名', '受取人', '受取人名'], en: ['name', 'full name', 'your name', 'contact name', 'contact', 'attn', 'attention'], tokens: ['name', 'fullname', 'full_name', 'customer_name'] },
  { id: 'family-name', ja: ['姓', '苗字', '名字'], en: ['last name', 'family name', 'surname'], tokens: ['lastname', 'last_name', 'family_name', 'familyname', 'name01', 'name1', 'sei'] },
  { id: 'given-name', ja: ['名'], en: ['first name', 'given name'], tokens: ['firstname', 'first_name', 'given_name', 'givenname', 'name02', 'name2'] },
  { id: 'organization', ja: ['会社名', '御社名', '貴社名', '法人名', '企業名', '団体名', '勤務先', '会社', '社名', '取引先名', '取引先', '医院名', '病院名', '店舗名', '店名', '施設名', '屋号', '学校名', '事業所名', '仕入先名', '仕入先', '発注元', '得意先名', '得意先'], en: ['company', 'company name', 'organization', 'organisation', 'business name', 'legal name', 'vendor name', 'supplier name', 'vendor', 'supplier'], tokens: ['company', 'organization', 'org', 'corp', 'kaisha'] },
  { id: 'x-organization-kana', ja: ['会社名フリガナ', '会社名カナ', '会社名ふりがな', '法人名フリガナ', '法人名カナ', 'フリガナ会社名', '御社名フリガナ', '貴社名フリガナ', '企業名フリガナ', '取引先名カナ', '取引先カナ'], en: ['company name kana'], tokens: ['company_kana', 'companykana', 'company_name_kana', 'corp_kana'] },
  { id: 'x-department', ja: ['部署', '部署名', '所属', '部課名'], en: ['department', 'division'], tokens: ['department', 'dept', 'division', 'busho'] },
  { id: 'organization-title', ja: ['役職', '役職名', '肩書', '肩書き'], en: ['job title', 'position'], tokens: ['job_title', 'jobtitle', 'yakushoku'] },
  { id: 'postal-code', ja: ['郵便番号', '〒'], en: ['postal code', 'zip', 'zip code', 'postcode'], tokens: ['zip', 'zipcode', 'postal', 'postcode', 'postal_code', 'yubin'] },
  { id: 'address-level1', ja: ['都道府県'], en: ['prefecture', 'state', 'province', 'region'], tokens: ['pref', 'prefecture', 'state', 'region', 'todofuken'] },
  { id: 'address-level2', ja: ['市区町村', '市区町村名', '市町村'], en: ['city', 'town', 'locality'], tokens: ['city', 'town', 'locality', 'shikuchoson'] },
  { id: 'address-line1', ja: ['番地', '町名番地', '町域番地', '丁目番地'], en: ['address line 1', 'street line 1'], tokens: ['address1', 'address_1', 'addr1', 'line1', 'banchi'] },
  { id: 'address-line2', ja: ['建物名', 'ビル名', 'マンション名', '建物名部屋番号', 'ビルマンション名'], en: ['address line 2', 'apt', 'suite', 'building'], tokens: ['address2', 'address_2', 'addr2', 'line2', 'building', 'tatemono'] },
  { id: 'street-address', ja: ['住所', 'ご住所', '所在地', '送付先住所', '市区町村以降', '市区町村番地', '市区町村以降番地', '市区郡町村番地', '住所番地まで'], en: ['address', 'street address', 'street'], tokens: ['address', 'addr', 'street', 'jusho'] },
  { id: 'tel', ja: ['電話番号', '電話', 'お電話番号', 'tel', '連絡先電話番号', '携帯電話', '携帯番号', '携帯', 'ご連絡先', '直通'], en: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'direct'], tokens: ['tel', 'phone', 'telephone', 'mobile'] },
  { id: 'x-fax', ja: ['fax', 'fax番号', 'ファックス', 'ファクス'], en: ['fax', 'fax number'], tokens: ['fax'] },
  { id: 'email', ja: ['メールアドレス', 'メール', 'eメール', 'e-mail', 'email', 'mail'], en: ['email', 'e-mail', 'email address', 'mail', 'e-mail address', 'mail address', 'your email', 'your e-mail'], tokens: ['email', 'mail', 'e_mail', 'emailaddress', 'email_address', 'mailaddress', 'mail_address'] },
  { id: 'x-product-name', ja: ['商品名', '品名', '品目', '商品', '製品名'], en: ['product', 'product name', 'item', 'item name'], tokens: ['product', 'item', 'goods', 'shohin'] },
  { id: 'x-product-code', ja: ['品番', '商品コード', '商品番号', '型番', '型式', '品目コード', '品目番号', '製品コード', '製品番号', '部品番号', 'janコード'], en: ['part number', 'part no', 'part #', 'sku', 'item code', 'item number', 'item no', 'item #', 'product code', 'product number', 'model number'], tokens: ['sku', 'part_no', 'partno', 'part_number', 'item_code', 'itemcode', 'product_code', 'model_no', 'hinban'] },
  { id: 'x-quantity', ja: ['数量', '個数', '注文数', '発注数', '受注数', '出荷数', '入荷数', '納品数', 'ケース数'], en: ['quantity', 'qty'], tokens: ['quantity', 'qty', 'amount_qty', 'suryo'] },
  // A bare "unit" is as often an apartment or a business unit: only the item columns read it as one (form/item-rows.ts).
  { id: 'x-unit', ja: ['単位'], en: ['uom', 'unit of measure'], tokens: ['uom'] },
  { id: 'x-lot-number', ja: ['ロット', 'ロット番号', 'ロットno'], en: ['lot number', 'lot no', 'lot #', 'batch number'], tokens: ['lot_no', 'lotno', 'lot_number'] },
  { id: 'x-order-number', ja: ['注文番号', '受注番号', 'ご注文番号', '発注番号', '発注書番号', '注文書番号', '発注書no', '客先注文番号', 'po番号'], en: ['order number', 'order no', 'order id', 'po number', 'po no', 'po #', 'customer po', 'your po', 'purchase order', 'purchase order number', 'purchase order no'], tokens: ['order_no', 'orderno', 'order_number', 'order_id'] },
  { id: 'x-amount', ja: ['金額', '合計金額', 'ご請求金額', '請求金額', '合計', 'お支払合計', 'ご請求額', '請求額', '税込金額', 'お支払い合計'], en: ['amount', 'total', 'amount due', 'total due', 'grand total'], tokens: ['amount', 'total'] },
  { id: 'url', ja: ['url', 'ホームページ', 'webサイト', 'ウェブサイト', 'サイトurl', 'hp'], en: ['url', 'website', 'web site', 'homepage'], tokens: ['url', 'website', 'homepage'] },
  { id: 'bday', ja: ['生年月日', '誕生日', 'お誕生日'], en: ['date of birth', 'birthday', 'birth date', 'dob'], tokens: ['birthday', 'birth', 'bday', 'dob'] },
  { id: 'x-date', ja: ['日付', '注文日', 'ご注文日', '注文日時', 'ご注文日時', '受注日', '発注日', '請求日', '発行日', '見積日', '申請日', '入社日', '届出日', '変更日', '転居日'], en: ['date', 'order date', 'invoice date', 'issue date'], tokens: ['date', 'order_date', 'invoice_date'] },
  { id: 'x-due-date', ja: ['支払期日', 'お支払期限', '支払期限', 'お支払期日', '振込期限', 'お振込期限', '期日'], en: ['due date', 'payment due', 'due'], tokens: ['due_date', 'duedate', 'due'] },
  { id: 'x-delivery-date', ja: ['お届け日', 'お届け希望日', '配送希望日', '納品日', '納期', '希望納期', 'お届け予定日', '配達希望日', '納期希望', '希望納品日', '納品希望日', '納品希望', '納入期日', '納入日', '納入希望日', '納品指定日', '出荷日', '出荷希望日', '出荷予定日'], en: ['delivery date', 'ship date', 'requested delivery date', 'requested delivery', 'requested date', 'need by', 'need by date', 'requested ship date'], tokens: ['delivery_date', 'ship_date'] },
  { id: 'x-invoice-number', ja: ['請求書番号', '請求番号', '伝票番号', '見積番号', '見積書番号'], en: ['invoice number', 'invoice no', 'invoice #', 'quote number'], tokens: ['invoice_no', 'invoice_number', 'invoiceno', 'invoice'] },
  { id: 'x-registration-number', ja: ['登録番号', '適格請求書発行事業者登録番号', 'インボイス登録番号', '事業者登録番号', 'インボイス番号'], en: ['registration number', 'qualified invoice issuer number'], tokens: ['registration_number', 'reg_no', 'invoice_reg', 'tno'] },
  { id: 'x-subtotal', ja: ['小計', '商品合計'], en: ['subtotal', 'sub total'], tokens: ['subtotal', 'sub_total'] },
  { id: 'x-tax', ja: ['消費税', '消費税額', '税額', '内消費税'], en: ['tax', 'sales tax', 'vat', 'consumption tax', 'tax amount', 'sales tax amount', 'vat amount'], tokens: ['tax', 'vat', 'tax_amount'] },
  { id: 'x-withholding-tax', ja: ['源泉徴収税額', '源泉徴収税', '源泉所得税', '源泉所得税額', '源泉税', '源泉徴収額'], en: ['withholding tax', 'withholding'], tokens: ['withholding', 'withholding_tax', 'gensen'] },
  { id: 'x-unit-price', ja: ['単価', '販売価格'], en: ['unit price', 'price'], tokens: ['unit_price', 'unitprice', 'price'] },
  { id: 'x-shipping-fee', ja: ['送料', '配送料', '配送料金', '送料合計', '配送手数料'], en: ['shipping', 'shipping fee', 'shipping cost', 'delivery charge', 'postage'], tokens: ['deliv_fee', 'delivery_fee', 'shipping_fee', 'shipping_cost', 'postage'] },
  { id: 'x-fee', ja: ['手数料', '決済手数料', '代引手数料', '代引き手数料', '支払手数料'], en: ['fee', 'handling fee', 'service charge'], tokens: ['charge', 'fee', 'handling_fee'] },
  { id: 'x-discount', ja: ['値引き', '値引', '割引', '割引額', '値引額'], en: ['discount'], tokens: ['discount'] },
  { id: 'x-carrier', ja: ['配送方法', '配送業者', '配送会社', '運送会社', '配送サービス', '配送便', 'お届け方法'], en: ['carrier', 'shipping method', 'delivery method', 'shipping carrier', 'ship via', 'shipped via', 'ship method'], tokens: ['carrier', 'deliv_id', 'delivery_method', 'shipping_method'] },
  { id: 'x-delivery-time', ja: ['お届け時間', 'お届け時間帯', 'お届け希望時間', 'お届け希望時間帯', '配達時間帯', '配達希望時間', '配達希望時間帯', '希望時間帯', '配送時間', '配送希望時間', '配送時間帯'], en: ['delivery time', 'time slot', 'delivery time slot'], tokens: ['delivery_time', 'deliverytime', 'time_id', 'delivtime'] },
  { id: 'x-tracking-number', ja: ['お問い合わせ番号', 'お問合せ番号', '問い合わせ番号', '追跡番号', '送り状番号', '配送伝票番号', '荷物番号'], en: ['tracking number', 'tracking no', 'tracking id', 'tracking', 'tracking #', 'pro number'], tokens: ['tracking_number', 'tracking_no', 'trackingnumber', 'tracking'] },
  { id: 'x-message', ja: ['メッセージ', 'お問い合わせ', 'お問合せ', 'お問い合わせ内容', 'お問合せ内容', 'ご要望', 'ご質問', 'ご意見', '通信欄', 'ご連絡事項', 'ご要望欄', 'その他ご要望'], en: ['message', 'comments', 'comment', 'inquiry', 'your message', 'enquiry'], tokens: ['message', 'comment', 'comments', 'inquiry', 'enquiry'] },
  { id: 'x-payment-method', ja: ['お支払方法', 'お支払い方法', '支払方法', '支払い方法', '決済方法'], en: ['payment method', 'payment'], tokens: ['payment', 'payment_method'] },
  { id: 'x-my-number', sensitive: true, ja: ['個人番号', 'マイナンバー'], en: ['my number'], tokens: ['mynumber', 'my_number', 'kojin_bango'] },
  { id: 'cc-number', sensitive: true, ja: ['カード番号', 'クレジットカード番号'], en: ['card number', 'credit card number'], tokens: ['cardnumber', 'card_number', 'ccnumber', 'cc_number'] },
  { id: 'x-employee-number', ja: ['社員番号', '従業員番号', '社員コード', '職員番号', '社員no', '従業員コード', '社員id'], en: ['employee number', 'employee id', 'employee no', 'staff id'], tokens: ['employee_no', 'employee_number', 'employee_id', 'emp_no', 'emp_code', 'emp_id', 'staff_id', 'shain_no'] },
  { id: 'x-extension', ja: ['内線', '内線番号'], en: ['extension', 'ext'], tokens: ['ext', 'extension', 'naisen'] },
  { id: 'x-relationship', ja: ['続柄', '続き柄', '本人との関係', 'ご関係'], en: ['relationship', 'relation'], tokens: ['relationship', 'relation', 'zokugara'] },
  { id: 'sex', ja: ['性別'], en: ['gender', 'sex'], tokens: ['sex', 'gender', 'seibetsu'] },
  { id: 'x-subject', ja: ['件名', '案件名', '題名', '用件'], en: ['subject', 'project name'], tokens: ['subject', 'kenmei'] },
  { id: 'x-purpose', ja: ['目的', '用途', '出張目的', '訪問目的', '購入理由', '申請理由', '購入目的', '利用目的'], en: ['purpose', 'reason', 'business purpose'], tokens: ['purpose', 'reason', 'mokuteki'] },
  { id: 'x-destination', ja: ['出張先', '訪問先', '行先', '行き先', '出張場所'], en: ['destination', 'visit to'], tokens: ['destination', 'dest_place'] },
  { id: 'x-payment-terms', ja: ['支払条件', 'お支払条件', '支払サイト', '取引条件', '決済条件', '回収サイト'], en: ['payment terms', 'terms', 'net terms'], tokens: ['terms', 'payment_terms', 'pay_terms'] },
  { id: 'x-closing-day', ja: ['締日', '締め日', '締切日'], en: ['closing day', 'cutoff day'], tokens: ['closing_day', 'shimebi'] },
  { id: 'x-bank-name', ja: ['銀行名', '金融機関名', '金融機関', '振込先銀行', '振込先金融機関', '銀行'], en: ['bank name', 'bank'], tokens: ['bank_name', 'bankname', 'bank'] },
  { id: 'x-bank-branch', ja: ['支店名', '支店', '振込先支店', '本支店名'], en: ['branch name', 'bank branch', 'branch'], tokens: ['branch_name', 'bank_branch', 'branch'] },
  { id: 'x-bank-account-type', ja: ['口座種別', '預金種目', '預金種別', '口座の種類', '種目'], en: ['account type'], tokens: ['account_type', 'acct_type', 'koza_shubetsu'] },
  { id: 'x-bank-account-holder', ja: ['口座名義', '口座名義人', '口座名義カナ', '名義人', '受取人名義'], en: ['account holder', 'account name', 'name on account'], tokens: ['account_holder', 'account_name', 'holder_name', 'meigi'] },
  { id: 'x-bank-account-number', sensitive: true, ja: ['口座番号'], en: ['account number', 'bank account number'], tokens: ['account_number', 'accountno', 'koza'] },
  { id: 'current-password', sensitive: true, ja: ['パスワード'], en: ['password'], tokens: ['password', 'passwd', 'pass'] },
];

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function conceptDef(id: ConceptId): ConceptDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown concept ${id}`);
  return def;
}

export function isSensitive(id: ConceptId | undefined): boolean {
  return id !== undefined && BY_ID.get(id)?.sensitive === true;
}

const HTML_AUTOCOMPLETE: Record<string, ConceptId> = {
  name: 'name',
  'family-name': 'family-name',
  'given-name': 'given-name',
  organization: 'organization',
  'postal-code': 'postal-code',
  'address-level1': 'address-level1',
  'street-address': 'street-address',
  'address-level2': 'address-level2',
  'address-line2': 'address-line2',
  url: 'url',
  bday: 'bday',
  'address-line1': 'address-line1',
  tel: 'tel',
  'tel-national': 'tel',
  // The pieces of a number split over boxes; the form reader groups them.
  'tel-area-code': 'tel',
  'tel-local-prefix': 'tel',
  'tel-local-suffix': 'tel',
  email: 'email',
  'cc-number': 'cc-number',
  'current-password': 'current-password',
  'new-password': 'current-password',
};

/** Reads an `autocomplete` attribute ("shipping tel", "section-a email") into a concept. */
export function conceptFromAutocomplete(value: string | null | undefined): ConceptId | undefined {
  if (!value) return undefined;
  const tokens = value.trim().toLowerCase().split(/\s+/);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const concept = HTML_AUTOCOMPLETE[tokens[i]!];
    if (concept) return concept;
  }
  return undefined;
}

/** Strips the decorations around a label (【】, ■, ・, colons, ※必須, full-width spaces) and folds width and case. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    // Format notes say how to write the value, not what it is ("会社名(フリガナ) 半角カナ", "例: 03-1234-5678").
    .replace(/(?:入力例|記入例|例)\s*[:：].*$/, '')
    .replace(/(?:半角|全角)(?:カタカナ|カナ|英数字|英数|数字|英字)?(?:で|にて)?(?:入力|記入)?|ハイフン(?:なし|無し|不要|抜き)/g, '')
    .replace(/[(（][^)）]*[)）]/g, (m) => (/必須|任意|required|optional/i.test(m) ? '' : m))
    .replace(/必須|任意|\*|※/g, '')
    .replace(/[【】\[\]「」『』■□◆◇●○◎・:：()\s]/g, '')
    .toLowerCase();
}

/** Concepts that are a part of another: a field named for the part (last_name) under a label for the whole (氏名) wants the part. */
const PARTS: Partial<Record<ConceptId, ConceptId[]>> = {
  name: ['family-name', 'given-name'],
  'x-name-kana': ['x-family-name-kana', 'x-given-name-kana'],
  // 住所 over a 〒 box and a 都道府県 select (EC-CUBE and many shop systems put all of them in one row).
  'street-address': ['postal-code', 'address-level1', 'address-level2', 'address-line1', 'address-line2'],
};

const DATES = new Set<ConceptId>(['bday', 'x-date', 'x-due-date', 'x-delivery-date']);
const AMOUNTS = new Set<ConceptId>(['x-amount', 'x-subtotal', 'x-tax', 'x-unit-price', 'x-shipping-fee', 'x-fee', 'x-discount', 'x-withholding-tax']);

/** A concept whose value is a calendar date. */
export function isDateConcept(concept: ConceptId | undefined): boolean {
  return concept !== undefined && DATES.has(concept);
}

/** A concept whose value is an amount of money. */
export function isAmountConcept(concept: ConceptId | undefined): boolean {
  return concept !== undefined && AMOUNTS.has(concept);
}

export function isPartOf(part: ConceptId, whole: ConceptId): boolean {
  return PARTS[whole]?.includes(part) ?? false;
}

export interface LabelMatch {
  concept: ConceptId;
  /** 1 for an exact vocabulary match, less for a label that only contains a vocabulary word. */
  score: number;
}

// Labels repeat across lines, forms and jobs; the vocabulary scan is worth remembering.
const labelCache = new Map<string, LabelMatch | undefined>();

/** The concept a label names, by the vocabulary; exact matches beat containment, longer words beat shorter ones. */
export function conceptFromLabel(label: string): LabelMatch | undefined {
  if (labelCache.has(label)) return labelCache.get(label);
  const match = withNote(label) ?? scanVocabulary(normalizeLabel(label));
  if (labelCache.size > 5000) labelCache.clear();
  labelCache.set(label, match);
  return match;
}

/**
 * "住所（都道府県から番地まで）": a label word followed by a note in parentheses names what the word names, unless the
 * note names one of its parts (氏名（姓）) or the whole reads as one word (会社名（フリガナ）).
 */
function withNote(label: string): LabelMatch | undefined {
  const m = /^(.+?)[（(](.+)[）)]$/.exec(label.normalize('NFKC').trim());
  if (!m) return undefined;
  const joined = scanVocabulary(normalizeLabel(label));
  if (joined?.score === 1) return joined;
  const outer = scanVocabulary(normalizeLabel(m[1]!));
  if (outer?.score !== 1) return undefined;
  const inner = scanVocabulary(normalizeLabel(m[2]!));
  if (inner?.score === 1 && (isPartOf(inner.concept, outer.concept) || READING[outer.concept] === inner.concept)) return { concept: inner.concept, score: 0.9 };
  // フリガナ（姓）: the reading of the part the note names.
  const reading = inner?.score === 1 ? READING[inner.concept] : undefined;
  if (reading && isPartOf(reading, outer.concept)) return { concept: reading, score: 0.9 };
  // The note qualifies the word (確認用, 都道府県から番地まで): the same field, a little less certainly.
  return { concept: outer.concept, score: 0.9 };
}

/** お名前（フリガナ）: a note asking for the reading of what the word names. */
const READING: Partial<Record<ConceptId, ConceptId>> = {
  name: 'x-name-kana',
  'family-name': 'x-family-name-kana',
  'given-name': 'x-given-name-kana',
  organization: 'x-organization-kana',
};

// Words that, ending a label, make it ask about the thing rather than for it (お問い合わせ種別 is a kind, not a message).
const MEANING_HEAD = /(種別|区分|種類|方法|形態|有無|可否|フラグ|コード|番号|type|kind|method|code|cd|no|id)$/;

function scanVocabulary(norm: string): LabelMatch | undefined {
  if (!norm) return undefined;
  let best: LabelMatch | undefined;
  let bestWord = '';
  let bestEnds = false;
  for (const def of CONCEPTS) {
    for (const word of [...def.ja, ...def.en]) {
      const w = word.replace(/\s+/g, '');
      if (norm === w) return { concept: def.id, score: 1 };
      // Single-character words (姓, 名, 〒) only count as exact matches: 名 appears inside too many labels.
      if (w.length < 2 || !norm.includes(w)) continue;
      // The word a label ends with names what it asks for (お問い合わせURL is a URL, 注文者住所 an address); then the longest.
      const ends = norm.endsWith(w);
      if ((ends && !bestEnds) || (ends === bestEnds && w.length > bestWord.length)) {
        best = { concept: def.id, score: 0.8 };
        bestWord = w;
        bestEnds = ends;
      }
    }
  }
  if (best && !bestEnds && MEANING_HEAD.test(norm)) return undefined;
  return best && (partAfterWhole(norm, best.concept, bestWord) ?? best);
}

/** "フリガナ（セイ）", "氏名 姓": a word for the whole followed by a word for one of its parts names the part. */
function partAfterWhole(norm: string, whole: ConceptId, wholeWord: string): LabelMatch | undefined {
  const wholeEnd = norm.indexOf(wholeWord) + wholeWord.length;
  for (const part of PARTS[whole] ?? []) {
    const def = BY_ID.get(part)!;
    for (const word of def.ja) {
      if (norm.endsWith(word) && norm.length - word.length >= wholeEnd) return { concept: part, score: 0.9 };
    }
  }
  return undefined;
}

/** The concept a control's name or id suggests ("tel1", "order_zip", "customerEmail"). */
export function conceptFromName(name: string): ConceptId | undefined {
  const n = name.toLowerCase().replace(/[\[\]]/g, '_');
  const parts = n.split(/[^a-z0-9]+/).filter(Boolean);
  // A token inside a longer name must end where a word ends ("customerEmail", "useremail"), not run into one ("order_note").
  const endsWord = (at: number) => at >= name.length || !/[a-z]/.test(name[at]!);
  const inside = (token: string) => {
    for (let i = n.indexOf(token); i >= 0; i = n.indexOf(token, i + 1)) if (endsWord(i + token.length)) return true;
    return false;
  };
  let best: { concept: ConceptId; length: number } | undefined;
  for (const def of CONCEPTS) {
    for (const token of def.tokens) {
      const hit = n === token || parts.includes(token) || parts.some((p) => p.replace(/\d+$/, '') === token) || (token.length >= 4 && inside(token));
      if (hit && (!best || token.length > best.length)) best = { concept: def.id, length: token.length };
    }
  }
  return best?.concept;
}
