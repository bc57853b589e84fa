// Protects the evidence database, version 1: a fresh database has exactly the declared tables and indexes, and rows written come back unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TenkiDB, db, type Entry, type Job } from '@/utils/log/db';

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

describe('TenkiDB version 1', () => {
  it('creates jobs and entries with exactly the declared keys and indexes', async () => {
    const database = fresh();
    await database.open();
    expect(database.verno).toBe(1);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['entries', 'jobs']);

    const jobs = database.jobs.schema;
    expect(jobs.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(jobs.indexes.map((i) => i.name)).toEqual(['startedAt']);
    const entries = database.entries.schema;
    expect(entries.primKey).toMatchObject({ keyPath: 'id', auto: true });
    expect(entries.indexes.map((i) => i.name).sort()).toEqual(['formSignature', 'jobId']);

    database.close();
    expect(await rawSchema(database.name)).toEqual({
      jobs: { keyPath: 'id', autoIncrement: true, indexes: { startedAt: 'startedAt' } },
      entries: { keyPath: 'id', autoIncrement: true, indexes: { jobId: 'jobId', formSignature: 'formSignature' } },
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
