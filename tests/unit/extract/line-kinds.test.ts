// Protects reading "label：value" lines from business e-mails: which lines are data, what each value is, and that nothing is invented.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeValue } from '@/utils/extract/normalize';
import { classifyLine } from '@/utils/extract/line-kinds';
import { extractFromText } from '@/utils/extract';

/** The pairs of a list of lines, with the index of the line each came from. */
function readLabelLines(lines: readonly string[]): { label: string; value: string; line: number }[] {
  return lines.flatMap((text, line) => {
    const kind = classifyLine(text);
    return kind.kind === 'pair' ? [{ label: kind.label, value: kind.value, line }] : [];
  });
}

const ORDER_MAIL = `山田様

いつもお世話になっております。株式会社みどり商事 受注センターの佐藤です。
下記の通りご注文を承りました。

■ご注文番号：ORD-2024-00815
■会社名：株式会社ひまわり食品
■部署：総務部
■お名前：山田 花子
■フリガナ：やまだ はなこ
■郵便番号：〒530-0001
■ご住所：大阪府大阪市北区梅田1-2-3 梅田ビル5F
■電話番号：０６－６３４５－７８９０
■メールアドレス：h.yamada@himawari-foods.example.jp
■商品名：業務用緑茶ティーバッグ 100袋入
■数量：１，２００
■FAX番号： 
配送日時：4月10日 10:00〜12:00
詳しくは https://midori-shoji.example.jp/orders/815 をご覧ください。

> 前回のご注文：ORD-2024-00712
`;

describe('readLabelLines', () => {
  const pairs = readLabelLines(ORDER_MAIL.split('\n'));

  it('reads every decorated label/value line of an order e-mail, in order, with its line number', () => {
    expect(pairs.map((p) => [p.label, p.value])).toEqual([
      ['ご注文番号', 'ORD-2024-00815'],
      ['会社名', '株式会社ひまわり食品'],
      ['部署', '総務部'],
      ['お名前', '山田 花子'],
      ['フリガナ', 'やまだ はなこ'],
      ['郵便番号', '〒530-0001'],
      ['ご住所', '大阪府大阪市北区梅田1-2-3 梅田ビル5F'],
      ['電話番号', '０６－６３４５－７８９０'],
      ['メールアドレス', 'h.yamada@himawari-foods.example.jp'],
      ['商品名', '業務用緑茶ティーバッグ 100袋入'],
      ['数量', '１，２００'],
      ['配送日時', '4月10日 10:00〜12:00'],
    ]);
    const lines = ORDER_MAIL.split('\n');
    for (const p of pairs) expect(lines[p.line]).toContain(p.value);
  });

  it('skips quoted text, mail headers, prose, URLs and labels with nothing after them', () => {
    const labels = pairs.map((p) => p.label);
    expect(labels).not.toContain('前回のご注文');
    expect(labels).not.toContain('FAX番号');
    expect(labels.some((l) => l.includes('https'))).toBe(false);
    expect(readLabelLines(['件名：ご注文ありがとうございます', 'From: sato@midori-shoji.example.jp', 'Re: お見積りの件', '＞ お名前：鈴木 一郎', '送信日時: 2024/04/08 9:12'])).toEqual([]);
  });

  it('does not mistake a time for a label, but keeps numbered labels', () => {
    expect(readLabelLines(['10:30 打合せ開始', '2024/04/08 9:15 受付'])).toEqual([]);
    expect(readLabelLines(['住所2：1-2-3 梅田ビル5F', '電話番号2：090-1234-5678']).map((p) => [p.label, p.value])).toEqual([
      ['住所2', '1-2-3 梅田ビル5F'],
      ['電話番号2', '090-1234-5678'],
    ]);
  });

  it('reads English "Label: value" lines and keeps colons inside the value', () => {
    const text = ['Name: Emily Carter', 'Company: Northwind Trading Ltd.', 'Website: https://northwind.example.com', 'Office hours: 9:00-17:30 JST'];
    expect(readLabelLines(text).map((p) => [p.label, p.value])).toEqual([
      ['Name', 'Emily Carter'],
      ['Company', 'Northwind Trading Ltd.'],
      ['Website', 'https://northwind.example.com'],
      ['Office hours', '9:00-17:30 JST'],
    ]);
  });

  it('does not read sentences as labels', () => {
    expect(readLabelLines(['お手数ですが、下記をご確認ください：', 'ご不明な点は、担当：佐藤までお問い合わせください。'])).toEqual([]);
  });
});

describe('several pairs on one line', () => {
  /** Every pair of a line: the first and the further ones, as [label, value]. */
  const pairsOf = (line: string) => {
    const kind = classifyLine(line);
    return kind.kind === 'pair' ? [[kind.label, kind.value], ...(kind.more ?? []).map((p) => [p.label, p.value])] : [];
  };

  it('splits TEL and FAX however they are written, so the phone never carries the fax number', () => {
    expect(pairsOf('TEL：054-555-0620　FAX：054-555-0621')).toEqual([['TEL', '054-555-0620'], ['FAX', '054-555-0621']]);
    expect(pairsOf('TEL 082-555-0456 ／ FAX 092-555-0181')).toEqual([['TEL', '082-555-0456'], ['FAX', '092-555-0181']]);
    expect(pairsOf('TEL 043-555-0842　FAX 043-555-0843')).toEqual([['TEL', '043-555-0842'], ['FAX', '043-555-0843']]);
    expect(pairsOf('TEL 03-5555-1170（直通） / 携帯 080-5555-2294')).toEqual([['TEL', '03-5555-1170（直通）'], ['携帯', '080-5555-2294']]);
  });

  it('gives an e-mail after "|" a field of its own, without a label', () => {
    expect(pairsOf('Phone: (503) 555-0132 | jalvarez@brightline.example.com')).toEqual([['Phone', '(503) 555-0132'], [undefined, 'jalvarez@brightline.example.com']]);
  });

  it('splits colon pairs of any vocabulary after a wide gap, but not a value with spaces in it', () => {
    expect(pairsOf('数量：6　単価：500')).toEqual([['数量', '6'], ['単価', '500']]);
    expect(pairsOf('住所：東京都世田谷区三軒茶屋2-18-7　サンライズビル1F')).toEqual([['住所', '東京都世田谷区三軒茶屋2-18-7　サンライズビル1F']]);
    expect(pairsOf('Office hours: 9:00-17:30 JST')).toEqual([['Office hours', '9:00-17:30 JST']]);
    expect(pairsOf('ご担当：営業部 担当 佐藤')).toEqual([['ご担当', '営業部 担当 佐藤']]);
    expect(pairsOf('配送日時：4月10日 10:00〜12:00')).toEqual([['配送日時', '4月10日 10:00〜12:00']]);
  });

  it('keeps every value a piece of its line', () => {
    for (const line of ['TEL：054-555-0620　FAX：054-555-0621', 'Direct: (503) 555-0132 | j@example.com', 'TEL 082-555-0456 ／ FAX 092-555-0181']) {
      for (const [label, value] of pairsOf(line)) {
        expect(line).toContain(value);
        if (label) expect(line).toContain(label);
      }
    }
  });
});

describe('other line styles', () => {
  it('reads a label and a value apart by a wide gap', () => {
    expect(readLabelLines(['社員番号　　　20170342', '締め日          20日締め', '旧住所　　　　〒176-0012 東京都練馬区豊玉北5-14-3']).map((p) => [p.label, p.value])).toEqual([
      ['社員番号', '20170342'],
      ['締め日', '20日締め'],
      ['旧住所', '〒176-0012 東京都練馬区豊玉北5-14-3'],
    ]);
  });

  it('reads no pair from a text table row, its header, a date column or an addressee', () => {
    expect(readLabelLines(['Description                              Amount', '日付     内容                                   金額', '2/24     新幹線 東京→新大阪（往復）             29,440円', '株式会社ミライテック　　営業部 御中'])).toEqual([]);
  });

  it('reads a decorated 件名 as the body’s own field, a plain one as the mail header repeated', () => {
    expect(readLabelLines(['■件名：事務所用LED照明器具の交換', '【件名】会社案内パンフレット印刷']).map((p) => p.label)).toEqual(['件名', '件名']);
    expect(readLabelLines(['件名：Re: お見積りの件'])).toEqual([]);
  });

  it('opens a block at a colon-ended line naming a party', () => {
    expect(classifyLine('Please remit payment to:')).toEqual({ kind: 'heading', text: 'Please remit payment to', major: false });
    expect(classifyLine('Bill To:')).toMatchObject({ kind: 'heading', text: 'Bill To' });
    expect(classifyLine('Dear Supplier,')).toMatchObject({ kind: 'text' });
  });

  it('reads a US suite line and a bulleted item line as text', () => {
    expect(classifyLine('Building C')).toEqual({ kind: 'text', text: 'Building C' });
    expect(classifyLine('Suite 410')).toMatchObject({ kind: 'text' });
    expect(classifyLine('・深煎りブレンド（1kg袋）　　数量：6')).toMatchObject({ kind: 'text' });
    expect(classifyLine('・数量：3台')).toMatchObject({ kind: 'pair', label: '数量' });
  });
});

describe('extractFromText fields', () => {
  const fields = extractFromText(ORDER_MAIL);
  const byLabel = (label: string) => fields.find((f) => f.label === label)!;

  it('gives each field its concept and a canonical value', () => {
    expect(byLabel('お名前')).toMatchObject({ concept: 'name', value: '山田 花子', normalized: '山田 花子' });
    expect(byLabel('郵便番号')).toMatchObject({ concept: 'postal-code', normalized: '530-0001' });
    expect(byLabel('電話番号')).toMatchObject({ concept: 'tel', value: '０６－６３４５－７８９０', normalized: '06-6345-7890' });
    expect(byLabel('数量')).toMatchObject({ concept: 'x-quantity', normalized: '1200' });
    expect(byLabel('ご注文番号')).toMatchObject({ concept: 'x-order-number', normalized: 'ORD-2024-00815' });
    expect(byLabel('配送日時').concept).toBeUndefined();
  });

  it('is surer when the value looks like what the label says, and unsure when it does not', () => {
    expect(byLabel('電話番号').confidence).toBe(1);
    expect(byLabel('お名前').confidence).toBe(0.9);
    const [mismatch] = extractFromText('電話番号：後日ご連絡します');
    expect(mismatch).toMatchObject({ concept: 'tel', confidence: 0.3 });
    const [contained] = extractFromText('ご連絡先メールアドレス：k.suzuki@example.co.jp');
    expect(contained?.confidence).toBe(0.94);
  });

  it('infers the concept from the value when the label is unknown', () => {
    const [field] = extractFromText('連絡用：k.suzuki@example.co.jp');
    expect(field).toMatchObject({ concept: 'email', confidence: 0.6 });
    const [other] = extractFromText('備考：午前中着希望');
    expect(other).toMatchObject({ concept: undefined, confidence: 0.4 });
  });

  it('records where each value came from', () => {
    const f = extractFromText('ご担当者様\n\n\n\n\n\n\nお名前：鈴木 一郎');
    expect(f[0]).toMatchObject({ id: 'f0', provenance: { kind: 'text', line: 7 } });
  });
});

describe('normalizeValue', () => {
  it('collapses spaces in free text and leaves unparseable typed values as written', () => {
    expect(normalizeValue('  株式会社　ひまわり   食品 ', undefined)).toBe('株式会社 ひまわり 食品');
    expect(normalizeValue('別途ご連絡', 'tel')).toBe('別途ご連絡');
    expect(normalizeValue(' ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ', 'email')).toBe('yamada@example.jp');
  });
});

describe('properties', () => {
  // Text made of the pieces e-mails are made of, so colons, labels and values actually meet.
  const piece = fc.constantFrom('お名前', '電話番号', 'TEL', '：', ':', ' ', '　', '\n', '\r\n', '■', '【', '】', '03-1234-5678', '山田', 'https://', '10', '30', '>', '、', '。', '〒', 'a@b.jp', '※必須');
  const mailish = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
  const anyText = fc.oneof(mailish, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  it('readLabelLines never throws, and each value and label is a piece of its own line', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (lines) => {
        for (const p of readLabelLines(lines)) {
          expect(p.value).not.toBe('');
          expect(lines[p.line]).toContain(p.value);
          expect(lines[p.line]).toContain(p.label);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('extractFromText never throws, and every extracted value occurs in the text (a wrapped value line by line)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of extractFromText(text)) {
          for (const part of f.value.split('\n')) expect(text).toContain(part);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
