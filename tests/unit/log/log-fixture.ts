// Shared by the log's unit tests: throwaway databases and jobs of an order-entry and an expense flow, built through recordJob as the panel does.
import { afterEach } from 'vitest';
import { TenkiDB, type EntryMethod } from '@/utils/log/db';
import type { JobField, JobRecord } from '@/utils/log/record';
import type { ConceptId } from '@/utils/concepts';

const opened: TenkiDB[] = [];
let counter = 0;

/** A new empty database, deleted after the test. */
export function freshDb(prefix = 'tenki-log-test'): TenkiDB {
  const database = new TenkiDB(`${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

export const ORDER = { formSignature: '9f3a2c10', formTitle: '受注入力 | 販売管理', formUrl: 'https://erp.example.co.jp/order/new' };
export const EXPENSE = { formSignature: '51e0aa07', formTitle: '経費精算', formUrl: 'https://erp.example.co.jp/expense/new' };
export const ORDER_MAIL = { sourceSignature: '4b1e77d0', sourceName: 'mail.example.co.jp: 注文番号・会社名・品名' };
export const RECEIPT = { sourceSignature: '0c0ffee1', sourceName: 'pdf: 領収書番号・金額' };

export function field(key: string, label: string, position: number, method: EntryMethod, value: string, concept?: ConceptId, corrected?: boolean): JobField {
  return { key, label, position, method, value, concept, corrected };
}

/** A job at local time `at` (a Date), its form and source, and fields. */
export function job(
  form: typeof ORDER,
  source: typeof ORDER_MAIL,
  at: Date,
  fields: JobField[],
  kind: JobRecord['kind'] = 'assisted',
): JobRecord {
  return { kind, ...form, ...source, startedAt: at.getTime() - 60_000, endedAt: at.getTime(), reviewMs: 60_000, fields };
}
