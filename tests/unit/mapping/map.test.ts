// Protects the proposals a clerk reviews: the right value in the right field and format, an honest tier, sensitive fields held back, and nothing forced into a field it does not fit.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFromText, type ExtractedField } from '@/utils/extract';
import { readForm, type TargetForm } from '@/utils/form/read-form';
import { proposeMapping, type Proposal } from '@/utils/mapping/map';
import { PREFECTURES } from '@/utils/prefectures';

const prefByCode = PREFECTURES.map((p, i) => `<option value="${String(i + 1).padStart(2, '0')}">${p}</option>`).join('');
const prefByName = PREFECTURES.map((p) => `<option value="${p}">${p}</option>`).join('');

const ORDER_MAIL = `株式会社みどり商事 御中

下記の通り注文いたします。

【ご注文番号】：ORD-2024-00815
【会社名】：株式会社ひまわり食品
【お名前】：山田 花子
【フリガナ】：やまだ はなこ
【郵便番号】：〒530-0001
【ご住所】：大阪府大阪市北区梅田1-2-3 梅田ビル5F
【電話番号】：06-6345-7890
【メールアドレス】：h.yamada@himawari-foods.example.jp
【商品名】：業務用緑茶ティーバッグ 100袋入
【数量】：１，２００
`;

// 受注入力: a core-system order entry screen.
const ORDER_FORM = `
  <form><table>
    <tr><th>受注番号</th><td><input name="order_no" maxlength="20"></td></tr>
    <tr><th>取引先名</th><td><input name="customer_company"></td></tr>
    <tr><th>姓</th><td><input name="last_name"></td><th>名</th><td><input name="first_name"></td></tr>
    <tr><th>セイ</th><td><input name="kana_sei"></td><th>メイ</th><td><input name="kana_mei"><br>全角カナ</td></tr>
    <tr><th>郵便番号</th><td>〒<input name="zip1" maxlength="3">－<input name="zip2" maxlength="4"></td></tr>
    <tr><th>都道府県</th><td><select name="pref"><option value="">選択</option>${prefByCode}</select></td></tr>
    <tr><th>住所</th><td><input name="address"></td></tr>
    <tr><th>電話番号</th><td><input name="tel1" maxlength="5">-<input name="tel2" maxlength="4">-<input name="tel3" maxlength="4"></td></tr>
    <tr><th>メールアドレス</th><td><input type="email" name="email"></td></tr>
    <tr><th>品名</th><td><input name="item"></td></tr>
    <tr><th>数量</th><td><input type="number" name="qty"></td></tr>
    <tr><th>備考</th><td><textarea name="note"></textarea></td></tr>
  </table></form>`;

function formOf(html: string): TargetForm {
  document.body.innerHTML = html;
  return readForm(document);
}

function byName(proposals: Proposal[], form: TargetForm): Record<string, Proposal> {
  const out: Record<string, Proposal> = {};
  for (const p of proposals) out[form.fields.find((f) => f.key === p.key)!.name] = p;
  return out;
}

function source(label: string, value: string): ExtractedField[] {
  return extractFromText(`${label}：${value}`);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('proposeMapping: an order e-mail into an order entry form', () => {
  it('proposes every field the e-mail determines, each in the format of its input', () => {
    const form = formOf(ORDER_FORM);
    const p = byName(proposeMapping(extractFromText(ORDER_MAIL), form), form);
    expect(Object.fromEntries(Object.entries(p).map(([name, x]) => [name, x.value]))).toEqual({
      order_no: 'ORD-2024-00815',
      customer_company: '株式会社ひまわり食品',
      last_name: '山田',
      first_name: '花子',
      kana_sei: 'ヤマダ',
      kana_mei: 'ハナコ',
      zip1: '530',
      zip2: '0001',
      pref: '27',
      address: '大阪市北区梅田1-2-3 梅田ビル5F',
      tel1: '06',
      tel2: '6345',
      tel3: '7890',
      email: 'h.yamada@himawari-foods.example.jp',
      item: '業務用緑茶ティーバッグ 100袋入',
      qty: '1200',
    });
    expect(p.note).toBeUndefined();
  });

  it('lists proposals in the order of the form', () => {
    const form = formOf(ORDER_FORM);
    const keys = proposeMapping(extractFromText(ORDER_MAIL), form).map((x) => x.key);
    const order = form.fields.map((f) => f.key).filter((k) => keys.includes(k));
    expect(keys).toEqual(order);
  });

  it('explains each proposal: where the value came from and how it was shaped', () => {
    const form = formOf(ORDER_FORM);
    const p = byName(proposeMapping(extractFromText(ORDER_MAIL), form), form);
    expect(p.last_name).toMatchObject({ concept: 'family-name', sourceLabel: 'お名前', reasons: [{ code: 'labelExact', detail: '姓' }, { code: 'derived', detail: 'name' }] });
    expect(p.tel2!.reasons.map((r) => r.code)).toEqual(['labelExact', 'sameConcept', 'split']);
    expect(p.pref!.reasons.map((r) => r.code)).toEqual(['labelExact', 'derived', 'optionMatched']);
    expect(p.tel1!.sourceFieldId).toBe(p.tel3!.sourceFieldId);
  });

  it('rates exact label matches high, and a derived value slightly lower but still high', () => {
    const form = formOf(ORDER_FORM);
    const p = byName(proposeMapping(extractFromText(ORDER_MAIL), form), form);
    expect(p.email).toMatchObject({ tier: 'high', score: 1 });
    expect(p.last_name).toMatchObject({ tier: 'high', score: 0.81 });
    expect(p.zip1!.tier).toBe('high');
  });

  it('keeps the prefecture in the address when the form has no prefecture field', () => {
    const form = formOf('<form><table><tr><th>ご住所</th><td><input name="address"></td></tr></table></form>');
    const [p] = proposeMapping(extractFromText(ORDER_MAIL), form);
    expect(p?.value).toBe('大阪府大阪市北区梅田1-2-3 梅田ビル5F');
  });

  it('fills a prefecture select that uses names as values', () => {
    const form = formOf(`<form><label>都道府県 <select name="pref"><option value="">--</option>${prefByName}</select></label></form>`);
    const [p] = proposeMapping(extractFromText('ご住所：京都府京都市下京区烏丸通七条下ル東塩小路町721-1'), form);
    expect(p).toMatchObject({ value: '京都府', tier: 'high' });
  });
});

describe('proposeMapping: fitting the target', () => {
  it('puts a phone number in one input with or without hyphens as the field asks', () => {
    const form = formOf(`<form><table>
      <tr><th>電話番号</th><td><input name="tel"><br>半角数字・ハイフンなし</td></tr>
      <tr><th>携帯電話</th><td><input name="mobile" maxlength="13"></td></tr>
    </table></form>`);
    const sources = extractFromText('電話番号：０３－５５５５－０１３４\n携帯電話：080-2345-6789');
    const p = byName(proposeMapping(sources, form), form);
    expect(p.tel?.value).toBe('0355550134');
    expect(p.mobile?.value).toBe('080-2345-6789');
  });

  it('proposes nothing rather than cut a value that exceeds maxlength', () => {
    const form = formOf('<form><table><tr><th>会社名</th><td><input name="company" maxlength="8"></td></tr></table></form>');
    expect(proposeMapping(source('会社名', '株式会社ひまわり食品 大阪支店'), form)).toEqual([]);
  });

  it('proposes nothing for an e-mail field when the source gave no address', () => {
    const form = formOf('<form><label>メールアドレス <input type="email" name="mail"></label></form>');
    expect(proposeMapping(source('メールアドレス', '後日お知らせします'), form)).toEqual([]);
  });

  it('proposes nothing for a number field when the value is not a number', () => {
    const form = formOf('<form><label>数量 <input type="number" name="qty"></label></form>');
    expect(proposeMapping(source('数量', '未定'), form)).toEqual([]);
  });

  it('does not split a name without a space into 姓 and 名', () => {
    const form = formOf('<form><label>姓 <input name="a"></label><label>名 <input name="b"></label></form>');
    expect(proposeMapping(source('お名前', '山田花子'), form)).toEqual([]);
  });

  it('does not fill split phone inputs when the blocks cannot be known', () => {
    const form = formOf('<form><table><tr><th>電話番号</th><td><input name="t1">-<input name="t2">-<input name="t3"></td></tr></table></form>');
    expect(proposeMapping(source('電話番号', '0101234567'), form)).toEqual([]);
  });

  it('skips catch-all remarks and empty values, whose label is no evidence', () => {
    const form = formOf('<form><label>備考 <input name="note"></label><label>件名 <input name="subject"></label></form>');
    expect(proposeMapping(source('備考', '午前中着希望'), form)).toEqual([]);
    expect(proposeMapping(source('件名', ''), form)).toEqual([]);
  });
});

describe('proposeMapping: choice controls', () => {
  it('puts the phone number and e-mail in their text fields, not in the 連絡方法 radios labelled 電話 / メール', () => {
    const form = formOf(`<form>
      <p>ご希望の連絡方法 <label><input type="radio" name="contact_method" value="tel">電話</label><label><input type="radio" name="contact_method" value="mail">メール</label></p>
      <p>電話番号 <input name="tel_no"></p>
      <p>メールアドレス <input name="mail_addr"></p>
    </form>`);
    const proposals = proposeMapping(extractFromText('電話番号：045-671-2121\nメールアドレス：i.suzuki@aoba-kensetsu.example.jp'), form);
    expect(proposals.map((p) => [p.key, p.value])).toEqual([
      ['input[name="tel_no"]', '045-671-2121'],
      ['input[name="mail_addr"]', 'i.suzuki@aoba-kensetsu.example.jp'],
    ]);
  });
});

describe('proposeMapping: kana for an older core system', () => {
  it('splits the reading into セイ / メイ in half-width katakana when the form asks for 半角カナ', () => {
    const form = formOf('<form><table><tr><th>セイ</th><td><input name="ks" maxlength="10"><br>（半角カナ）</td><th>メイ</th><td><input name="km" maxlength="10"><br>（半角カナ）</td></tr></table></form>');
    const p = byName(proposeMapping(extractFromText('フリガナ：やまだ はなこ'), form), form);
    expect(p.ks?.value).toBe('ﾔﾏﾀﾞ');
    expect(p.km?.value).toBe('ﾊﾅｺ');
  });
});

describe('proposeMapping: one value, one field per concept', () => {
  it('gives a source value to the best-fitting field only, leaving a weaker duplicate empty', () => {
    const form = formOf(`<form>
      <label>ご連絡先メールアドレス（確認） <input name="mail_confirm"></label>
      <label>メールアドレス <input name="mail"></label>
    </form>`);
    const proposals = proposeMapping(source('メールアドレス', 'k.suzuki@aoba-kensetsu.example.jp'), form);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.key).toBe('input[name="mail"]');
  });

  it('fills two fields of one concept from two source values', () => {
    const form = formOf('<form><label>電話番号 <input name="tel"></label><label>携帯番号 <input name="mobile"></label></form>');
    const sources = extractFromText('電話番号：03-5555-0134\n携帯番号：080-2345-6789');
    const p = byName(proposeMapping(sources, form), form);
    expect(p.tel?.value).toBe('03-5555-0134');
    expect(p.mobile?.value).toBe('080-2345-6789');
  });
});

describe('proposeMapping: fields of one concept in any order', () => {
  it('does not swap a landline and a mobile when the form lists 携帯番号 first', () => {
    const form = formOf('<form><label>携帯番号 <input name="mobile"></label><label>電話番号 <input name="tel"></label></form>');
    const p = byName(proposeMapping(extractFromText('電話番号：03-5555-0134\n携帯番号：080-2345-6789'), form), form);
    expect(p.tel?.value).toBe('03-5555-0134');
    expect(p.mobile?.value).toBe('080-2345-6789');
  });
});

describe('proposeMapping: tiers', () => {
  it('rates a field known only by its name attribute medium, and a guess from both weak sides low', () => {
    const form = formOf('<form><input name="customer_email"></form>');
    expect(proposeMapping(source('メールアドレス', 'k.suzuki@aoba-kensetsu.example.jp'), form)[0]).toMatchObject({ tier: 'medium', reasons: [{ code: 'nameAttr', detail: 'customer_email' }, { code: 'sameConcept' }] });
    expect(proposeMapping(source('連絡用', 'k.suzuki@aoba-kensetsu.example.jp'), form)[0]).toMatchObject({ tier: 'low' });
  });

  it('uses the autocomplete attribute as a reason', () => {
    const form = formOf('<form><input name="x1" autocomplete="billing email"></form>');
    expect(proposeMapping(source('メールアドレス', 'k.suzuki@aoba-kensetsu.example.jp'), form)[0]).toMatchObject({ tier: 'high', reasons: [{ code: 'autocomplete' }, { code: 'sameConcept' }] });
  });
});

describe('proposeMapping: sensitive fields (HR onboarding form)', () => {
  const HR_FORM = `<form><table>
    <tr><th>氏名</th><td><input name="emp_name"></td></tr>
    <tr><th>個人番号</th><td><input name="my_number" maxlength="12"></td></tr>
    <tr><th>口座番号</th><td><input name="account_no" maxlength="7"></td></tr>
    <tr><th>カード番号</th><td><input name="corp_card"></td></tr>
  </table></form>`;
  const HR_MAIL = '氏名：高橋 美咲\nマイナンバー：123456789012\n口座番号：1234567\nクレジットカード番号：4111111111111111';

  it('holds My Number and card numbers at the low tier so they wait for an explicit click', () => {
    const form = formOf(HR_FORM);
    const p = byName(proposeMapping(extractFromText(HR_MAIL), form), form);
    expect(p.emp_name?.tier).toBe('high');
    expect(p.my_number).toMatchObject({ value: '123456789012', tier: 'low' });
    expect(p.my_number!.reasons).toContainEqual({ code: 'sensitive', detail: 'x-my-number' });
    expect(p.corp_card).toMatchObject({ tier: 'low' });
  });

  it('fills a bank account number at most at the medium tier, flagged as sensitive', () => {
    const form = formOf(HR_FORM);
    const p = byName(proposeMapping(extractFromText(HR_MAIL), form), form);
    expect(p.account_no).toMatchObject({ value: '1234567', tier: 'medium' });
    expect(p.account_no!.reasons).toContainEqual({ code: 'sensitive', detail: 'x-bank-account-number' });
  });
});

describe('proposeMapping: English inquiry', () => {
  it('maps an English e-mail to an English form', () => {
    const form = formOf(`<form>
      <label for="n">Full name</label><input id="n">
      <label for="c">Company</label><input id="c">
      <label for="p">Phone</label><input id="p" type="tel" placeholder="e.g. 03-1234-5678">
      <label for="e">Email address</label><input id="e" type="email">
    </form>`);
    const mail = 'Name: Emily Carter\nCompany: Northwind Trading Ltd.\nPhone: +81 3-5555-0134\nEmail: emily.carter@northwind.example.com';
    expect(proposeMapping(extractFromText(mail), form).map((p) => [p.key, p.value, p.tier])).toEqual([
      ['#n', 'Emily Carter', 'high'],
      ['#c', 'Northwind Trading Ltd.', 'high'],
      ['#p', '03-5555-0134', 'high'],
      ['#e', 'emily.carter@northwind.example.com', 'high'],
    ]);
  });
});

describe('proposeMapping: a value from the sender’s signature', () => {
  it('is proposed only at the low tier, with the reason, so it waits for the clerk', () => {
    const form = formOf('<form><label>会社名 <input name="company"></label><label>電話番号 <input name="tel"></label></form>');
    const mail = 'お見積りをお願いします。\n\n--\n有限会社丸岡工務店\n工藤 隆之\n会社名：有限会社丸岡工務店\nTEL：054-555-0620';
    const proposals = proposeMapping(extractFromText(mail), form);
    expect(proposals.map((p) => [p.concept, p.value, p.tier])).toEqual([
      ['organization', '有限会社丸岡工務店', 'low'],
      ['tel', '054-555-0620', 'low'],
    ]);
    expect(proposals[1]!.reasons.map((r) => r.code)).toContain('signature');
  });
});

describe('proposeMapping: blocks', () => {
  const FORM = `<form><fieldset><legend>ご注文者</legend><label>お名前 <input name="c_name"></label><label>電話番号 <input name="c_tel"></label></fieldset>
    <fieldset><legend>お届け先</legend><label>お名前 <input name="s_name"></label><label>電話番号 <input name="s_tel"></label></fieldset></form>`;

  it('puts the orderer’s values in the orderer block and the delivery values in the delivery block', () => {
    const form = formOf(FORM);
    const mail = '【ご注文者】\nお名前：佐藤 美咲\n電話番号：03-5555-0142\n【お届け先】\nお名前：佐藤 健一\n電話番号：022-555-0187';
    const p = byName(proposeMapping(extractFromText(mail), form), form);
    expect([p.c_name?.value, p.c_tel?.value, p.s_name?.value, p.s_tel?.value]).toEqual(['佐藤 美咲', '03-5555-0142', '佐藤 健一', '022-555-0187']);
  });

  it('leaves the delivery block empty when the only address is the billing party’s', () => {
    const form = formOf(FORM);
    const p = byName(proposeMapping(extractFromText('【ご請求先】\nお名前：株式会社A 経理部\n電話番号：03-5555-0100'), form), form);
    expect(p.s_name).toBeUndefined();
    expect(p.s_tel).toBeUndefined();
    expect(p.c_tel?.value).toBe('03-5555-0100');
  });

  it('gives a source without blocks to the main party only', () => {
    const form = formOf(FORM);
    const p = byName(proposeMapping(extractFromText('お名前：山田 太郎\n電話番号：03-5555-0199'), form), form);
    expect(p.c_tel?.value).toBe('03-5555-0199');
    expect(p.s_tel).toBeUndefined();
  });
});

describe('proposeMapping: an address into the parts a form asks for', () => {
  const mail = '住所：〒150-0001 東京都渋谷区神宮前3-14-2 コーポ青葉201';

  it('fills 〒, 都道府県, 市区町村 and the rest when the form splits them that way', () => {
    const form = formOf(`<form><label>郵便番号 <input name="zip" placeholder="例：5300001"></label>
      <label>都道府県 <select name="pref"><option value="">選択</option><option value="13">東京都</option></select></label>
      <label>市区町村 <input name="city"></label><label>番地・建物名 <input name="rest" class="p-extended-address"></label></form>`);
    const p = byName(proposeMapping(extractFromText(mail), form), form);
    expect([p.pref?.value, p.city?.value, p.rest?.value]).toEqual(['13', '渋谷区', '神宮前3-14-2 コーポ青葉201']);
    expect(p.zip?.value.replace('-', '')).toBe('1500001');
  });

  it('keeps the building apart when the form has a field for it, and the address as written otherwise', () => {
    const split = formOf('<form><label>住所 <input name="addr"></label><label>建物名 <input name="bldg"></label></form>');
    const p = byName(proposeMapping(extractFromText(mail), split), split);
    expect([p.addr?.value, p.bldg?.value]).toEqual(['東京都渋谷区神宮前3-14-2', 'コーポ青葉201']);
    const whole = formOf('<form><label>住所 <input name="addr"></label></form>');
    expect(byName(proposeMapping(extractFromText(mail), whole), whole).addr?.value).toBe('東京都渋谷区神宮前3-14-2 コーポ青葉201');
  });
});

describe('proposeMapping: whose value it is', () => {
  it('never fills an emergency contact with the applicant’s own name or phone', () => {
    const form = formOf('<form><label>氏名 <input name="name"></label><h3>緊急連絡先</h3><label>氏名 <input name="emergency_name"></label><label>電話番号 <input name="emergency_tel"></label></form>');
    const p = byName(proposeMapping(extractFromText('氏名：藤原 颯太\n電話番号：090-5555-2710'), form), form);
    expect(p.name?.value).toBe('藤原 颯太');
    expect(p.emergency_name).toBeUndefined();
    expect(p.emergency_tel).toBeUndefined();
  });

  it('puts a mobile number only in a 携帯 field, and a landline never there', () => {
    const form = formOf('<form><label>代表電話 <input name="tel_main"></label><label>携帯電話 <input name="tel_mobile"></label></form>');
    const p = byName(proposeMapping(extractFromText('携帯：080-5555-1029\n代表電話：045-555-0700'), form), form);
    expect([p.tel_main?.value, p.tel_mobile?.value]).toEqual(['045-555-0700', '080-5555-1029']);
    const landlineOnly = byName(proposeMapping(extractFromText('電話番号：045-555-0700'), form), form);
    expect(landlineOnly.tel_mobile).toBeUndefined();
  });

  it('lets order facts (payment method) fill a field whatever block the form puts it in', () => {
    const form = formOf('<form><h3>お届け先</h3><label>お支払方法 <select name="pay"><option value="">-</option><option value="4">代金引換</option></select></label></form>');
    expect(byName(proposeMapping(extractFromText('お支払方法：代金引換'), form), form).pay?.value).toBe('4');
  });

  it('reads フリガナ（セイ） as the family-name reading', () => {
    const form = formOf('<form><label for="a">フリガナ（セイ）</label><input id="a" name="kana_a"><label for="b">フリガナ（メイ）</label><input id="b" name="kana_b"></form>');
    const p = byName(proposeMapping(extractFromText('フリガナ：イシダ エリ'), form), form);
    expect([p.kana_a?.value, p.kana_b?.value]).toEqual(['イシダ', 'エリ']);
  });
});

describe('proposeMapping: an address written with spaces inside', () => {
  it('does not repeat the city in the 番地 field when the mail puts a space inside it', () => {
    const form = formOf('<form><label>都道府県 <input name="pref"></label><label>市区町村 <input name="city"></label><label>番地 <input name="line1"></label></form>');
    const p = byName(proposeMapping(extractFromText('住所：大阪府大阪市 北区梅田1-2-3'), form), form);
    expect(p.city?.value.replace(/\s/g, '')).toBe('大阪市北区');
    expect(p.line1?.value).toBe('梅田1-2-3');
  });
});

describe('radio buttons and checkboxes', () => {
  const FORM = `<form>
    <fieldset><legend>お支払方法</legend>
      <label><input type="radio" name="pay" value="card">クレジットカード</label>
      <label><input type="radio" name="pay" value="bank">銀行振込</label>
    </fieldset>
    <table><tr><th>見積書送付方法</th><td>
      <label><input type="checkbox" name="send_mail">メール</label>
      <label><input type="checkbox" name="send_post">郵送</label></td></tr></table>
    <label><input type="checkbox" name="receipt">領収書</label>
  </form>`;

  it('chooses the radio button whose text the value names', () => {
    const form = formOf(FORM);
    expect(byName(proposeMapping(source('お支払い方法', '銀行振込'), form), form).pay?.value).toBe('bank');
  });

  it('checks the choices the value names and leaves the others alone', () => {
    const form = formOf(FORM);
    const p = byName(proposeMapping(source('見積書送付方法', 'メールにてPDFでお送りください'), form), form);
    expect(p.send_mail?.value).toBe('true');
    expect(p.send_post).toBeUndefined();
  });

  it('checks a checkbox that stands for its question when the value says yes, unchecks it on no', () => {
    const form = formOf(FORM);
    expect(byName(proposeMapping(source('領収書', '要'), form), form).receipt?.value).toBe('true');
    expect(byName(proposeMapping(source('領収書', '不要'), form), form).receipt?.value).toBe('false');
    expect(byName(proposeMapping(source('領収書', '宛名は上様で'), form), form).receipt).toBeUndefined();
  });
});

describe('fields the vocabulary does not know', () => {
  it('take the value written under the same label, at the medium tier with the reason', () => {
    const form = formOf('<form><label>名入れ内容 <input name="imprint"></label><label>ロゴ位置 <input name="logo"></label></form>');
    const p = byName(proposeMapping(extractFromText('名入れ内容：つばさ保育園 開園20周年\n備考：急ぎ'), form), form);
    expect(p.imprint).toMatchObject({ value: 'つばさ保育園 開園20周年', tier: 'medium', reasons: [{ code: 'sameLabel', detail: '名入れ内容' }] });
    expect(p.logo).toBeUndefined();
  });

  it('take nothing when two source fields share the label', () => {
    const form = formOf('<form><label>名入れ内容 <input name="imprint"></label></form>');
    expect(proposeMapping(extractFromText('名入れ内容：A\n名入れ内容：B'), form)).toEqual([]);
  });
});

describe('address boxes without a city box', () => {
  it('puts the city into 住所1 beside a prefecture select and the building into 住所2', () => {
    const form = formOf(`<form><label>都道府県 <select name="pref"><option value=""></option>${prefByName}</select></label>
      <label>市区町村・番地 <input name="addr1"></label><label>建物名 <input name="addr2"></label></form>`);
    const p = byName(proposeMapping(source('住所', '愛知県名古屋市中区栄3-15-33 栄セントラルレジデンス1204'), form), form);
    expect([p.pref?.value, p.addr1?.value, p.addr2?.value]).toEqual(['愛知県', '名古屋市中区栄3-15-33', '栄セントラルレジデンス1204']);
  });
});

describe('radio buttons no label asks a question of', () => {
  it('take the one source value that names a choice', () => {
    const form = formOf(`<form><div><input type="radio" name="payment" id="a" value="personal"> <label for="a">個人立替</label>
      <input type="radio" name="payment" id="b" value="corp"> <label for="b">法人カード</label></div></form>`);
    const p = proposeMapping(extractFromText('支払方法：個人立替（現金・個人カード）\n件名：出張'), form);
    expect(p.map((x) => [x.key, x.value, x.tier])).toEqual([['#a', 'personal', 'medium']]);
  });
});

describe('amounts by tax basis and deductions', () => {
  const INVOICE = '小計：¥184,000\n消費税：¥18,400\n合計：¥202,400\n源泉徴収税額：△¥18,378';

  it('puts the subtotal into a 税抜 box and the total into a 税込 box, never the other way', () => {
    const form = formOf('<form><label>税抜金額 <input name="excl"></label><label>支払金額（税込） <input name="incl"></label></form>');
    const p = byName(proposeMapping(extractFromText(INVOICE), form), form);
    expect([p.excl?.value, p.incl?.value]).toEqual(['184000', '202400']);
  });

  it('keeps a subtotal out of a box that states no basis', () => {
    const form = formOf('<form><label>金額 <input name="amount"></label></form>');
    expect(byName(proposeMapping(extractFromText('小計：¥184,000'), form), form).amount).toBeUndefined();
  });

  it('enters a withholding deduction as a positive amount', () => {
    const form = formOf('<form><label>源泉徴収税額 <input name="wh"></label></form>');
    expect(byName(proposeMapping(extractFromText(INVOICE), form), form).wh?.value).toBe('18378');
  });
});

describe('two fields of one concept told apart by their qualifiers', () => {
  it('puts 代表電話 into 電話番号（代表） and 直通 into 電話番号（ご担当者直通）, whatever the order', () => {
    const form = formOf('<form><label>電話番号（代表） <input name="tel_main"></label><label>電話番号（ご担当者直通） <input name="tel_direct"></label></form>');
    const p = byName(proposeMapping(extractFromText('直通：045-555-0718\n代表電話：045-555-0700'), form), form);
    expect([p.tel_main?.value, p.tel_direct?.value]).toEqual(['045-555-0700', '045-555-0718']);
  });
});

describe('a source label naming its party', () => {
  it('sends 納品先電話番号 to the delivery block even when it sits under another heading', () => {
    const form = formOf(`<form><fieldset><legend>得意先</legend><label>電話番号 <input name="cust_tel"></label></fieldset>
      <fieldset><legend>納品先</legend><label>電話番号 <input name="dest_tel"></label></fieldset></form>`);
    const p = byName(proposeMapping(extractFromText('■発注明細\n納品先電話番号：04-7155-5390'), form), form);
    expect(p.dest_tel?.value).toBe('04-7155-5390');
    expect(p.cust_tel).toBeUndefined();
  });
});

describe('numbers are not names', () => {
  it('never puts a phone number read under a person-sounding label into a name field', () => {
    const form = formOf('<form><label>納品先名 <input name="dest"></label></form>');
    expect(proposeMapping([{ ...extractFromText('担当者：04-7155-5302')[0]!, concept: 'name' }], form)).toEqual([]);
  });
});

describe('dates matched by their label alone', () => {
  it('go into a date box as a date, or not at all', () => {
    const form = formOf('<form><label>有効期限 <input type="date" name="valid"></label></form>');
    expect(byName(proposeMapping(extractFromText('有効期限：2026年3月31日'), form), form).valid?.value).toBe('2026-03-31');
    expect(proposeMapping(extractFromText('有効期限：発行後1か月'), form)).toEqual([]);
  });
});

describe('a counterparty signature', () => {
  it('is proposed for a glance (medium at most) with the signature named among the reasons', () => {
    const form = formOf('<form><label>電話番号 <input name="tel"></label></form>');
    const mail = '営業部 御中\n\nお見積りをお願いします。\n\n━━━━━━━━\n有限会社丸岡工務店\n工藤 隆之\nTEL：054-555-0620\n━━━━━━━━';
    const p = byName(proposeMapping(extractFromText(mail), form), form).tel;
    expect(p).toMatchObject({ value: '054-555-0620', tier: 'medium' });
    expect(p?.reasons.map((r) => r.code)).toContain('signature');
  });
});

describe('amounts in the form’s own format', () => {
  it('writes digits unless the field shows or asks for grouped thousands', () => {
    const form = formOf(`<form><label>合計金額 <input name="a"></label></form>`);
    expect(byName(proposeMapping(extractFromText('合計：¥1,234,000'), form), form).a?.value).toBe('1234000');
    const grouped = formOf(`<form><label>合計金額 <input name="a" placeholder="例：12,000"></label></form>`);
    expect(byName(proposeMapping(extractFromText('合計：¥1,234,000'), grouped), grouped).a?.value).toBe('1,234,000');
    const digits = formOf(`<form><label>合計金額 <input name="a" placeholder="半角数字・カンマなし"></label></form>`);
    expect(byName(proposeMapping(extractFromText('合計：¥1,234,000'), digits), digits).a?.value).toBe('1234000');
  });
});

describe('pattern and inputmode', () => {
  it('writes a number the way the pattern or inputmode asks, and proposes nothing the pattern refuses', () => {
    const form = formOf(`<form><label>郵便番号 <input name="zip" pattern="\\d{7}"></label><label>電話番号 <input name="tel" inputmode="numeric"></label>
      <label>メール <input name="mail" pattern="[a-z]+@example\\.com"></label></form>`);
    const p = byName(proposeMapping(extractFromText('郵便番号：〒150-0002\n電話番号：03-1234-5678\nメール：taro@other.jp'), form), form);
    expect([p.zip?.value, p.tel?.value, p.mail]).toEqual(['1500002', '0312345678', undefined]);
  });
});

describe('addresses that are not Japanese', () => {
  it('go into a Street field whole when the block also has City and State fields', () => {
    const form = formOf('<form><label>Street <input name="street"></label><label>City <input name="city"></label><label>State <input name="state"></label></form>');
    const p = byName(proposeMapping([{ ...extractFromText('Address: PO Box 3341')[0]!, concept: 'street-address', normalized: 'PO Box 3341' }], form), form);
    expect(p.street?.value).toBe('PO Box 3341');
  });
});

describe('joining parts for a whole box', () => {
  it('fills one 氏名 box from separate 姓 and 名, never splitting the joined name again', () => {
    const form = formOf('<form><label>担当者氏名 <input name="contact" placeholder="姓と名の間に全角スペース"></label></form>');
    const p = byName(proposeMapping(extractFromText('ご担当者名（姓）：松本\nご担当者名（名）：彩花'), form), form);
    expect(p.contact?.value).toBe('松本　彩花');
  });
});

describe('a rich-text box as a target', () => {
  it('gets the message written in the source', () => {
    const form = formOf('<form><label for="m">メッセージ</label><div id="m" contenteditable="true"></div></form>');
    const p = proposeMapping(extractFromText('メッセージ：ギフト包装をお願いします。'), form);
    expect(p.map((x) => [x.key, x.value])).toEqual([['#m', 'ギフト包装をお願いします。']]);
  });
});
