// Protects the team lead's table: per form and per field, how many times each method was used and how many characters went in, across jobs and forms.
import { afterEach, describe, expect, it } from 'vitest';
import { TenkiDB, type Entry } from '@/utils/log/db';
import { recordJob, type JobField, type JobRecord } from '@/utils/log/record';
import { countByFormAndField } from '@/utils/log/stats';

let counter = 0;
const opened: TenkiDB[] = [];
function fresh(): TenkiDB {
  const database = new TenkiDB(`tenki-stats-test-${++counter}`);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

const ORDER = { formSignature: 'order-v1', formTitle: '受注入力 | 販売管理システム', formUrl: 'https://erp.example.co.jp/sales/order/new' };
const EXPENSE = { formSignature: 'expense-v1', formTitle: '経費精算 | 会計システム', formUrl: 'https://erp.example.co.jp/accounting/expense' };

function job(form: typeof ORDER, fields: JobField[], at: number): JobRecord {
  return { ...form, sourceSignature: 'mail-template-1', startedAt: at - 60_000, endedAt: at, fields };
}
const f = (key: string, label: string, position: number, method: JobField['method'], value: string, concept?: JobField['concept']): JobField => ({ key, label, position, method, value, concept });

describe('countByFormAndField', () => {
  it('counts methods per field across several jobs and forms', async () => {
    const database = fresh();
    await recordJob(database, job(ORDER, [
      f('#order_no', '受注番号', 0, 'autofilled', 'ORD-2024-00815', 'x-order-number'),
      f('#company', '取引先名', 1, 'autofilled', '株式会社ひまわり食品', 'organization'),
      f('#qty', '数量', 5, 'editedBeforeFill', '1200', 'x-quantity'),
    ], 1_000));
    await recordJob(database, job(ORDER, [
      f('#order_no', '受注番号', 0, 'autofilled', 'ORD-2024-00816', 'x-order-number'),
      f('#company', '取引先名', 1, 'editedBeforeFill', '株式会社あおば建設', 'organization'),
      f('#qty', '数量', 5, 'skipped', '20', 'x-quantity'),
    ], 2_000));
    await recordJob(database, job(ORDER, [f('#qty', '数量', 5, 'autofilled', '3', 'x-quantity')], 3_000));
    await recordJob(database, job(EXPENSE, [
      f('#payee', '支払先', 0, 'autofilled', '株式会社ひかり商会'),
      f('#amount', '金額', 1, 'editedBeforeFill', '15840', 'x-amount'),
    ], 4_000));

    const forms = await countByFormAndField(database);
    expect(forms.map((x) => [x.formTitle, x.jobs])).toEqual([
      ['受注入力 | 販売管理システム', 3],
      ['経費精算 | 会計システム', 1],
    ]);
    const [order, expense] = forms;
    expect(order!.fields.map((x) => [x.fieldLabel, x.counts, x.total, x.chars])).toEqual([
      ['受注番号', { autofilled: 2, editedBeforeFill: 0, skipped: 0 }, 2, 28],
      ['取引先名', { autofilled: 1, editedBeforeFill: 1, skipped: 0 }, 2, 19],
      ['数量', { autofilled: 1, editedBeforeFill: 1, skipped: 1 }, 3, 5],
    ]);
    expect(expense!.fields.map((x) => [x.fieldKey, x.concept, x.counts, x.total])).toEqual([
      ['#payee', undefined, { autofilled: 1, editedBeforeFill: 0, skipped: 0 }, 1],
      ['#amount', 'x-amount', { autofilled: 0, editedBeforeFill: 1, skipped: 0 }, 1],
    ]);
  });

  it('keeps a field key of one form apart from the same key on another form', async () => {
    const database = fresh();
    await recordJob(database, job(ORDER, [f('#name', '氏名', 0, 'autofilled', '山田 花子', 'name')], 1));
    await recordJob(database, job(EXPENSE, [f('#name', '申請者', 0, 'skipped', '', 'name')], 2));
    const forms = await countByFormAndField(database);
    const rows = forms.flatMap((x) => x.fields.map((r) => [x.formSignature, r.fieldKey, r.fieldLabel, r.total])).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows).toEqual([
      ['expense-v1', '#name', '申請者', 1],
      ['order-v1', '#name', '氏名', 1],
    ]);
  });

  it('lists fields in the order the clerk sees them, whatever order they were logged in', async () => {
    const database = fresh();
    await recordJob(database, job(ORDER, [f('#c', '数量', 5, 'autofilled', '3'), f('#a', '受注番号', 0, 'autofilled', 'A'), f('#b', '取引先名', 1, 'autofilled', 'B')], 1));
    const [order] = await countByFormAndField(database);
    expect(order!.fields.map((x) => x.fieldLabel)).toEqual(['受注番号', '取引先名', '数量']);
  });

  it('counts a job whose every field was sensitive as a job with no field rows', async () => {
    const database = fresh();
    await recordJob(database, job(EXPENSE, [f('#card', 'カード番号', 0, 'autofilled', '4111111111111111', 'cc-number')], 1));
    const [expense] = await countByFormAndField(database);
    expect(expense).toMatchObject({ formSignature: 'expense-v1', jobs: 1, fields: [] });
  });

  it('uses the latest non-empty title of a form', async () => {
    const database = fresh();
    await recordJob(database, job({ ...ORDER, formTitle: '受注入力' }, [f('#a', '受注番号', 0, 'autofilled', 'A')], 1));
    await recordJob(database, job({ ...ORDER, formTitle: '' }, [f('#a', '受注番号', 0, 'autofilled', 'B')], 2));
    const [order] = await countByFormAndField(database);
    expect(order!.formTitle).toBe('受注入力');
    expect(order!.fields[0]!.formTitle).toBe('受注入力');
  });

  it('ignores entries whose job is gone', async () => {
    const database = fresh();
    await database.entries.add({ jobId: 99, at: 1, formSignature: 'deleted-form', fieldKey: '#x', fieldLabel: 'x', position: 0, method: 'autofilled', chars: 1 } as Entry);
    expect(await countByFormAndField(database)).toEqual([]);
  });

  it('is empty for an empty log', async () => {
    expect(await countByFormAndField(fresh())).toEqual([]);
  });
});
