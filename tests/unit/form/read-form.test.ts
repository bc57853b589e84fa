// Protects reading a target form: the label a clerk sees for each control in every common layout, its hints and limits, split inputs grouped, and what is not fillable left out.
import { beforeEach, describe, expect, it } from 'vitest';
import { displayLabel, readForm, type TargetField } from '@/utils/form/read-form';
import { PREFECTURES } from '@/utils/prefectures';

const prefOptionsByCode = PREFECTURES.map((p, i) => `<option value="${String(i + 1).padStart(2, '0')}">${p}</option>`).join('');
const prefOptionsByName = PREFECTURES.map((p) => `<option>${p}</option>`).join('');

// A 受注入力 (order entry) screen of a core system, laid out as a table with <th> labels.
const ORDER_ENTRY = `
  <h1>受注入力</h1>
  <form id="order-entry">
    <input type="hidden" name="csrf_token" value="d41d8cd98f00b204">
    <table class="entry">
      <tr><th>受注番号</th><td><input name="order_no" maxlength="20" required></td></tr>
      <tr><th>取引先名<span class="req">※必須</span></th><td><input name="customer_company"></td></tr>
      <tr>
        <th><label for="sei">姓</label></th><td><input id="sei" name="sei"></td>
        <th><label for="mei">名</label></th><td><input id="mei" name="mei"></td>
      </tr>
      <tr><th>セイ</th><td><input name="kana_sei"><br><small>全角カナ</small></td><th>メイ</th><td><input name="kana_mei"></td></tr>
      <tr><th>郵便番号</th><td>〒<input name="zip1" maxlength="3">－<input name="zip2" maxlength="4"></td></tr>
      <tr><th>都道府県</th><td><select name="pref"><option value="">選択してください</option>${prefOptionsByCode}</select></td></tr>
      <tr><th>住所</th><td><input name="address" size="60"></td></tr>
      <tr><th>電話番号</th><td><input type="tel" name="tel1" maxlength="5"> - <input type="tel" name="tel2" maxlength="4"> - <input type="tel" name="tel3" maxlength="4"><br>例: 03-1234-5678</td></tr>
      <tr><td class="label">担当営業</td><td><input name="sales_rep" readonly value="佐藤"></td></tr>
      <tr><td class="label">社内メモ</td><td><textarea name="memo"></textarea></td></tr>
    </table>
    <button type="submit">登録</button>
  </form>`;

// An inquiry form without a table: each way of labelling a control that pages use.
const INQUIRY = `
  <form>
    <div><label>会社名 <input name="f1"></label></div>
    <div><input name="f2" aria-label="ご担当者名"></div>
    <div><span id="mail-l">メールアドレス</span><span id="mail-n">（半角英数）</span><input type="email" name="f3" aria-labelledby="mail-l mail-n"></div>
    <div>電話番号 <input name="f4"></div>
    <div><input name="f5" placeholder="部署名"></div>
    <div><input name="f6" title="Order number"></div>
    <div><label>都道府県 <select name="f7"><option value="">--</option>${prefOptionsByName}</select></label></div>
    <div><input type="text" name="f8" autocomplete="shipping tel" aria-label="ご連絡先（日中）"></div>
    <div>ご希望の連絡方法
      <label><input type="radio" name="contact_method" value="tel">電話</label>
      <label><input type="radio" name="contact_method" value="mail">メール</label>
    </div>
    <div><label><input type="checkbox" name="agree">個人情報の取り扱いに同意する</label></div>
    <div><input name="f9" disabled value="自動採番"><input type="file" name="attachment"><input type="reset"></div>
  </form>`;

function field(fields: TargetField[], name: string): TargetField {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}

beforeEach(() => {
  document.title = '';
  document.body.innerHTML = '';
});

describe('readForm on a table layout', () => {
  beforeEach(() => {
    document.title = '受注入力 | 販売管理システム';
    document.body.innerHTML = ORDER_ENTRY;
  });

  it('lists only the controls a clerk can fill, in page order', () => {
    expect(readForm(document).fields.map((f) => f.name)).toEqual([
      'order_no', 'customer_company', 'sei', 'mei', 'kana_sei', 'kana_mei', 'zip1', 'zip2', 'pref', 'address', 'tel1', 'tel2', 'tel3', 'memo',
    ]);
  });

  it('takes each label from the row header, the nearest one in two-column rows, without its ※必須 decoration breaking the concept', () => {
    const fields = readForm(document).fields;
    expect(field(fields, 'order_no')).toMatchObject({ label: '受注番号', concept: 'x-order-number', conceptSource: 'label', conceptScore: 1 });
    expect(field(fields, 'customer_company')).toMatchObject({ label: '取引先名※必須', concept: 'organization', conceptScore: 1 });
    expect(field(fields, 'sei')).toMatchObject({ label: '姓', concept: 'family-name' });
    expect(field(fields, 'mei')).toMatchObject({ label: '名', concept: 'given-name' });
    expect(field(fields, 'kana_mei')).toMatchObject({ label: 'メイ', concept: 'x-given-name-kana' });
    expect(field(fields, 'memo')).toMatchObject({ label: '社内メモ', concept: undefined, tag: 'textarea' });
  });

  it('reads notes in the cell as hints (全角カナ, 例: 03-1234-5678)', () => {
    const fields = readForm(document).fields;
    expect(field(fields, 'kana_sei').hint).toBe('全角カナ');
    expect(field(fields, 'tel1').hint).toContain('例: 03');
    expect(field(fields, 'address').hint).toBe('');
  });

  it('groups the three phone inputs of one cell under one label, in order', () => {
    const fields = readForm(document).fields;
    const tel = ['tel1', 'tel2', 'tel3'].map((n) => field(fields, n));
    const groupId = tel[0]!.key;
    tel.forEach((f, i) => {
      expect(f).toMatchObject({ label: '電話番号', concept: 'tel', type: 'tel', group: { id: groupId, index: i, size: 3 } });
    });
    expect(tel.map((f) => f.maxLength)).toEqual([5, 4, 4]);
  });

  it('names each part of a split input so the clerk and the log can tell them apart', () => {
    const fields = readForm(document).fields;
    expect(['tel1', 'tel2', 'tel3'].map((n) => displayLabel(field(fields, n)))).toEqual(['電話番号 (1/3)', '電話番号 (2/3)', '電話番号 (3/3)']);
    expect(displayLabel(field(fields, 'address'))).toBe(field(fields, 'address').label);
  });

  it('groups the two postal-code inputs', () => {
    const fields = readForm(document).fields;
    expect(field(fields, 'zip1')).toMatchObject({ concept: 'postal-code', maxLength: 3, group: { index: 0, size: 2 } });
    expect(field(fields, 'zip2')).toMatchObject({ concept: 'postal-code', maxLength: 4, group: { index: 1, size: 2 } });
    expect(field(fields, 'address').group).toBeUndefined();
  });

  it('reads a prefecture select with its code options', () => {
    const pref = field(readForm(document).fields, 'pref');
    expect(pref).toMatchObject({ tag: 'select', type: 'select', concept: 'address-level1', value: '' });
    expect(pref.options).toHaveLength(48);
    expect(pref.options![13]).toEqual({ value: '13', text: '東京都' });
  });

  it('reports constraints and the current value', () => {
    (document.querySelector('[name=address]') as HTMLInputElement).value = '渋谷区道玄坂1-2-3';
    const fields = readForm(document).fields;
    expect(field(fields, 'order_no')).toMatchObject({ required: true, maxLength: 20 });
    expect(field(fields, 'address')).toMatchObject({ required: false, maxLength: undefined, value: '渋谷区道玄坂1-2-3' });
  });

  it('gives keys that find each control again', () => {
    for (const f of readForm(document).fields) {
      const el = document.querySelector(f.key) as HTMLInputElement;
      expect(el.getAttribute('name')).toBe(f.name);
    }
  });

  it('keeps the same signature when the clerk types, so the job is not restarted', () => {
    const before = readForm(document);
    (document.querySelector('[name=order_no]') as HTMLInputElement).value = 'ORD-2024-00815';
    const after = readForm(document);
    expect(after.signature).toBe(before.signature);
    expect(after.title).toBe('受注入力 | 販売管理システム');
  });

  it('changes the signature when the form has other fields', () => {
    const before = readForm(document).signature;
    document.querySelector('[name=memo]')!.remove();
    expect(readForm(document).signature).not.toBe(before);
  });
});

describe('readForm on a form without a table', () => {
  beforeEach(() => {
    document.body.innerHTML = INQUIRY;
  });

  it('reads the label from a wrapping <label>, aria-label, aria-labelledby, the text before, the placeholder and the title', () => {
    const fields = readForm(document).fields;
    expect(field(fields, 'f1')).toMatchObject({ label: '会社名', concept: 'organization' });
    expect(field(fields, 'f2')).toMatchObject({ label: 'ご担当者名', concept: 'name' });
    expect(field(fields, 'f3')).toMatchObject({ label: 'メールアドレス （半角英数）', concept: 'email', type: 'email' });
    expect(field(fields, 'f4')).toMatchObject({ label: '電話番号', concept: 'tel' });
    expect(field(fields, 'f5')).toMatchObject({ label: '部署名', concept: 'x-department', placeholder: '部署名' });
    expect(field(fields, 'f6')).toMatchObject({ label: 'Order number', concept: 'x-order-number' });
  });

  it('reads a wrapping label without the option texts of the select inside it', () => {
    const pref = field(readForm(document).fields, 'f7');
    expect(pref).toMatchObject({ label: '都道府県', concept: 'address-level1' });
    expect(pref.options![1]).toEqual({ value: '北海道', text: '北海道' });
  });

  it('lets autocomplete decide the concept over the label', () => {
    expect(field(readForm(document).fields, 'f8')).toMatchObject({ concept: 'tel', conceptSource: 'autocomplete', conceptScore: 1 });
  });

  it('leaves out disabled, file and reset controls, and reads a radio group as one field', () => {
    const fields = readForm(document).fields;
    expect(fields.map((f) => f.name)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'contact_method', 'agree']);
    expect(field(fields, 'contact_method')).toMatchObject({ label: 'ご希望の連絡方法', concept: undefined });
    expect(field(fields, 'agree')).toMatchObject({ label: '個人情報の取り扱いに同意する', type: 'checkbox', value: 'false' });
  });
});

describe('readForm concept sources', () => {
  it('falls back to the name attribute when there is no label', () => {
    document.body.innerHTML = '<form><input name="customer_email"><input name="zipcode"></form>';
    const fields = readForm(document).fields;
    expect(fields[0]).toMatchObject({ label: '', concept: 'email', conceptSource: 'name', conceptScore: 0.6 });
    expect(fields[1]).toMatchObject({ concept: 'postal-code', conceptSource: 'name' });
  });

  it('trusts a label less when the name attribute says something else', () => {
    document.body.innerHTML = '<form><label>電話番号 <input name="contact_no"></label><label>電話番号 <input name="mobile"></label><label>電話番号 <input name="email"></label></form>';
    const [plain, agreeing, disagreeing] = readForm(document).fields;
    expect(plain).toMatchObject({ concept: 'tel', conceptScore: 1 });
    expect(agreeing).toMatchObject({ concept: 'tel', conceptScore: 1 });
    expect(disagreeing).toMatchObject({ concept: 'tel', conceptScore: 0.8 });
  });

  it('finds nothing to fill on a page without controls', () => {
    document.body.innerHTML = '<main><p>会社名：株式会社ひかり商会</p></main>';
    expect(readForm(document).fields).toEqual([]);
  });
});

describe('readForm: the block each field belongs to', () => {
  it('reads the block from a fieldset legend, a heading before the table, a column header, or the name', () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>ご注文者情報</legend><label>電話番号 <input name="a_tel"></label></fieldset>
      <h3>お届け先</h3><table><tr><th>電話番号</th><td><input name="b_tel"></td></tr></table>
      <table><thead><tr><th></th><th>ご請求先</th><th>お届け先</th></tr></thead>
        <tbody><tr><th>氏名</th><td><input name="c1"></td><td><input name="c2"></td></tr></tbody></table>
      <h3>お支払い</h3><label>メモ <input name="memo"></label>
      <label>TEL <input name="order[Shipping][phone]"></label></form>`;
    const fields = readForm(document).fields;
    const sectionOf = (name: string) => fields.find((f) => f.name === name)!.section;
    expect(sectionOf('a_tel')).toBe('customer');
    expect(sectionOf('b_tel')).toBe('shipping');
    expect(sectionOf('c1')).toBe('billing');
    expect(sectionOf('c2')).toBe('shipping');
    expect(sectionOf('memo')).toBeUndefined();
    expect(sectionOf('order[Shipping][phone]')).toBe('shipping');
  });
});

describe('readForm: Bootstrap-style rows (a <label> without for, the controls in the next column)', () => {
  it('labels each control from its row, and tells the parts apart by placeholder, microformat class or name', () => {
    document.body.innerHTML = `<form>
      <div class="row"><label class="col-3">お名前(カナ)</label><div class="col"><div class="row">
        <div class="col"><input name="kana01" placeholder="セイ"></div><div class="col"><input name="kana02" placeholder="メイ"></div></div></div></div>
      <div class="row"><label class="col-3">住所</label><div class="col">
        <span>〒</span><span><input type="tel" name="zip" class="p-postal-code" placeholder="例：5300001"></span>
        <div><select name="pref" class="p-region-id"><option value="">都道府県を選択</option><option value="13">東京都</option></select></div>
        <div><input name="addr01" class="p-locality"></div><div><input name="addr02" class="p-extended-address"></div></div></div>
      <div class="row"><label class="col-3">メールアドレス</label><div class="col"><input type="email" name="mail_x"></div></div></form>`;
    const fields = readForm(document).fields;
    const get = (name: string) => fields.find((f) => f.name === name)!;
    expect(get('kana01')).toMatchObject({ label: 'お名前(カナ)', concept: 'x-family-name-kana' });
    expect(get('kana02')).toMatchObject({ label: 'お名前(カナ)', concept: 'x-given-name-kana' });
    expect(get('zip')).toMatchObject({ label: '〒', concept: 'postal-code' });
    expect(get('pref').label).toBe('住所');
    expect(get('pref').concept).toBe('address-level1');
    expect(get('addr01').concept).toBe('address-level2');
    expect(get('addr02').concept).toBe('address-line2');
    expect(get('mail_x').concept).toBe('email');
  });
});

describe('readForm: what a person cannot see', () => {
  it('leaves out controls in a closed dialog, a hidden block or a collapsed section', () => {
    document.body.innerHTML = `<style>.modal { display: none; }</style><form>
      <label>お名前 <input name="visible"></label>
      <div class="modal"><label>会員検索 <input name="search"></label></div>
      <div hidden><label>メモ <input name="memo"></label></div>
      <div style="display:none"><label>電話 <input name="tel"></label></div></form>`;
    expect(readForm(document).fields.map((f) => f.name)).toEqual(['visible']);
  });
});

describe('readForm: a label for the whole, a control for a part', () => {
  it('reads 氏名（姓） on last_name as the family name, and 会社名（ﾌﾘｶﾞﾅ） as the company reading', () => {
    document.body.innerHTML = '<form><label for="a">氏名（姓）</label><input id="a" name="customer[last_name]"><label>担当者 名 <input name="first_name"></label><label>会社名（ﾌﾘｶﾞﾅ）<input name="ck"></label></form>';
    expect(readForm(document).fields.map((f) => f.concept)).toEqual(['family-name', 'given-name', 'x-organization-kana']);
  });
});

/** The fields of a page by key, read as the content script reads them. */
function fieldsOf(html: string): Record<string, TargetField> {
  document.body.innerHTML = html;
  return Object.fromEntries(readForm(document).fields.map((f) => [f.key, f]));
}

describe('split rows of one table cell', () => {
  const prefOptions = PREFECTURES.map((p, i) => `<option value="${i + 1}">${p}</option>`).join('');
  const page = `
    <table>
      <tr><th>お名前</th><td><input name="order_name01"> <input name="order_name02"></td></tr>
      <tr><th>お名前(フリガナ)</th><td><input name="order_kana01"> <input name="order_kana02"></td></tr>
      <tr><th>住所</th><td>〒 <input name="order_zip01" maxlength="3"> - <input name="order_zip02" maxlength="4"><br>
        <select name="order_pref"><option value="">都道府県を選択</option>${prefOptions}</select><br>
        <input name="order_addr01"><br><input name="order_addr02"></td></tr>
      <tr><th>お届け日</th><td>
        <select name="date_year"><option>2026</option><option>2027</option></select>年
        <select name="date_month">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>月
        <select name="date_day">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>日</td></tr>
    </table>`;

  it('reads 姓 | 名 and セイ | メイ boxes as parts, not as one value in pieces', () => {
    const f = fieldsOf(page);
    expect(f['input[name="order_name01"]']?.concept).toBe('family-name');
    expect(f['input[name="order_name02"]']?.concept).toBe('given-name');
    expect(f['input[name="order_kana01"]']?.concept).toBe('x-family-name-kana');
    expect(f['input[name="order_kana02"]']?.concept).toBe('x-given-name-kana');
    expect(f['input[name="order_name02"]']?.group).toBeUndefined();
  });

  it('reads an address row as a postal code in two boxes, a prefecture, the city and the rest', () => {
    const f = fieldsOf(page);
    expect(f['input[name="order_zip01"]']).toMatchObject({ concept: 'postal-code', group: { index: 0, size: 2 } });
    expect(f['input[name="order_zip02"]']).toMatchObject({ concept: 'postal-code', group: { index: 1, size: 2 } });
    expect(f['select[name="order_pref"]']?.concept).toBe('address-level1');
    expect(f['input[name="order_addr01"]']?.concept).toBe('address-level2');
    expect(f['input[name="order_addr02"]']?.concept).toBe('address-line1');
  });

  it('groups date selects and says which piece each holds', () => {
    const f = fieldsOf(page);
    expect(f['select[name="date_year"]']).toMatchObject({ concept: 'x-delivery-date', datePart: 'year', group: { index: 0, size: 3 } });
    expect(f['select[name="date_month"]']).toMatchObject({ datePart: 'month', group: { index: 1, size: 3 } });
    expect(f['select[name="date_day"]']).toMatchObject({ datePart: 'day', group: { index: 2, size: 3 } });
  });

  it('finds the pieces of a 和暦 date by the era names and the 年 after a box', () => {
    const f = fieldsOf(`<p><label>生年月日</label>
      <select name="era"><option>昭和</option><option>平成</option><option>令和</option></select>
      <input name="by" size="2">年 <input name="bm" size="2">月 <input name="bd" size="2">日</p>`);
    expect(['select[name="era"]', 'input[name="by"]', 'input[name="bm"]', 'input[name="bd"]'].map((k) => f[k]?.datePart)).toEqual(['era', 'year', 'month', 'day']);
  });
});

describe('radio buttons and checkboxes', () => {
  it('reads a radio group as one field whose options are its choices, labelled by the question', () => {
    const f = fieldsOf(`<fieldset><legend>性別</legend>
      <label><input type="radio" name="sex" value="1">男性</label><label><input type="radio" name="sex" value="2" checked>女性</label></fieldset>`);
    const sex = Object.values(f).filter((x) => x.name === 'sex');
    expect(sex).toHaveLength(1);
    expect(sex[0]).toMatchObject({ type: 'radio', label: '性別', value: '2', options: [{ value: '1', text: '男性' }, { value: '2', text: '女性' }] });
  });

  it('gives each checkbox of a row the row’s label and its own choice text', () => {
    const f = fieldsOf(`<table><tr><th>送付方法</th><td><label><input type="checkbox" name="m">メール</label><label><input type="checkbox" name="p" checked>郵送</label></td></tr></table>`);
    expect(f['input[name="m"]']).toMatchObject({ label: '送付方法', value: 'false', options: [{ value: 'true', text: 'メール' }] });
    expect(f['input[name="p"]']).toMatchObject({ label: '送付方法', value: 'true', options: [{ value: 'true', text: '郵送' }] });
  });
});

describe('a row label against the name attribute', () => {
  it('lets a visible row label that names a part win over a name naming the whole (ふりがな（せい） over *_furigana)', () => {
    const f = fieldsOf(`<div class="row"><label>ふりがな（せい）</label><div><input id="family_furigana" name="family_furigana"></div></div>
      <div class="row"><label>郵便番号</label><div><input id="zip" name="zip"></div></div>`);
    expect(f['#family_furigana']?.concept).toBe('x-family-name-kana');
    expect(f['#zip']).toMatchObject({ concept: 'postal-code', conceptScore: 0.9 });
  });
});

describe('phone pieces by autocomplete', () => {
  it('groups the area code, prefix and suffix boxes into one phone in three parts', () => {
    const f = fieldsOf(`<label>Phone <input name="a" autocomplete="tel-area-code"></label>
      <input name="b" autocomplete="tel-local-prefix"><input name="c" autocomplete="shipping tel-local-suffix">`);
    expect(['a', 'b', 'c'].map((n) => f[`input[name="${n}"]`]?.group?.index)).toEqual([0, 1, 2]);
    expect(f['input[name="c"]']).toMatchObject({ concept: 'tel', label: 'Phone' });
  });
});

describe('split boxes outside tables', () => {
  it('groups the short boxes of one row into a postal code and a phone, not unrelated boxes', () => {
    const f = fieldsOf(`<div><label for="z1">郵便番号</label><input id="z1" maxlength="3"> - <input id="z2" maxlength="4" aria-label="郵便番号（下4桁）"></div>
      <div><label for="t1">電話番号</label><input id="t1" maxlength="5"> - <input id="t2" maxlength="4" aria-label="電話番号2"> - <input id="t3" maxlength="4" aria-label="電話番号3"></div>
      <div><label for="m1">メールアドレス</label><input id="m1"><input id="m2" aria-label="メールアドレス（確認用）"></div>`);
    expect(f['#z2']?.group).toMatchObject({ id: '#z1', index: 1, size: 2 });
    expect(f['#t3']?.group).toMatchObject({ id: '#t1', index: 2, size: 3 });
    expect(f['#m2']?.group).toBeUndefined();
  });

  it('reads a date piece by the last word of its name (birth_era_year is a year)', () => {
    const f = fieldsOf(`<dl><dt>生年月日（和暦）</dt><dd><select id="birth_era"><option>昭和</option><option>平成</option></select>
      <input type="number" id="birth_era_year"> 年 <select id="birth_month">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select> 月
      <select id="birth_day">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select> 日</dd></dl>`);
    expect(['#birth_era', '#birth_era_year', '#birth_month', '#birth_day'].map((k) => f[k]?.datePart)).toEqual(['era', 'year', 'month', 'day']);
  });
});

describe('notes and compound labels', () => {
  it('keeps the small print of a wrapping label out of the label and in the hint', () => {
    const f = fieldsOf('<label><span>得意先コード</span><input name="cust_code"> <small>空欄の場合は自動採番</small></label>');
    expect(f['input[name="cust_code"]']).toMatchObject({ label: '得意先コード', hint: '空欄の場合は自動採番', concept: undefined });
  });

  it('lets a label that names a part and more (市区町村・番地) win over a name naming the part (city)', () => {
    const f = fieldsOf('<label>市区町村・番地 <input name="city"></label><label>氏名 <input name="last_name"></label>');
    expect(f['input[name="city"]']?.concept).toBe('street-address');
    expect(f['input[name="last_name"]']?.concept).toBe('family-name');
  });
});

describe('constraints', () => {
  it('reads pattern and inputmode', () => {
    const f = fieldsOf('<label>郵便番号 <input name="zip" pattern="\\d{7}" inputmode="numeric" required></label>');
    expect(f['input[name="zip"]']).toMatchObject({ pattern: '\\d{7}', inputMode: 'numeric', required: true });
  });
});

describe('a year select written the 和暦 way', () => {
  it('is a year, not an era', () => {
    const f = fieldsOf(`<div><span>請求日</span><select id="y" aria-label="請求日 年"><option value="2026">令和8年</option><option value="2027">令和9年</option></select>
      <select id="m">${Array.from({ length: 12 }, (_, i) => `<option value="${i + 1}">${i + 1}月</option>`).join('')}</select>
      <select id="d">${Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}">${i + 1}日</option>`).join('')}</select></div>`);
    expect(['#y', '#m', '#d'].map((k) => f[k]?.datePart)).toEqual(['year', 'month', 'day']);
  });
});

describe('ship-from fields', () => {
  it('are not the delivery block', () => {
    const f = fieldsOf('<label>City <input name="ship_from_city"></label><label>City <input name="ship_to_city"></label>');
    expect(f['input[name="ship_from_city"]']?.section).toBeUndefined();
    expect(f['input[name="ship_to_city"]']?.section).toBe('shipping');
  });
});

describe('dt/dd and aria-labelledby layouts', () => {
  it('labels a control in a dd by its dt, and one named by aria-labelledby by that text', () => {
    const f = fieldsOf(`<dl><dt>メールアドレス</dt><dd><input name="m"></dd><dt>会社名</dt><dd><input name="c"></dd></dl>
      <span id="lbl">電話番号</span><input name="t" aria-labelledby="lbl">`);
    expect(f['input[name="m"]']).toMatchObject({ label: 'メールアドレス', concept: 'email' });
    expect(f['input[name="c"]']).toMatchObject({ label: '会社名', concept: 'organization' });
    expect(f['input[name="t"]']).toMatchObject({ label: '電話番号', concept: 'tel' });
  });
});

describe('rich-text boxes', () => {
  it('reads a contenteditable host as one field with its label and text, not the elements inside it', () => {
    const f = fieldsOf(`<div><span id="l">ご要望</span><div id="msg" contenteditable="true" aria-labelledby="l"><p>なし</p></div></div>
      <div id="off" contenteditable="true" aria-readonly="true"></div>`);
    expect(f['#msg']).toMatchObject({ tag: 'textarea', type: 'contenteditable', label: 'ご要望', value: 'なし', concept: 'x-message' });
    expect(Object.keys(f)).not.toContain('#off');
    expect(Object.keys(f).some((k) => k.includes('p'))).toBe(false);
  });
});
