// Protects the day rows the dashboard sums instead of scanning entries: whatever the clerk does (fill, fill again, edit after a fill, undo), they say exactly what the entries say.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DayRow } from '@/utils/log/db';
import { buildDays } from '@/utils/log/days';
import { markEditedAfterFill, markUndone, recordJob } from '@/utils/log/record';
import { EXPENSE, ORDER, ORDER_MAIL, RECEIPT, field, freshDb, job } from './log-fixture';

/** Day rows without cells, flows and clerks that count nothing, in a stable order: what two ways of counting must agree on. */
function normalized(rows: readonly DayRow[]) {
  return rows
    .map((row) => ({
      day: row.day,
      formSignature: row.formSignature,
      jobs: row.jobs,
      cells: Object.fromEntries(Object.entries(row.cells).filter(([, c]) => Object.values(c.n).some((n) => n !== 0)).map(([k, c]) => [k, { n: c.n, chars: c.chars, corrected: c.corrected }])),
      flows: Object.fromEntries(Object.entries(row.flows).filter(([, f]) => f.jobs !== 0).map(([k, f]) => [k, { jobs: f.jobs, clerks: f.clerks }])),
    }))
    .filter((row) => row.jobs !== 0 || Object.keys(row.cells).length > 0)
    .sort((a, b) => `${a.day}${a.formSignature}`.localeCompare(`${b.day}${b.formSignature}`));
}

describe('day rows', () => {
  it('count a job once, on the day it started, with per field the method, characters and corrections', async () => {
    const database = freshDb();
    const id = await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 1, 23, 50), [
      field('#order_no', '受注番号', 0, 'autofilled', 'PO-2026-0412', 'x-order-number', false),
      field('#qty', '数量', 3, 'edited', '25', 'x-quantity', true),
    ]));
    // The same job, filled further after midnight: its new field counts on the new day, the job does not count again.
    await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 2, 0, 10), [field('#note', '備考', 4, 'typed', '午前着')]), id);
    const rows = await database.days.orderBy('day').toArray();
    expect(rows.map((r) => [r.day, r.jobs, r.flows[ORDER_MAIL.sourceSignature]?.jobs ?? 0])).toEqual([
      ['2026-04-01', 1, 1],
      ['2026-04-02', 0, 0],
    ]);
    const cells = Object.values(rows[0]!.cells).sort((a, b) => a.position - b.position);
    expect(cells.map((c) => [c.fieldLabel, c.n.autofilled, c.n.edited, c.chars.autofilled + c.chars.edited, c.corrected])).toEqual([
      ['受注番号', 1, 0, 12, 0],
      ['数量', 0, 1, 2, 1],
    ]);
    expect(Object.values(rows[1]!.cells).map((c) => [c.fieldLabel, c.n.typed, c.chars.typed])).toEqual([['備考', 1, 3]]);
  });

  it('move a count when an autofilled value is edited in the page, and when a fill is undone', async () => {
    const database = freshDb();
    const at = new Date(2026, 3, 1, 10);
    const id = await recordJob(database, job(ORDER, ORDER_MAIL, at, [field('#a', '受注番号', 0, 'autofilled', 'PO-1', 'x-order-number', false), field('#b', '取引先名', 1, 'autofilled', '株式会社あおば', 'organization', false)]));
    expect(await markEditedAfterFill(database, { formSignature: ORDER.formSignature, fieldKey: '#a', chars: 6, since: at.getTime() - 1 })).toBe(true);
    // Only an autofilled entry becomes "autofilled then edited"; a second edit changes nothing more.
    expect(await markEditedAfterFill(database, { formSignature: ORDER.formSignature, fieldKey: '#a', chars: 7, since: at.getTime() - 1 })).toBe(false);
    expect(await markUndone(database, id, ['#b'])).toBe(1);
    const [row] = await database.days.toArray();
    const byLabel = Object.fromEntries(Object.values(row!.cells).map((c) => [c.fieldLabel, [c.n, c.corrected]]));
    expect(byLabel['受注番号']).toEqual([{ autofilled: 0, edited: 1, typed: 0, pasted: 0, skipped: 0 }, 1]);
    expect(byLabel['取引先名']).toEqual([{ autofilled: 0, edited: 0, typed: 0, pasted: 0, skipped: 1 }, 0]);
    expect((await database.entries.toArray()).map((e) => [e.fieldKey, e.method, e.chars, e.corrected])).toEqual([
      ['#a', 'edited', 6, true],
      ['#b', 'skipped', 0, undefined],
    ]);
    // Undoing a corrected fill takes its correction back too: nothing went in, so nothing was corrected.
    await markUndone(database, id, ['#a']);
    const [after] = await database.days.toArray();
    expect(Object.values(after!.cells).reduce((sum, c) => sum + c.corrected, 0)).toBe(0);
  });

  it('keep one entry per field and job: a field filled again after an undo revises its entry', async () => {
    const database = freshDb();
    const id = await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 1, 10), [field('#a', '受注番号', 0, 'autofilled', 'PO-1', 'x-order-number', false)]));
    await markUndone(database, id, ['#a']);
    await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 1, 10, 5), [field('#a', '受注番号', 0, 'edited', 'PO-12', 'x-order-number', true)]), id);
    expect((await database.entries.toArray()).map((e) => [e.fieldKey, e.method, e.chars])).toEqual([['#a', 'edited', 5]]);
    expect((await database.jobs.get(id))?.fieldCount).toBe(1);
    expect(normalized(await database.days.toArray())).toEqual(normalized(buildDays(await database.jobs.toArray(), await database.entries.toArray())));
  });

  it('keep no empty cell or row behind when a revision moves an entry to the next day', async () => {
    const database = freshDb();
    const id = await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, 1, 23, 50), [field('#amount', '金額', 0, 'autofilled', '15840', 'x-amount', false)]));
    await markUndone(database, id, ['#amount']);
    await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, 2, 0, 10), [field('#amount', '金額', 0, 'autofilled', '15840', 'x-amount', false)]), id);
    const rows = await database.days.orderBy('day').toArray();
    expect(rows.map((r) => [r.day, r.jobs, Object.values(r.cells).map((c) => c.n.autofilled)])).toEqual([
      ['2026-04-01', 1, []],
      ['2026-04-02', 0, [1]],
    ]);
  });

  it('always equal the rows rebuilt from the entries, whatever sequence of fills, edits and undos (property)', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('fill' as const), form: fc.boolean(), source: fc.boolean(), hour: fc.integer({ min: 0, max: 72 }), fields: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }), method: fc.constantFrom('autofilled', 'edited', 'typed', 'pasted', 'skipped' as const), extend: fc.boolean() }),
      fc.record({ kind: fc.constant('edit' as const), field: fc.integer({ min: 0, max: 4 }), form: fc.boolean() }),
      fc.record({ kind: fc.constant('undo' as const), fields: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const database = freshDb('tenki-days-prop');
        let last: number | undefined;
        for (const o of ops) {
          if (o.kind === 'fill') {
            const fields = o.fields.map((i) => field(`#f${i}`, `項目${i}`, i, o.method, o.method === 'skipped' ? '' : 'x'.repeat(i + 1), undefined, o.method === 'edited' ? true : o.method === 'autofilled' ? false : undefined));
            last = await recordJob(database, job(o.form ? ORDER : EXPENSE, o.source ? ORDER_MAIL : RECEIPT, new Date(2026, 3, 1, o.hour), fields), o.extend ? last : undefined);
          } else if (o.kind === 'edit') {
            await markEditedAfterFill(database, { formSignature: (o.form ? ORDER : EXPENSE).formSignature, fieldKey: `#f${o.field}`, chars: 3, since: 0 });
          } else if (last !== undefined) {
            await markUndone(database, last, o.fields.map((i) => `#f${i}`));
          }
        }
        expect(normalized(await database.days.toArray())).toEqual(normalized(buildDays(await database.jobs.toArray(), await database.entries.toArray())));
        await database.delete();
      }),
      { numRuns: 40 },
    );
  });
});
