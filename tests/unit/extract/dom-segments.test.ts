// Protects reading a page as a clerk reads it: lines split where the browser breaks them, pairs from tables, dt/dd and filled forms, headings, and no quoted or hidden text.
import { beforeEach, describe, expect, it } from 'vitest';
import { segmentsFromElement } from '@/utils/extract/dom-segments';
import type { Segment } from '@/utils/extract/assemble';

beforeEach(() => {
  document.body.innerHTML = '';
});

function show(s: Segment): string {
  const l = s.line;
  if (l.kind === 'pair') return `${l.label}=${l.value}${s.row !== undefined ? `#${s.row}` : ''}`;
  if (l.kind === 'heading') return `[${l.text}]`;
  if (l.kind === 'text') return l.text;
  return `<${l.kind}>`;
}

const read = (id: string) => segmentsFromElement(document.getElementById(id)!).map(show);

describe('segmentsFromElement: text', () => {
  it('splits at block elements and <br>, and joins inline elements into one line', () => {
    document.body.innerHTML = `
      <div id="msg">
        <p>鈴木様<br>お問い合わせありがとうございます。</p>
        <p><b>会社名</b>：<span>株式会社あおば建設</span></p>
        <ul><li>品名：安全帯 フルハーネス型</li><li>数量：20</li></ul>
      </div>`;
    expect(read('msg')).toEqual(['鈴木様', 'お問い合わせありがとうございます。', '会社名=株式会社あおば建設', '品名=安全帯 フルハーネス型', '数量=20']);
  });

  it('collapses source newlines and spaces inside a paragraph, as a browser renders them', () => {
    document.body.innerHTML = `<p id="p">ご住所：東京都江東区
        豊洲3-2-20\u00a0\u00a0豊洲フロント</p>`;
    expect(read('p')).toEqual(['ご住所=東京都江東区 豊洲3-2-20 豊洲フロント']);
  });

  it('keeps line breaks inside <pre> and white-space: pre (plain-text mail bodies)', () => {
    document.body.innerHTML = `<pre id="a">お名前：高橋 美咲
電話番号：080-2345-6789</pre><div id="b" style="white-space: pre-wrap">注文番号：A-7781
数量：3</div>`;
    expect(read('a')).toEqual(['お名前=高橋 美咲', '電話番号=080-2345-6789']);
    expect(read('b')).toEqual(['注文番号=A-7781', '数量=3']);
  });

  it('leaves out scripts, styles, hidden elements and unlabelled controls', () => {
    document.body.innerHTML = `<div id="m">
      <script>var token = "お名前：偽物";</script><style>.x{}</style>
      <p hidden>金額：999,999</p><p aria-hidden="true">電話番号：00-0000-0000</p><p style="display:none">氏名：隠し</p>
      <textarea>備考：下書き</textarea><button>返信</button>
      <p>金額：12,800円</p></div>`;
    expect(read('m')).toEqual(['金額=12,800円']);
  });

  it('leaves out the quoted earlier message and the signature a webmail marks up', () => {
    document.body.innerHTML = `<div id="m"><p>お名前：今回 太郎</p>
      <div class="gmail_signature">TEL：03-5555-0000</div>
      <div class="gmail_quote"><p>お名前：前回 花子</p></div>
      <blockquote type="cite">電話番号：090-5555-1111</blockquote></div>`;
    expect(read('m')).toEqual(['お名前=今回 太郎']);
  });

  it('points each line at the element its text starts in', () => {
    document.body.innerHTML = `<div id="m"><p id="one">部署：経理部</p><p><span id="two">担当</span>：伊藤</p></div>`;
    const segments = segmentsFromElement(document.getElementById('m')!);
    expect(segments[0]!.element).toBe(document.getElementById('one'));
    expect(segments[1]!.element).toBe(document.getElementById('two'));
  });

  it('returns nothing for an empty element', () => {
    document.body.innerHTML = '<div id="e">  \n </div>';
    expect(segmentsFromElement(document.getElementById('e')!)).toEqual([]);
  });
});

describe('segmentsFromElement: structure', () => {
  it('reads th/td rows and label-colon cells as pairs, under the table caption', () => {
    document.body.innerHTML = `<div id="t"><table><caption>お届け先</caption>
      <tr><th>お名前</th><td>佐藤 健一</td></tr>
      <tr><td>電話番号：</td><td>022-555-0187</td></tr>
      <tr><th>郵便番号</th><td>980-0811</td><th>都道府県</th><td>宮城県</td></tr></table></div>`;
    expect(read('t')).toEqual(['[お届け先]', 'お名前=佐藤 健一', '電話番号=022-555-0187', '郵便番号=980-0811', '都道府県=宮城県']);
  });

  it('reads a line-item table as rows of pairs under its header', () => {
    document.body.innerHTML = `<div id="t"><table>
      <tr><th>品名</th><th>数量</th><th>単価</th><th>金額</th></tr>
      <tr><td>コピー用紙 A4</td><td>10</td><td>¥480</td><td>¥4,800</td></tr>
      <tr><td>トナー TN-29</td><td>2</td><td>¥7,900</td><td>¥15,800</td></tr>
      <tr><td colspan="3">合計</td><td>¥20,600</td></tr></table></div>`;
    expect(read('t')).toEqual([
      '品名=コピー用紙 A4#0', '数量=10#0', '単価=¥480#0', '金額=¥4,800#0',
      '品名=トナー TN-29#1', '数量=2#1', '単価=¥7,900#1', '金額=¥15,800#1',
      '合計=¥20,600',
    ]);
  });

  it('reads a layout table (tables inside cells, as HTML mail uses) as text', () => {
    document.body.innerHTML = `<div id="t"><table><tr><td><table><tr><td>ご注文番号：1042</td></tr></table></td></tr></table></div>`;
    expect(read('t')).toEqual(['ご注文番号=1042']);
  });

  it('reads dt/dd pairs and headings', () => {
    document.body.innerHTML = `<div id="d"><h2>ご注文者情報</h2><dl><dt>会社名</dt><dd>株式会社みどり商事</dd><div><dt>部署</dt><dd>総務部</dd></div></dl><h4>備考</h4></div>`;
    expect(read('d')).toEqual(['[ご注文者情報]', '会社名=株式会社みどり商事', '部署=総務部', '[備考]']);
  });

  it('reads a filled web form: text inputs, the chosen option, the checked radio, a textarea', () => {
    document.body.innerHTML = `<form id="f">
      <label>氏名 <input value="田中 一郎"></label>
      <label for="pref">都道府県</label><select id="pref"><option value="">選択</option><option value="27" selected>大阪府</option></select>
      <fieldset><legend>連絡方法</legend><label><input type="radio" name="c" value="tel">電話</label><label><input type="radio" name="c" value="mail" checked>メール</label></fieldset>
      <label>ご要望 <textarea>午前中希望</textarea></label>
      <label>空欄 <input value=""></label><input type="hidden" name="token" value="x"></form>`;
    expect(read('f')).toEqual(['氏名=田中 一郎', '都道府県=大阪府', '連絡方法=メール', 'ご要望=午前中希望']);
  });
});

describe('segmentsFromElement: styled text and element grids', () => {
  it('keeps the lines of a body a style sheet sets to white-space: pre-wrap (webmail)', () => {
    document.body.innerHTML = `<style>.msgBody { white-space: pre-wrap; }</style><div id="m"><div class="msgBody">株式会社ミライテック 御中

数　量：300枚
希望納期：2026年5月15日</div></div>`;
    expect(read('m')).toEqual(['株式会社ミライテック 御中', '数　量=300枚', '希望納期=2026年5月15日']);
  });

  it('joins the lines of markup wrapped in the source when no style keeps them', () => {
    document.body.innerHTML = `<div id="m"><p>数量：
      300枚</p></div>`;
    expect(read('m')).toEqual(['数量=300枚']);
  });

  it('reads a key-value grid of elements as pairs, labels marked by their class', () => {
    document.body.innerHTML = `<div id="g"><div class="kv">
      <div class="k">ASN number</div><div>ASN-90412</div>
      <div class="k">Customer PO</div><div>4500012877</div>
      <div class="k">Carrier</div><div>FedEx Freight</div></div></div>`;
    expect(read('g')).toEqual(['ASN number=ASN-90412', 'Customer PO=4500012877', 'Carrier=FedEx Freight']);
  });

  it('reads one row of a label element and its value, and no grid from paragraphs or unmarked blocks', () => {
    document.body.innerHTML = `<div id="r"><div class="row"><span class="label">会社名</span><span class="value">株式会社あおば</span></div>
      <div class="news"><p class="t">お知らせ</p><p>4月20日は休業します。</p><p class="t">営業時間</p><p>9:00〜18:00</p></div>
      <div><div>見出し</div><div>本文</div></div></div>`;
    expect(read('r')).toEqual(['会社名=株式会社あおば', 'お知らせ', '4月20日は休業します。', '営業時間', '9:00〜18:00', '見出し', '本文']);
  });
});
