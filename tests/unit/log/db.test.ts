// Protects the evidence database: a fresh database has exactly the declared tables and indexes, rows written come back unchanged, and each version upgrades an older populated database losing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TenkiDB, db, type DayRow, type Entry, type Job } from '@/utils/log/db';
import { dayOf } from '@/utils/log/calendar';
import type { Rule } from '@/utils/mapping/rules';

const opened: TenkiDB[] = [];
let counter = 0;
function fresh(): TenkiDB {
  const database = new TenkiDB(`tenki-db-test-${++counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

/** The object stores and indexes as IndexedDB itself holds them, not as Dexie believes. */
async function rawSchema(name: string): Promise<Record<string, { keyPath: unknown; autoIncrement: boolean; indexes: Record<string, unknown> }>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const out: Record<string, { keyPath: unknown; autoIncrement: boolean; indexes: Record<string, unknown> }> = {};
    const names = Array.from(idb.objectStoreNames);
    if (names.length === 0) return out;
    const tx = idb.transaction(names, 'readonly');
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      const indexes: Record<string, unknown> = {};
      for (const indexName of Array.from(store.indexNames)) indexes[indexName] = store.index(indexName).keyPath;
      out[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
    }
    return out;
  } finally {
    idb.close();
  }
}

describe('TenkiDB', () => {
  it('creates jobs, entries, rules, days and meta with exactly the declared keys and indexes', async () => {
    const database = fresh();
    await database.open();
    expect(database.verno).toBe(3);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['days', 'entries', 'jobs', 'meta', 'rules']);

    database.close();
    expect(await rawSchema(database.name)).toEqual({
      jobs: { keyPath: 'id', autoIncrement: true, indexes: { startedAt: 'startedAt', '[origin+ref]': ['origin', 'ref'] } },
      entries: {
        keyPath: 'id',
        autoIncrement: true,
        indexes: { jobId: 'jobId', formSignature: 'formSignature', at: 'at', '[origin+ref]': ['origin', 'ref'] },
      },
      rules: {
        keyPath: 'id',
        autoIncrement: true,
        indexes: { formSignature: 'formSignature', '[sourceSignature+formSignature+targetKey]': ['sourceSignature', 'formSignature', 'targetKey'] },
      },
      days: { keyPath: ['day', 'formSignature'], autoIncrement: false, indexes: { day: 'day' } },
      meta: { keyPath: 'key', autoIncrement: false, indexes: {} },
    });
  });

  it('indexes no personal value: only ids, times, signatures and the imported rows\' origin', async () => {
    const database = fresh();
    await database.open();
    const indexed = database.tables.flatMap((t) => t.schema.indexes.flatMap((i) => (Array.isArray(i.keyPath) ? i.keyPath : [i.keyPath])));
    expect(new Set(indexed)).toEqual(new Set(['startedAt', 'origin', 'ref', 'jobId', 'formSignature', 'at', 'sourceSignature', 'targetKey', 'day']));
  });

  it('writes a job and its entries and reads them back by the indexes the dashboard uses', async () => {
    const database = fresh();
    const job: Omit<Job, 'id'> = {
      kind: 'assisted',
      formSignature: '9f3a2c10',
      formTitle: '受注入力 | 販売管理システム',
      formUrl: 'https://erp.example.co.jp/sales/order/new',
      sourceSignature: '4b1e77d0',
      sourceName: 'mail.example.co.jp: 注文番号・会社名・品名',
      startedAt: Date.UTC(2024, 3, 8, 0, 12),
      endedAt: Date.UTC(2024, 3, 8, 0, 14),
      reviewMs: 65_000,
      fieldCount: 2,
    };
    const jobId = (await database.jobs.add(job as Job)) as number;
    expect(jobId).toBe(1);
    const entries: Omit<Entry, 'id'>[] = [
      { jobId, at: job.endedAt, formSignature: job.formSignature, sourceSignature: '4b1e77d0', fieldKey: 'input[name="order_no"]', fieldLabel: '受注番号', position: 0, concept: 'x-order-number', method: 'autofilled', chars: 14, tier: 'high', corrected: false },
      { jobId, at: job.endedAt, formSignature: job.formSignature, sourceSignature: '4b1e77d0', fieldKey: 'input[name="qty"]', fieldLabel: '数量', position: 10, concept: 'x-quantity', method: 'edited', chars: 4, tier: 'medium', corrected: true },
    ];
    await database.entries.bulkAdd(entries as Entry[]);

    expect(await database.jobs.get(jobId)).toEqual({ ...job, id: jobId });
    expect(await database.jobs.where('startedAt').above(Date.UTC(2024, 3, 1)).count()).toBe(1);
    const stored = await database.entries.where('jobId').equals(jobId).sortBy('position');
    expect(stored.map(({ id: _id, ...rest }) => rest)).toEqual(entries);
    expect(await database.entries.where('formSignature').equals('9f3a2c10').count()).toBe(2);
    expect(await database.entries.where('at').between(Date.UTC(2024, 3, 8), Date.UTC(2024, 3, 9)).count()).toBe(2);
  });

  it('refuses a second imported row with the same origin and ref, and indexes no local row there', async () => {
    const database = fresh();
    const job = { kind: 'manual', formSignature: 'a', formTitle: '経費精算', formUrl: '', sourceSignature: '', sourceName: '', startedAt: 1, endedAt: 2, reviewMs: 0, fieldCount: 0 } as const;
    await database.jobs.add({ ...job } as Job);
    await database.jobs.add({ ...job } as Job);
    await database.jobs.add({ ...job, origin: 'c-0123456789abcdef', ref: 7 } as Job);
    await expect(database.jobs.add({ ...job, origin: 'c-0123456789abcdef', ref: 7 } as Job)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await database.jobs.where('[origin+ref]').between(['', -Infinity], ['\uffff', Infinity]).count()).toBe(1);
  });

  it('keeps rows across closing and reopening, as after a browser restart', async () => {
    const database = fresh();
    await database.jobs.add({ kind: 'assisted', formSignature: 'a', formTitle: '経費精算', formUrl: 'https://erp.example.co.jp/expense', sourceSignature: 'b', sourceName: '', startedAt: 1, endedAt: 2, reviewMs: 0, fieldCount: 0 } as Job);
    database.close();
    const again = new TenkiDB(database.name);
    opened.push(again);
    expect(await again.jobs.count()).toBe(1);
  });

  it('opens one shared database named "tenki" per extension context', () => {
    expect(db()).toBe(db());
    expect(db().name).toBe('tenki');
    expect(db()).toBeInstanceOf(Dexie);
  });
});

// Each older version exactly as it shipped, written by the code of that time.
const V1 = { jobs: '++id, startedAt', entries: '++id, jobId, formSignature' };
const V2 = { rules: '++id, formSignature, &[sourceSignature+formSignature+targetKey]' };
const OLD_JOB = { formSignature: '9f3a2c10', formTitle: '受注入力', formUrl: 'https://erp.example.co.jp/sales/order/new', sourceSignature: '4b1e77d0', startedAt: Date.UTC(2024, 3, 8, 1), endedAt: Date.UTC(2024, 3, 8, 1, 2), fieldCount: 3 };
const OLD_ENTRY = { at: OLD_JOB.endedAt, formSignature: '9f3a2c10' };
const OLD_ENTRIES = [
  { ...OLD_ENTRY, fieldKey: '#customer_name', fieldLabel: 'お名前', position: 0, concept: 'name', method: 'editedBeforeFill', chars: 5, tier: 'high' },
  { ...OLD_ENTRY, fieldKey: '#order_no', fieldLabel: '受注番号', position: 1, concept: 'x-order-number', method: 'autofilled', chars: 12, tier: 'high' },
  { ...OLD_ENTRY, fieldKey: '#note', fieldLabel: '備考', position: 12, method: 'skipped', chars: 0 },
];

async function populate(name: string, versions: 1 | 2): Promise<{ jobId: number; entryIds: number[] }> {
  const old = new Dexie(name);
  old.version(1).stores(V1);
  if (versions === 2) old.version(2).stores(V2);
  const jobId = (await old.table('jobs').add({ ...OLD_JOB })) as number;
  const entryIds = (await old.table('entries').bulkAdd(OLD_ENTRIES.map((e) => ({ ...e, jobId })), { allKeys: true })) as number[];
  if (versions === 2) {
    await old.table('rules').add({ sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#customer_name', targetLabel: 'お名前', action: { kind: 'source', label: '会社名', occurrence: 0 }, createdAt: 30 });
  }
  old.close();
  return { jobId, entryIds };
}

async function openCurrent(name: string): Promise<TenkiDB> {
  const database = new TenkiDB(name);
  opened.push(database);
  await database.open();
  expect(database.verno).toBe(3);
  return database;
}

/** What version 3 makes of the old rows: methods renamed, corrections marked, the job's source on each entry. */
async function expectUpgradedLog(database: TenkiDB, jobId: number, entryIds: number[]): Promise<void> {
  expect(await database.jobs.toArray()).toEqual([{ ...OLD_JOB, id: jobId, kind: 'assisted', sourceName: '', reviewMs: 0 }]);
  const entries = await database.entries.where('jobId').equals(jobId).sortBy('position');
  expect(entries.map((e) => e.id)).toEqual(entryIds);
  expect(entries.map(({ id: _id, ...rest }) => rest)).toEqual([
    { ...OLD_ENTRIES[0], jobId, method: 'edited', corrected: true, sourceSignature: '4b1e77d0' },
    { ...OLD_ENTRIES[1], jobId, corrected: false, sourceSignature: '4b1e77d0' },
    { ...OLD_ENTRIES[2], jobId, sourceSignature: '4b1e77d0' },
  ]);
  // The day rows say the same as the entries: one job, and per field the method it had.
  const days: DayRow[] = await database.days.toArray();
  expect(days).toHaveLength(1);
  const [day] = days;
  expect(day).toMatchObject({ day: dayOf(OLD_JOB.endedAt), formSignature: '9f3a2c10', formTitle: '受注入力', jobs: 1 });
  expect(day!.flows).toEqual({ '4b1e77d0': { sourceName: '', jobs: 1, clerks: { '': 1 } } });
  const cells = Object.values(day!.cells).sort((a, b) => a.position - b.position);
  expect(cells.map((c) => [c.fieldKey, c.n.autofilled, c.n.edited, c.n.skipped, c.chars.edited + c.chars.autofilled, c.corrected])).toEqual([
    ['#customer_name', 0, 1, 0, 5, 1],
    ['#order_no', 1, 0, 0, 12, 0],
    ['#note', 0, 0, 1, 0, 0],
  ]);
}

describe('TenkiDB version 2 (learned rules)', () => {
  it('upgrades a populated version 1 database: every job and entry survives, and rules can be added', async () => {
    const name = `tenki-db-test-v1-${++counter}`;
    const { jobId, entryIds } = await populate(name, 1);
    const database = await openCurrent(name);
    await expectUpgradedLog(database, jobId, entryIds);
    expect(await database.rules.count()).toBe(0);
    const rule: Omit<Rule, 'id'> = { sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#customer_name', targetLabel: 'お名前', action: { kind: 'source', label: '会社名', occurrence: 0 }, createdAt: 30 };
    const ruleId = await database.rules.add(rule);
    expect(await database.rules.where('formSignature').equals('9f3a2c10').toArray()).toEqual([{ ...rule, id: ruleId }]);
  });

  it('refuses a second rule for the same field, template and form', async () => {
    const database = fresh();
    const rule: Omit<Rule, 'id'> = { sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#qty', targetLabel: '数量', action: { kind: 'leave' }, createdAt: 1 };
    // Dexie writes the new id into the object it adds, so each add gets a copy.
    await database.rules.add({ ...rule });
    await expect(database.rules.add({ ...rule, createdAt: 2 })).rejects.toMatchObject({ name: 'ConstraintError' });
    await database.rules.add({ ...rule, sourceSignature: '00000000' });
    expect(await database.rules.count()).toBe(2);
  });
});

describe('TenkiDB version 3 (manual methods, day rows, imports)', () => {
  it('upgrades a populated version 2 database: jobs, entries and rules survive, entries speak the new methods and day rows are built', async () => {
    const name = `tenki-db-test-v2-${++counter}`;
    const { jobId, entryIds } = await populate(name, 2);
    const database = await openCurrent(name);
    await expectUpgradedLog(database, jobId, entryIds);
    expect(await database.rules.toArray()).toEqual([
      { id: 1, sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#customer_name', targetLabel: 'お名前', action: { kind: 'source', label: '会社名', occurrence: 0 }, createdAt: 30 },
    ]);
    expect(await database.meta.count()).toBe(0);
  });
});
