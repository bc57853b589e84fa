// Protects the field vocabulary: how decorated Japanese/English labels, autocomplete tokens and name attributes are read as concepts, and which concepts are sensitive.
import { describe, expect, it } from 'vitest';
import { CONCEPTS, conceptDef, conceptFromAutocomplete, conceptFromLabel, conceptFromName, isSensitive, normalizeLabel } from '@/utils/concepts';

describe('normalizeLabel', () => {
  it.each([
    ['【必須】お名前：', 'お名前'],
    ['■ご住所', 'ご住所'],
    ['・電話番号 :', '電話番号'],
    ['お名前（必須）', 'お名前'],
    ['会社名(任意)', '会社名'],
    ['メールアドレス ※必須', 'メールアドレス'],
    ['Ｅメール', 'eメール'],
    ['Company Name *', 'companyname'],
    ['お　名　前', 'お名前'],
    ['Email (required)', 'email'],
  ])('%s → %s', (raw, norm) => {
    expect(normalizeLabel(raw)).toBe(norm);
  });

  it('keeps the words in parentheses that say something about the field, without the brackets', () => {
    expect(normalizeLabel('メールアドレス（確認用）')).toBe('メールアドレス確認用');
    expect(normalizeLabel('会社名（ﾌﾘｶﾞﾅ）')).toBe('会社名フリガナ');
  });
});

describe('conceptFromLabel', () => {
  it.each([
    ['お名前', 'name'],
    ['ご担当者名', 'name'],
    ['【必須】氏名', 'name'],
    ['フリガナ', 'x-name-kana'],
    ['セイ', 'x-family-name-kana'],
    ['メイ', 'x-given-name-kana'],
    ['姓', 'family-name'],
    ['名', 'given-name'],
    ['御社名', 'organization'],
    ['部署名', 'x-department'],
    ['〒', 'postal-code'],
    ['郵便番号', 'postal-code'],
    ['都道府県', 'address-level1'],
    ['ご住所', 'street-address'],
    ['TEL', 'tel'],
    ['携帯', 'tel'],
    ['ご連絡先', 'tel'],
    ['E-mail', 'email'],
    ['品名', 'x-product-name'],
    ['数量', 'x-quantity'],
    ['受注番号', 'x-order-number'],
    ['ご請求金額', 'x-amount'],
    ['マイナンバー', 'x-my-number'],
    ['クレジットカード番号', 'cc-number'],
    ['口座番号', 'x-bank-account-number'],
    ['パスワード', 'current-password'],
    ['Company name', 'organization'],
    ['Phone number', 'tel'],
    ['ZIP code', 'postal-code'],
  ] as const)('%s is %s (exact)', (label, concept) => {
    expect(conceptFromLabel(label)).toEqual({ concept, score: 1 });
  });

  it('scores a label that only contains a vocabulary word lower than an exact one', () => {
    expect(conceptFromLabel('ご連絡先メールアドレス')).toEqual({ concept: 'email', score: 0.8 });
    expect(conceptFromLabel('メールアドレス（確認用）')).toEqual({ concept: 'email', score: 0.9 });
    expect(conceptFromLabel('住所（都道府県から番地まで）')).toEqual({ concept: 'street-address', score: 0.9 });
    expect(conceptFromLabel('ご担当者様のお名前')).toEqual({ concept: 'name', score: 0.8 });
  });

  it('prefers the longest contained word: お名前（フリガナ） asks for kana, not the name', () => {
    expect(conceptFromLabel('お名前（フリガナ）')?.concept).toBe('x-name-kana');
    expect(conceptFromLabel('携帯電話番号')?.concept).toBe('tel');
    expect(conceptFromLabel('合計数量')?.concept).toBe('x-quantity');
  });

  it('does not read single-character words inside longer labels (名 in 商品名, 姓 in 姓名判断)', () => {
    expect(conceptFromLabel('商品名')?.concept).toBe('x-product-name');
    expect(conceptFromLabel('ファイル名')).toBeUndefined();
    expect(conceptFromLabel('〒番号案内')).toBeUndefined();
  });

  it('keeps a fax number and a birth date apart from phone and generic fields', () => {
    expect(conceptFromLabel('FAX番号')?.concept).toBe('x-fax');
    expect(conceptFromLabel('生年月日')?.concept).toBe('bday');
  });

  it('leaves unrelated labels and pure decoration without a concept', () => {
    expect(conceptFromLabel('備考')).toBeUndefined();
    expect(conceptFromLabel('【】：')).toBeUndefined();
    expect(conceptFromLabel('')).toBeUndefined();
  });
});

describe('conceptFromAutocomplete', () => {
  it.each([
    ['tel', 'tel'],
    ['shipping tel', 'tel'],
    ['section-a email', 'email'],
    ['billing postal-code', 'postal-code'],
    ['address-line1', 'address-line1'],
    ['  Organization ', 'organization'],
    ['new-password', 'current-password'],
    ['cc-number', 'cc-number'],
  ] as const)('%s → %s', (value, concept) => {
    expect(conceptFromAutocomplete(value)).toBe(concept);
  });

  it('ignores off, unknown tokens and a missing attribute', () => {
    expect(conceptFromAutocomplete('off')).toBeUndefined();
    expect(conceptFromAutocomplete('nope')).toBeUndefined();
    expect(conceptFromAutocomplete('')).toBeUndefined();
    expect(conceptFromAutocomplete(null)).toBeUndefined();
  });
});

describe('conceptFromName', () => {
  it.each([
    ['tel1', 'tel'],
    ['order_zip', 'postal-code'],
    ['customerEmail', 'email'],
    ['company_name', 'organization'],
    ['kana_sei', 'x-family-name-kana'],
    ['furigana', 'x-name-kana'],
    ['data[lastname]', 'family-name'],
    ['order_no', 'x-order-number'],
    ['pref', 'address-level1'],
    ['card_number', 'cc-number'],
  ] as const)('%s → %s', (name, concept) => {
    expect(conceptFromName(name)).toBe(concept);
  });

  it('does not find a token inside an unrelated word when the token is short', () => {
    expect(conceptFromName('hotel')).toBeUndefined();
    expect(conceptFromName('remarks')).toBeUndefined();
  });
});

describe('vocabulary table', () => {
  it('lists each concept once, with Japanese and English labels', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONCEPTS) {
      expect(c.ja.length, c.id).toBeGreaterThan(0);
      expect(c.en.length, c.id).toBeGreaterThan(0);
    }
  });

  it('stores vocabulary already in normalised form, so exact matches can happen', () => {
    for (const c of CONCEPTS) for (const w of c.ja) expect(normalizeLabel(w), `${c.id}: ${w}`).toBe(w);
  });

  it('marks My Number, card numbers, bank accounts and passwords as sensitive, and nothing else', () => {
    const sensitive = CONCEPTS.filter((c) => isSensitive(c.id)).map((c) => c.id).sort();
    expect(sensitive).toEqual(['cc-number', 'current-password', 'x-bank-account-number', 'x-my-number']);
    expect(isSensitive(undefined)).toBe(false);
  });

  it('throws on an unknown concept id rather than inventing one', () => {
    expect(conceptDef('tel').id).toBe('tel');
    expect(() => conceptDef('x-nope' as never)).toThrow(/unknown concept/);
  });
});

describe('conceptFromName word ends', () => {
  it('finds a token that ends a longer name but not one that runs into another word', () => {
    expect(conceptFromName('customerEmail')).toBe('email');
    expect(conceptFromName('useremail')).toBe('email');
    expect(conceptFromName('order_note')).toBeUndefined();
    expect(conceptFromName('order_no')).toBe('x-order-number');
  });

  it('knows the order-side words: fees, carrier, delivery time, tracking number, message', () => {
    expect(conceptFromName('deliv_fee')).toBe('x-shipping-fee');
    expect(conceptFromName('charge')).toBe('x-fee');
    expect(conceptFromName('order[Shipping][tracking_number]')).toBe('x-tracking-number');
    expect(conceptFromName('order[message]')).toBe('x-message');
    expect(conceptFromLabel('お届け時間')?.concept).toBe('x-delivery-time');
    expect(conceptFromLabel('配送業者')?.concept).toBe('x-carrier');
    expect(conceptFromLabel('メモ')).toBeUndefined();
  });
});

describe('conceptFromLabel head word', () => {
  it('reads a label by the word it ends with before the longest word inside it', () => {
    expect(conceptFromLabel('お問い合わせURL')?.concept).toBe('url');
    expect(conceptFromLabel('注文者住所')?.concept).toBe('street-address');
    expect(conceptFromLabel('お問い合わせ番号')?.concept).toBe('x-tracking-number');
  });
});

describe('normalizeLabel format notes', () => {
  it('drops notes on how to write the value, so the label names what it is', () => {
    expect(conceptFromLabel('会社名（ﾌﾘｶﾞﾅ） 半角カナ')?.concept).toBe('x-organization-kana');
    expect(conceptFromLabel('ｾｲ 半角カナ')?.concept).toBe('x-family-name-kana');
    expect(normalizeLabel('電話番号（ハイフンなし） 例：0312345678')).toBe('電話番号');
  });
});

describe('conceptFromLabel heads that change the meaning', () => {
  it('reads a label ending in 種別/区分/方法 as no concept unless the vocabulary has it whole', () => {
    expect(conceptFromLabel('お問い合わせ種別')).toBeUndefined();
    expect(conceptFromLabel('住所区分')).toBeUndefined();
    expect(conceptFromLabel('お支払方法')?.concept).toBe('x-payment-method');
  });
});

describe('conceptFromLabel codes and numbers', () => {
  it('reads 得意先コード and 取引先番号 as no concept, not as a company', () => {
    expect(conceptFromLabel('得意先コード')).toBeUndefined();
    expect(conceptFromLabel('取引先番号')).toBeUndefined();
    expect(conceptFromLabel('お客様電話番号')?.concept).toBe('tel');
  });
});

describe('back-office vocabulary (HR, 経理, 総務)', () => {
  it.each([
    ['社員番号', 'x-employee-number'],
    ['内線', 'x-extension'],
    ['続柄', 'x-relationship'],
    ['性別', 'sex'],
    ['案件名', 'x-subject'],
    ['出張目的', 'x-purpose'],
    ['出張先', 'x-destination'],
    ['支払条件', 'x-payment-terms'],
    ['Payment terms', 'x-payment-terms'],
    ['締日', 'x-closing-day'],
    ['振込先 金融機関名', 'x-bank-name'],
    ['支店名', 'x-bank-branch'],
    ['預金種目', 'x-bank-account-type'],
    ['口座名義（カナ）', 'x-bank-account-holder'],
  ])('%s → %s', (label, concept) => {
    expect(conceptFromLabel(label)?.concept).toBe(concept);
  });
});

describe('a reading label with its part in a note', () => {
  it('reads フリガナ（姓） and フリガナ（名） as the readings of the parts', () => {
    expect(conceptFromLabel('フリガナ（姓）')?.concept).toBe('x-family-name-kana');
    expect(conceptFromLabel('フリガナ（名）')?.concept).toBe('x-given-name-kana');
    expect(conceptFromLabel('氏名（姓）')?.concept).toBe('family-name');
  });
});

describe('English compounds around e-mail', () => {
  it('reads E-mail Address and confirmEmailAddress as e-mail, and no short word inside longer ones as a subject', () => {
    expect(conceptFromLabel('E-mail Address')?.concept).toBe('email');
    expect(conceptFromName('confirmEmailAddress')).toBe('email');
    expect(conceptFromLabel('Street address line 2')?.concept).not.toBe('x-subject');
  });
});
