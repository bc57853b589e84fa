// Protects passive counting in the worker: a hand entry on a registered core system of a value a recent source held is logged once as typed or pasted, with no value kept; anything else logs nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordEditAfterFill, recordPassiveEntry, setupPassive } from '@/utils/background/passive';
import { db } from '@/utils/log/db';
import { recordJob } from '@/utils/log/record';
import type { PassiveEntry } from '@/utils/messaging';
import { rememberSource, SOURCE_TTL_MS } from '@/utils/passive/recent-sources';
import { coreSystems, latestSource, logProblem, recentSourceHashes } from '@/utils/storage-items';
import { ORDER_MAIL } from '../passive/source-fixture';

const T0 = 1_750_000_000_000;
const FORM = 'http://127.0.0.1:5178/order.html';
const TAB = { id: 7, url: FORM };

function entry(fieldKey: string, value: string, extra: Partial<PassiveEntry> = {}): PassiveEntry {
  return {
    visit: '1750000000000.5',
    formSignature: 'form-1',
    formTitle: '受注入力',
    formUrl: FORM,
    fieldKey,
    fieldLabel: fieldKey.slice(1),
    position: 2,
    concept: 'organization',
    method: 'typed',
    value,
    ...extra,
  };
}

async function dumpDb(): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const table of db().tables) all[table.name] = await table.toArray();
  return JSON.stringify(all);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db().tables.map((t) => t.clear()));
  await coreSystems.setValue(['http://127.0.0.1:5178']);
  await rememberSource(ORDER_MAIL, T0);
});

afterEach(() => vi.restoreAllMocks());

describe('passive counting', () => {
  it('logs a typed source value as one typed entry of a manual job, with the field and the source template', async () => {
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000)).resolves.toBe(true);
    const [job] = await db().jobs.toArray();
    expect(job).toMatchObject({ kind: 'manual', formSignature: 'form-1', formUrl: FORM, sourceSignature: ORDER_MAIL.signature, sourceName: 'localhost:5178: お名前・会社名・電話番号', fieldCount: 1 });
    const entries = await db().entries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ jobId: job!.id, fieldKey: '#company', fieldLabel: 'company', position: 2, concept: 'organization', method: 'typed', chars: 10, sourceSignature: ORDER_MAIL.signature });
  });

  it('logs a pasted value as pasted, in the same job as the visit’s other entries', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#email', 'taro.yamada@example.co.jp', { concept: 'email', method: 'pasted' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(1);
    expect((await db().entries.toArray()).map((e) => e.method)).toEqual(['typed', 'pasted']);
    expect((await db().jobs.toArray())[0]).toMatchObject({ fieldCount: 2, endedAt: T0 + 2000 });
  });

  it('starts another job for another visit of the page', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事', { visit: 'reloaded' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(2);
  });

  it('logs the same value in the same field of one visit once', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事 '), TAB, T0 + 2000)).resolves.toBe(false);
    expect(await db().entries.count()).toBe(1);
  });

  it('logs nothing for a value no recent source held', async () => {
    await expect(recordPassiveEntry(entry('#company', '株式会社まったく別'), TAB, T0 + 1000)).resolves.toBe(false);
    expect(await db().jobs.count()).toBe(0);
  });

  it('logs nothing once the source expired', async () => {
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + SOURCE_TTL_MS + 1)).resolves.toBe(false);
    expect(await db().entries.count()).toBe(0);
  });

  it('logs nothing for a sensitive source value or a sensitive target field', async () => {
    await expect(recordPassiveEntry(entry('#mynumber', '123456789012', { concept: undefined }), TAB, T0 + 1000)).resolves.toBe(false);
    await expect(recordPassiveEntry(entry('#card', '株式会社サンプル商事', { concept: 'cc-number' }), TAB, T0 + 1000)).resolves.toBe(false);
    expect(await db().entries.count()).toBe(0);
  });

  it('logs nothing on a site not registered as a core system, and stops when it is removed', async () => {
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), { id: 8, url: 'http://localhost:5178/order.html' }, T0 + 1000)).resolves.toBe(false);
    await coreSystems.setValue([]);
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000)).resolves.toBe(false);
    expect(await db().entries.count()).toBe(0);
  });

  it('keeps no raw value in the log or in storage', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#tel1', '03', { concept: 'tel' }), TAB, T0 + 1500);
    await recordPassiveEntry(entry('#email', 'taro.yamada@example.co.jp', { concept: 'email', method: 'pasted' }), TAB, T0 + 2000);
    expect(await db().entries.count()).toBe(3);
    const stored = JSON.stringify({ local: await fakeBrowser.storage.local.get(null), session: await fakeBrowser.storage.session.get(null) });
    const dump = await dumpDb();
    for (const value of ['サンプル商事', 'taro.yamada', 'example.co.jp', '1234']) {
      expect(dump).not.toContain(value);
      expect(stored).not.toContain(value);
    }
  });

  it('turns the latest autofilled entry of a field edited in the page into an edit', async () => {
    const now = Date.now();
    await recordJob(db(), {
      kind: 'assisted',
      formSignature: 'form-1',
      formTitle: '受注入力',
      formUrl: FORM,
      sourceSignature: ORDER_MAIL.signature,
      sourceName: 'mail',
      startedAt: now - 1000,
      endedAt: now - 1000,
      fields: [{ key: '#tel', label: '電話番号', position: 5, concept: 'tel', method: 'autofilled', value: '03-1234-5678', tier: 'high', corrected: false }],
    });
    await expect(recordEditAfterFill({ formSignature: 'form-1', fieldKey: '#tel', chars: 12 }, now)).resolves.toBe(true);
    expect((await db().entries.toArray())[0]).toMatchObject({ method: 'edited', corrected: true, chars: 12 });
    await expect(recordEditAfterFill({ formSignature: 'form-1', fieldKey: '#tel', chars: 12 }, now + 60 * 60 * 1000)).resolves.toBe(false);
  });

  it('keeps a failed log write where the dashboard can show it, and still fails', async () => {
    vi.spyOn(db(), 'transaction').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000)).rejects.toThrow('quota');
    await expect(logProblem.getValue()).resolves.toMatchObject({ message: 'QuotaExceededError: The quota has been exceeded.' });
  });

  it('remembers every source the clerk views, through the latest-source item', async () => {
    await recentSourceHashes.removeValue();
    setupPassive();
    await latestSource.setValue({ ...ORDER_MAIL, at: Date.now() });
    await vi.waitFor(async () => expect((await recentSourceHashes.getValue())?.sources).toHaveLength(1));
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB)).resolves.toBe(true);
  });
});
