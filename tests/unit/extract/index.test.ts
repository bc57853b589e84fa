// Protects page extraction: only the open message is read (not the inbox around it), and each field points back to the element that showed it.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '@/utils/extract';
import { contentRoot } from '@/utils/extract/content-root';

const WEBMAIL = `
  <header><input type="search" placeholder="メールを検索"></header>
  <nav><ul><li>受信トレイ 12</li><li>送信済み</li></ul></nav>
  <section class="inbox"><ul>
    <li>差出人：フォーム通知 件名：【資料請求】株式会社あおば建設様</li>
    <li>お名前：別の問い合わせ 太郎</li>
  </ul></section>
  <div role="main">
    <div class="toolbar">返信 転送</div>
    <article id="open-message">
      <h1>【お問い合わせ】見積依頼</h1>
      <dl><dt>差出人</dt><dd>form@aoba-kensetsu.example.jp</dd></dl>
      <div class="body">
        <p>以下の内容でお問い合わせを受け付けました。</p>
        <p>会社名：株式会社あおば建設</p>
        <p>お名前：<span id="who">鈴木 一郎</span></p>
        <p>電話番号：045-671-2121</p>
        <p>メールアドレス：i.suzuki@aoba-kensetsu.example.jp</p>
      </div>
    </article>
  </div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('contentRoot', () => {
  it('picks the open message in a webmail layout', () => {
    document.body.innerHTML = WEBMAIL;
    expect(contentRoot(document)?.id).toBe('open-message');
  });

  it('falls back to <main>, and has no answer for a page without such structure', () => {
    document.body.innerHTML = '<nav>メニュー</nav><main id="m"><p>注文番号：B-1001</p></main>';
    expect(contentRoot(document)?.id).toBe('m');
    document.body.innerHTML = '<p>注文番号：B-1001</p>';
    expect(contentRoot(document)).toBeUndefined();
  });

  it('skips an empty <article> placeholder', () => {
    document.body.innerHTML = '<article> </article><main id="m"><p>注文番号：B-1001</p></main>';
    expect(contentRoot(document)?.id).toBe('m');
  });
});

describe('extractFromDocument', () => {
  it('reads the fields of the open message and none from the inbox list', () => {
    document.body.innerHTML = WEBMAIL;
    const fields = extractFromDocument(document);
    expect(fields.map((f) => [f.label, f.value, f.concept])).toEqual([
      ['会社名', '株式会社あおば建設', 'organization'],
      ['お名前', '鈴木 一郎', 'name'],
      ['電話番号', '045-671-2121', 'tel'],
      ['メールアドレス', 'i.suzuki@aoba-kensetsu.example.jp', 'email'],
    ]);
  });

  it('gives each field a selector that finds the element showing it', () => {
    document.body.innerHTML = WEBMAIL;
    for (const f of extractFromDocument(document)) {
      expect(f.provenance.kind).toBe('page');
      const el = document.querySelector(f.provenance.selector!);
      expect(el?.textContent).toContain(f.label);
    }
  });

  it('finds nothing on a page without label/value lines', () => {
    document.body.innerHTML = '<main><h1>お知らせ</h1><p>システムメンテナンスのため、4月20日は停止します。</p></main>';
    expect(extractFromDocument(document)).toEqual([]);
  });
});

describe('extractFromText', () => {
  it('reads pasted text with Windows line ends and records line numbers', () => {
    const fields = extractFromText('お世話になっております。\r\n担当者名：中村 健太\r\n会社名：株式会社ひかり商会\r\n');
    expect(fields.map((f) => [f.label, f.value, f.provenance])).toEqual([
      ['担当者名', '中村 健太', { kind: 'text', line: 1 }],
      ['会社名', '株式会社ひかり商会', { kind: 'text', line: 2 }],
    ]);
  });
});
