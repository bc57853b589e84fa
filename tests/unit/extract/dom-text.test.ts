// Protects turning a page into the lines a reader sees: block and <br> breaks, <pre> newlines, hidden and script text left out, each line tied to its element.
import { beforeEach, describe, expect, it } from 'vitest';
import { textLines } from '@/utils/extract/dom-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('textLines', () => {
  it('splits at block elements and <br>, and joins inline elements into one line', () => {
    document.body.innerHTML = `
      <div id="msg">
        <p>鈴木様<br>お問い合わせありがとうございます。</p>
        <p><b>会社名</b>：<span>株式会社あおば建設</span></p>
        <ul><li>品名：安全帯 フルハーネス型</li><li>数量：20</li></ul>
        <table><tr><th>ご担当者</th><td>鈴木 一郎</td></tr></table>
      </div>`;
    expect(textLines(document.getElementById('msg')!).map((l) => l.text)).toEqual([
      '鈴木様',
      'お問い合わせありがとうございます。',
      '会社名：株式会社あおば建設',
      '品名：安全帯 フルハーネス型',
      '数量：20',
      'ご担当者',
      '鈴木 一郎',
    ]);
  });

  it('collapses source newlines and spaces inside a paragraph, as a browser renders them', () => {
    document.body.innerHTML = `<p id="p">ご住所：東京都江東区
        豊洲3-2-20\u00a0\u00a0豊洲フロント</p>`;
    expect(textLines(document.getElementById('p')!).map((l) => l.text)).toEqual(['ご住所：東京都江東区 豊洲3-2-20 豊洲フロント']);
  });

  it('keeps line breaks inside <pre> and white-space: pre (plain-text mail bodies)', () => {
    document.body.innerHTML = `<pre id="a">お名前：高橋 美咲
電話番号：080-2345-6789</pre><div id="b" style="white-space: pre-wrap">注文番号：A-7781
数量：3</div>`;
    expect(textLines(document.getElementById('a')!).map((l) => l.text)).toEqual(['お名前：高橋 美咲', '電話番号：080-2345-6789']);
    expect(textLines(document.getElementById('b')!).map((l) => l.text)).toEqual(['注文番号：A-7781', '数量：3']);
  });

  it('leaves out scripts, styles, hidden elements and form controls', () => {
    document.body.innerHTML = `<div id="m">
      <script>var token = "お名前：偽物";</script><style>.x{}</style>
      <p hidden>金額：999,999</p><p aria-hidden="true">電話番号：00-0000-0000</p>
      <select><option>東京都</option></select><textarea>備考：下書き</textarea><button>返信</button>
      <p>金額：12,800円</p></div>`;
    expect(textLines(document.getElementById('m')!).map((l) => l.text)).toEqual(['金額：12,800円']);
  });

  it('points each line at the element its text starts in', () => {
    document.body.innerHTML = `<div id="m"><p id="one">部署：経理部</p><p><span id="two">担当</span>：伊藤</p></div>`;
    const lines = textLines(document.getElementById('m')!);
    expect(lines[0]!.element).toBe(document.getElementById('one'));
    expect(lines[1]!.element).toBe(document.getElementById('two'));
  });

  it('returns nothing for an empty element', () => {
    document.body.innerHTML = '<div id="e">  \n </div>';
    expect(textLines(document.getElementById('e')!)).toEqual([]);
  });
});
