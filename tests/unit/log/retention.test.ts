// Protects retention: a purge removes exactly the days before the cut from entries, jobs and day rows alike, and "forget everything" leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { recordJob } from '@/utils/log/record';
import { applyRetention, forgetEverything, purgeBefore } from '@/utils/log/retention';
import { dashboardView, totalCount } from '@/utils/log/view';
import { clerkId, clerkNames, setClerkName } from '@/utils/log/transfer';
import { EXPENSE, ORDER, ORDER_MAIL, RECEIPT, field, freshDb, job } from './log-fixture';

async function log() {
  const database = freshDb('tenki-retention');
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 0, 10, 9), [field('#a', '受注番号', 0, 'typed', 'PO-1')]));
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 2, 31, 23, 59), [field('#a', '受注番号', 0, 'typed', 'PO-2')]));
  await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, 1, 0, 5), [field('#b', '金額', 0, 'pasted', '15840')]));
  return database;
}

describe('purgeBefore', () => {
  it('deletes entries, jobs and day rows before the local day, and keeps that day', async () => {
    const database = await log();
    expect(await purgeBefore(database, '2026-04-01')).toEqual({ jobs: 2, entries: 2 });
    expect((await database.entries.toArray()).map((e) => e.fieldLabel)).toEqual(['金額']);
    expect(await database.jobs.count()).toBe(1);
    expect((await database.days.toArray()).map((d) => d.day)).toEqual(['2026-04-01']);
    const view = await dashboardView(database, {});
    expect([view.jobs, totalCount(view)]).toEqual([1, 1]);
  });
});

describe('purgeBefore, for a job that spans the cut', () => {
  it('removes the job with all its entries, and the later entry from its day row', async () => {
    const database = freshDb('tenki-retention');
    const id = await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 2, 31, 23, 50), [field('#a', '受注番号', 0, 'typed', 'PO-1')]));
    await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, 1, 0, 10), [field('#b', '取引先名', 1, 'pasted', 'あおば')]), id);
    expect(await purgeBefore(database, '2026-04-01')).toEqual({ jobs: 1, entries: 2 });
    expect([await database.jobs.count(), await database.entries.count(), await database.days.count()]).toEqual([0, 0, 0]);
    const view = await dashboardView(database, {});
    expect([view.jobs, totalCount(view)]).toEqual([0, 0]);
  });
});

describe('applyRetention', () => {
  it('keeps the last N days, today included; 0 keeps everything', async () => {
    const database = await log();
    expect(await applyRetention(database, 0, '2026-04-01')).toEqual({ jobs: 0, entries: 0 });
    expect(await database.entries.count()).toBe(3);
    expect(await applyRetention(database, 2, '2026-04-01')).toEqual({ jobs: 1, entries: 1 });
    expect((await database.days.orderBy('day').toArray()).map((d) => d.day)).toEqual(['2026-03-31', '2026-04-01']);
  });
});

describe('forgetEverything', () => {
  it('empties every table, the learned rules and the clerk\'s name included, and keeps the clerk id', async () => {
    const database = await log();
    await setClerkName(database, '佐藤');
    const id = await clerkId(database);
    await database.rules.add({ sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#a', targetLabel: '受注番号', action: { kind: 'leave' }, createdAt: 1 });
    await forgetEverything(database);
    for (const table of database.tables.filter((t) => t.name !== 'meta')) expect(await table.count(), table.name).toBe(0);
    expect(await database.meta.toArray()).toEqual([{ key: 'clerk', value: id }]);
    expect(await clerkNames(database)).toEqual({});
  });
});
