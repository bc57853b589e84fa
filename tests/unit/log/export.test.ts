// Protects the CSV files a team lead opens in Excel: headers in the dashboard's language exactly, one row per entry or per table row, counts that match the log, and a period that cuts at local midnight.
import { describe, expect, it } from 'vitest';
import ja from '../../../public/_locales/ja/messages.json';
import en from '../../../public/_locales/en/messages.json';
import type { MessageKey } from '@/utils/i18n';
import { atRange } from '@/utils/log/calendar';
import { entriesCsv, fieldsCsv, flowsCsv, weeksCsv } from '@/utils/log/export';
import { recordJob } from '@/utils/log/record';
import { dashboardView } from '@/utils/log/view';
import { EXPENSE, ORDER, ORDER_MAIL, RECEIPT, field, freshDb, job } from './log-fixture';

const jaLabel = (key: MessageKey) => (ja as Record<string, { message: string }>)[key]!.message;
const enLabel = (key: MessageKey) => (en as Record<string, { message: string }>)[key]!.message;
const lines = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1).split('\r\n').slice(0, -1);
};

async function log() {
  const database = freshDb();
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 6, 9, 30), [
    field('#order_no', '受注番号', 0, 'autofilled', 'PO-2026-0412', 'x-order-number', false),
    field('#company', '取引先名', 1, 'typed', '株式会社あおば建設', 'organization'),
    field('#qty', '数量', 5, 'edited', '25', 'x-quantity', true),
  ]));
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 14, 23, 59), [
    field('#order_no', '受注番号', 0, 'pasted', 'PO-2026-0413', 'x-order-number'),
    field('#company', '取引先名', 1, 'skipped', '', 'organization'),
  ]));
  await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, 15, 0, 1), [field('#amount', '=金額', 1, 'autofilled', '15,840', 'x-amount', false)]));
  return database;
}

describe('entriesCsv', () => {
  it('writes one row per entry of the period under Japanese headers, without any value', async () => {
    const database = await log();
    const rows = lines(await entriesCsv(database, { from: '2026-04-06', to: '2026-04-14' }, jaLabel));
    expect(rows[0]).toBe('日時,担当者,フォーム,転記元,項目,項目キー,種類,入力方法,文字数,確度,修正あり');
    expect(rows.slice(1)).toEqual([
      '2026-04-06 09:30,自分,受注入力 | 販売管理,mail.example.co.jp: 注文番号・会社名・品名,受注番号,#order_no,x-order-number,自動入力,12,,いいえ',
      '2026-04-06 09:30,自分,受注入力 | 販売管理,mail.example.co.jp: 注文番号・会社名・品名,取引先名,#company,organization,手入力,9,,',
      '2026-04-06 09:30,自分,受注入力 | 販売管理,mail.example.co.jp: 注文番号・会社名・品名,数量,#qty,x-quantity,提案を修正,2,,はい',
      // 23:59 on the last day is in; 00:01 the day after is not.
      '2026-04-14 23:59,自分,受注入力 | 販売管理,mail.example.co.jp: 注文番号・会社名・品名,受注番号,#order_no,x-order-number,貼り付け,12,,',
      '2026-04-14 23:59,自分,受注入力 | 販売管理,mail.example.co.jp: 注文番号・会社名・品名,取引先名,#company,organization,スキップ,0,,',
    ]);
    const csv = await entriesCsv(database, {}, jaLabel);
    for (const value of ['PO-2026', 'あおば', '15,840']) expect(csv).not.toContain(value);
  });

  it('speaks English on an English dashboard and neutralises a label that looks like a formula', async () => {
    const database = await log();
    const rows = lines(await entriesCsv(database, { from: '2026-04-15' }, enLabel));
    expect(rows).toEqual([
      'Date and time,Clerk,Form,Source,Field,Field key,Kind,Method,Characters,Tier,Corrected',
      `2026-04-15 00:01,me,経費精算,pdf: 領収書番号・金額,"'=金額",#amount,x-amount,Autofilled,6,,no`,
    ]);
  });
});

describe('the aggregated tables', () => {
  it('give per field the methods, characters keyed by hand and the correction rate', async () => {
    const view = await dashboardView(await log(), {});
    const rows = lines(fieldsCsv(view, jaLabel));
    expect(rows[0]).toBe('フォーム,項目,種類,自動入力,提案を修正,手入力,貼り付け,スキップ,合計,手入力文字数,修正率');
    expect(rows.slice(1)).toEqual([
      '受注入力 | 販売管理,受注番号,x-order-number,1,0,0,1,0,2,12,0.000',
      '受注入力 | 販売管理,取引先名,organization,0,0,1,0,1,2,9,',
      '受注入力 | 販売管理,数量,x-quantity,0,1,0,0,0,1,2,1.000',
      `経費精算,"'=金額",x-amount,1,0,0,0,0,1,0,0.000`,
    ]);
  });

  it('give per flow the jobs, methods and clerks, and per week the methods', async () => {
    const view = await dashboardView(await log(), {});
    expect(lines(flowsCsv(view, jaLabel))).toEqual([
      '転記元,フォーム,件数,自動入力,提案を修正,手入力,貼り付け,スキップ,合計,手入力文字数,担当者数',
      'mail.example.co.jp: 注文番号・会社名・品名,受注入力 | 販売管理,2,1,1,1,1,1,5,23,1',
      'pdf: 領収書番号・金額,経費精算,1,1,0,0,0,0,1,0,1',
    ]);
    expect(lines(weeksCsv(view, jaLabel))).toEqual([
      '週（月曜始まり）,自動入力,提案を修正,手入力,貼り付け,スキップ,合計',
      '2026-04-06,1,1,1,0,0,3',
      '2026-04-13,1,0,0,1,1,3',
    ]);
  });
});

describe('atRange', () => {
  it('covers whole local days, the last one up to midnight', () => {
    expect(atRange({ from: '2026-04-06', to: '2026-04-06' })).toEqual([new Date(2026, 3, 6).getTime(), new Date(2026, 3, 7).getTime()]);
    expect(atRange({})).toEqual([-Infinity, Infinity]);
  });
});
