// Protects the evidence database: a fresh database has exactly the declared tables and indexes, rows written come back unchanged, and each version upgrades an older populated database losing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TenkiDB, db, type Entry, type Job } from '@/utils/log/db';
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
  it('creates jobs, entries and rules with exactly the declared keys and indexes', async () => {
    const database = fresh();
    await database.open();
    expect(database.verno).toBe(2);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['entries', 'jobs', 'rules']);

    const jobs = database.jobs.schema;
    expect(jobs.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(jobs.indexes.map((i) => i.name)).toEqual(['startedAt']);
    const entries = database.entries.schema;
    expect(entries.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(entries.indexes.map((i) => i.name).sort()).toEqual(['formSignature', 'jobId']);
    const rules = database.rules.schema;
    expect(rules.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(rules.indexes.map((i) => [i.name, i.unique ?? false])).toEqual([
      ['formSignature', false],
      ['[sourceSignature+formSignature+targetKey]', true],
    ]);

    database.close();
    expect(await rawSchema(database.name)).toEqual({
      jobs: { keyPath: 'id', autoIncrement: true, indexes: { startedAt: 'startedAt' } },
      entries: { keyPath: 'id', autoIncrement: true, indexes: { jobId: 'jobId', formSignature: 'formSignature' } },
      rules: {
        keyPath: 'id',
        autoIncrement: true,
        indexes: { formSignature: 'formSignature', '[sourceSignature+formSignature+targetKey]': ['sourceSignature', 'formSignature', 'targetKey'] },
      },
    });
  });

  it('writes a job and its entries and reads them back by the indexes the dashboard uses', async () => {
    const database = fresh();
    const job: Omit<Job, 'id'> = {
      formSignature: '9f3a2c10',
      formTitle: '受注入力 | 販売管理システム',
      formUrl: 'https://erp.example.co.jp/sales/order/new',
      sourceSignature: '4b1e77d0',
      startedAt: Date.UTC(2024, 3, 8, 0, 12),
      endedAt: Date.UTC(2024, 3, 8, 0, 14),
      fieldCount: 2,
    };
    const jobId = (await database.jobs.add(job as Job)) as number;
    expect(jobId).toBe(1);
    const entries: Omit<Entry, 'id'>[] = [
      { jobId, at: job.endedAt, formSignature: job.formSignature, fieldKey: 'input[name="order_no"]', fieldLabel: '受注番号', position: 0, concept: 'x-order-number', method: 'autofilled', chars: 14, tier: 'high' },
      { jobId, at: job.endedAt, formSignature: job.formSignature, fieldKey: 'input[name="qty"]', fieldLabel: '数量', position: 10, concept: 'x-quantity', method: 'editedBeforeFill', chars: 4, tier: 'medium' },
    ];
    await database.entries.bulkAdd(entries as Entry[]);

    expect(await database.jobs.get(jobId)).toEqual({ ...job, id: jobId });
    expect(await database.jobs.where('startedAt').above(Date.UTC(2024, 3, 1)).count()).toBe(1);
    const stored = await database.entries.where('jobId').equals(jobId).sortBy('position');
    expect(stored.map(({ id: _id, ...rest }) => rest)).toEqual(entries);
    expect(await database.entries.where('formSignature').equals('9f3a2c10').count()).toBe(2);
  });

  it('keeps rows across closing and reopening, as after a browser restart', async () => {
    const database = fresh();
    await database.jobs.add({ formSignature: 'a', formTitle: '経費精算', formUrl: 'https://erp.example.co.jp/expense', sourceSignature: 'b', startedAt: 1, endedAt: 2, fieldCount: 0 } as Job);
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

describe('TenkiDB version 2 (learned rules)', () => {
  it('upgrades a populated version 1 database: every job and entry survives, and rules can be added', async () => {
    const name = `tenki-db-test-v1-${++counter}`;
    // Version 1 exactly as it shipped, written by the code of that time.
    const v1 = new Dexie(name);
    v1.version(1).stores({ jobs: '++id, startedAt', entries: '++id, jobId, formSignature' });
    const job = { formSignature: '9f3a2c10', formTitle: '受注入力', formUrl: 'https://erp.example.co.jp/sales/order/new', sourceSignature: '4b1e77d0', startedAt: 10, endedAt: 20, fieldCount: 2 };
    const jobId = (await v1.table('jobs').add(job)) as number;
    const entries = [
      { jobId, at: 20, formSignature: '9f3a2c10', fieldKey: '#customer_name', fieldLabel: 'お名前', position: 0, concept: 'name', method: 'editedBeforeFill', chars: 5, tier: 'high' },
      { jobId, at: 20, formSignature: '9f3a2c10', fieldKey: '#note', fieldLabel: '備考', position: 12, method: 'skipped', chars: 0 },
    ];
    await v1.table('entries').bulkAdd(entries);
    v1.close();

    const database = new TenkiDB(name);
    opened.push(database);
    await database.open();
    expect(database.verno).toBe(2);
    expect(await database.jobs.toArray()).toEqual([{ ...job, id: jobId }]);
    expect((await database.entries.where('jobId').equals(jobId).sortBy('position')).map(({ id: _id, ...rest }) => rest)).toEqual(entries);
    expect(await database.entries.where('formSignature').equals('9f3a2c10').count()).toBe(2);
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
