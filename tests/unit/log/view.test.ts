// Protects the dashboard's main view: totals, forms and fields by method, flows, weeks with the empty ones shown, the period cut, and the correction rate, all from day rows.
import { describe, expect, it } from 'vitest';
import { recordJob } from '@/utils/log/record';
import { correctionRate, dashboardView, manualCount, totalCount } from '@/utils/log/view';
import { EXPENSE, ORDER, ORDER_MAIL, RECEIPT, field, freshDb, job } from './log-fixture';

async function log() {
  const database = freshDb();
  // Week of Mon 6 April: an assisted order job and a manual one.
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 6, 10), [
    field('#order_no', '受注番号', 0, 'autofilled', 'PO-2026-0412', 'x-order-number', false),
    field('#company', '取引先名', 1, 'edited', '株式会社あおば建設', 'organization', true),
    field('#qty', '数量', 5, 'skipped', ''),
  ]));
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 8, 15), [field('#company', '取引先名', 1, 'typed', '有限会社みどり', 'organization'), field('#order_no', '受注番号', 0, 'pasted', 'PO-2026-0413', 'x-order-number')], 'manual'));
  // Nothing the week of 13 April; the week of 20 April an expense.
  await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, 21, 9), [field('#amount', '金額', 0, 'typed', '15840', 'x-amount')], 'manual'));
  return database;
}

describe('dashboardView', () => {
  it('totals the period by method, with characters and corrections', async () => {
    const view = await dashboardView(await log(), {});
    expect(view.jobs).toBe(3);
    expect(view.n).toEqual({ autofilled: 1, edited: 1, typed: 2, pasted: 1, skipped: 1 });
    expect(view.chars).toEqual({ autofilled: 12, edited: 9, typed: 12, pasted: 12, skipped: 0 });
    expect(manualCount(view)).toBe(4);
    expect(totalCount(view)).toBe(6);
    expect(correctionRate(view)).toBe(0.5);
    expect(view.clerks).toBe(1);
  });

  it('lists forms with the most manual re-entry first and their fields in form order', async () => {
    const view = await dashboardView(await log(), {});
    expect(view.forms.map((f) => [f.formTitle, f.jobs, manualCount(f)])).toEqual([
      ['受注入力 | 販売管理', 2, 3],
      ['経費精算', 1, 1],
    ]);
    expect(view.forms[0]!.fields.map((f) => [f.fieldLabel, f.n.autofilled, f.n.edited, f.n.typed, f.n.pasted, f.n.skipped])).toEqual([
      ['受注番号', 1, 0, 0, 1, 0],
      ['取引先名', 0, 1, 1, 0, 0],
      ['数量', 0, 0, 0, 0, 1],
    ]);
  });

  it('gives each flow (source template → form) its jobs, methods and fields', async () => {
    const view = await dashboardView(await log(), {});
    expect(view.flows.map((f) => [f.sourceName, f.formTitle, f.jobs, manualCount(f), f.clerks, f.fields.length])).toEqual([
      [ORDER_MAIL.sourceName, '受注入力 | 販売管理', 2, 3, 1, 3],
      [RECEIPT.sourceName, '経費精算', 1, 1, 1, 1],
    ]);
  });

  it('shows every week of the period, the empty ones as zero', async () => {
    const view = await dashboardView(await log(), { from: '2026-04-01', to: '2026-04-26' });
    expect(view.weeks.map((w) => [w.week, totalCount(w)])).toEqual([
      ['2026-03-30', 0],
      ['2026-04-06', 5],
      ['2026-04-13', 0],
      ['2026-04-20', 1],
    ]);
  });

  it('counts only the days of the period', async () => {
    const database = await log();
    const week = await dashboardView(database, { from: '2026-04-07', to: '2026-04-12' });
    expect(week.jobs).toBe(1);
    expect(week.n).toEqual({ autofilled: 0, edited: 0, typed: 1, pasted: 1, skipped: 0 });
    expect(week.forms.map((f) => f.formTitle)).toEqual(['受注入力 | 販売管理']);
    const empty = await dashboardView(database, { from: '2027-01-01' });
    expect([empty.jobs, totalCount(empty), empty.forms.length, empty.flows.length]).toEqual([0, 0, 0, 0]);
  });

  it('has no correction rate before any proposal went in', () => {
    expect(correctionRate({ n: { autofilled: 0, edited: 0, typed: 3, pasted: 0, skipped: 2 }, corrected: 0 })).toBeUndefined();
  });
});
