// Protects passive counting in the worker: a hand entry on a registered core system of a value a recent source held is logged once as typed or pasted, with no value kept; anything else logs nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordEditAfterFill, recordPassiveEntry, setupPassive } from '@/utils/background/passive';
import { db } from '@/utils/log/db';
import { recordJob } from '@/utils/log/record';
import type { PassiveEntry } from '@/utils/messaging';
import { rememberSource, SOURCE_TTL_MS } from '@/utils/passive/recent-sources';
import { coreSystems, latestSource, logProblem, passiveVisits, recentSourceHashes } from '@/utils/storage-items';
import { ORDER_MAIL } from '../passive/source-fixture';

const T0 = 1_750_000_000_000;
const FORM = 'http://127.0.0.1:5178/order.html';
const TAB = { id: 7, url: FORM };

function entry<X extends Partial<PassiveEntry> & { filledAt?: number; filledSignature?: string }>(fieldKey: string, value: string, extra: X = {} as X): PassiveEntry & X {
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

  /** An assisted job that filled (or left out) form-1's fields at `at`, as the side panel logs it. */
  function assistedJob(at: number, fields: { key: string; concept: 'tel' | 'organization'; method: 'autofilled' | 'skipped'; value: string }[]) {
    return recordJob(db(), {
      kind: 'assisted',
      formSignature: 'form-1',
      formTitle: '受注入力',
      formUrl: FORM,
      sourceSignature: ORDER_MAIL.signature,
      sourceName: 'mail',
      startedAt: at,
      endedAt: at,
      fields: fields.map((f, i) => ({ key: f.key, label: f.key.slice(1), position: i, concept: f.concept, method: f.method, value: f.value, tier: 'high' as const, corrected: false })),
    });
  }

  it('turns the latest autofilled entry of a field edited in the page into an edit', async () => {
    const now = Date.now();
    await assistedJob(now - 1000, [{ key: '#tel', concept: 'tel', method: 'autofilled', value: '03-1234-5678' }]);
    const edit = entry('#tel', '03-1234-9999', { concept: 'tel', filledAt: now - 1500, filledSignature: 'form-1' });
    await expect(recordEditAfterFill(edit, TAB, now)).resolves.toBe(true);
    expect(await db().entries.toArray()).toMatchObject([{ method: 'edited', corrected: true, chars: 12 }]);
    await expect(recordEditAfterFill(edit, TAB, now + 60 * 60 * 1000)).resolves.toBe(false);
  });

  it('counts a hand edit of a fill that was never logged as the hand entry it is, when a source held the value', async () => {
    const edit = entry('#company', '株式会社サンプル商事', { filledAt: T0 + 500, filledSignature: 'form-1' });
    await expect(recordEditAfterFill(edit, TAB, T0 + 1000)).resolves.toBe(true);
    expect(await db().entries.toArray()).toMatchObject([{ fieldKey: '#company', method: 'typed', chars: 10 }]);
    expect(await db().jobs.toArray()).toMatchObject([{ kind: 'manual' }]);
  });

  it('never takes an edit of a later, unlogged fill for an edit of an earlier job’s fill', async () => {
    await assistedJob(T0 + 1000, [{ key: '#company', concept: 'organization', method: 'autofilled', value: '株式会社ほか' }]);
    const edit = entry('#company', '株式会社サンプル商事', { filledAt: T0 + 5000, filledSignature: 'form-1' });
    await expect(recordEditAfterFill(edit, TAB, T0 + 6000)).resolves.toBe(true);
    expect((await db().entries.toArray()).map((e) => e.method)).toEqual(['autofilled', 'typed']);
  });

  it('counts a second edit of one fill no more: the field is already an edit', async () => {
    const now = Date.now();
    await assistedJob(now - 1000, [{ key: '#company', concept: 'organization', method: 'autofilled', value: '株式会社ほか' }]);
    await recordEditAfterFill(entry('#company', '株式会社ほかの', { filledAt: now - 1500, filledSignature: 'form-1' }), TAB, now);
    await expect(recordEditAfterFill(entry('#company', '株式会社サンプル商事', { filledAt: now - 1500, filledSignature: 'form-1' }), TAB, now + 1000)).resolves.toBe(false);
    expect((await db().entries.toArray()).map((e) => e.method)).toEqual(['edited']);
  });

  it('finds the fill’s entry by the form as it was filled, once the form showed a block: one edit, never a typed entry too', async () => {
    const now = Date.now();
    await assistedJob(now - 1000, [{ key: '#company', concept: 'organization', method: 'autofilled', value: '株式会社サンプル' }]);
    const edited = { formSignature: 'form-2', filledAt: now - 1500, filledSignature: 'form-1' };
    await expect(recordEditAfterFill(entry('#company', '株式会社サンプル商事', edited), TAB, now)).resolves.toBe(true);
    await expect(recordEditAfterFill(entry('#company', '株式会社サンプル商事 ', edited), TAB, now + 1000)).resolves.toBe(false);
    expect((await db().entries.toArray()).map((e) => [e.formSignature, e.method, e.chars])).toEqual([['form-1', 'edited', 10]]);
    expect(await db().jobs.count()).toBe(1);
  });

  it('logs two entries when the next record after a submit puts another mail’s value in the same field', async () => {
    const other = { ...ORDER_MAIL, fields: ORDER_MAIL.fields.map((f) => (f.value === '株式会社サンプル商事' ? { ...f, value: '株式会社ベータ', normalized: '株式会社ベータ' } : f)) };
    await rememberSource(other, T0 + 500);
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事', { visit: '1750000000000.5/0' }), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#company', '株式会社ベータ', { visit: '1750000000000.5/1' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(2);
    expect(await db().entries.count()).toBe(2);
  });

  it('turns a proposal the clerk left out and then keyed by hand into that entry, not a second job', async () => {
    await assistedJob(T0 + 500, [
      { key: '#company', concept: 'organization', method: 'skipped', value: '株式会社サンプル商事' },
      { key: '#tel', concept: 'tel', method: 'autofilled', value: '03-1234-5678' },
    ]);
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事', { method: 'pasted' }), TAB, T0 + 1000)).resolves.toBe(true);
    expect(await db().jobs.count()).toBe(1);
    expect((await db().entries.toArray()).map((e) => [e.fieldKey, e.method, e.chars])).toEqual([
      ['#company', 'pasted', 10],
      ['#tel', 'autofilled', 12],
    ]);
    // Committed again, it is not counted again.
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 2000)).resolves.toBe(false);
    expect(await db().entries.count()).toBe(2);
  });

  it('keeps one job when the form grows a block mid-visit and so changes its signature', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#email', 'taro.yamada@example.co.jp', { concept: 'email', formSignature: 'form-2' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(1);
    expect((await db().entries.toArray()).map((e) => e.formSignature)).toEqual(['form-1', 'form-1']);
  });

  it('starts another job on another page of the same visit', async () => {
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事', { formUrl: 'http://127.0.0.1:5178/other.html' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(2);
  });

  it('keeps extending the visit’s job when remembering the visit fails once', async () => {
    vi.spyOn(passiveVisits, 'setValue').mockRejectedValueOnce(new Error('storage busy'));
    await recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000);
    await recordPassiveEntry(entry('#email', 'taro.yamada@example.co.jp', { concept: 'email' }), TAB, T0 + 2000);
    expect(await db().jobs.count()).toBe(1);
  });

  it('reports a failure to read or write the recent sources while matching', async () => {
    vi.spyOn(recentSourceHashes, 'getValue').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000)).rejects.toThrow('quota');
    await expect(logProblem.getValue()).resolves.toMatchObject({ message: 'QuotaExceededError: The quota has been exceeded.' });
  });

  it('fails with the write’s own error when keeping the problem fails too', async () => {
    vi.spyOn(db(), 'transaction').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.spyOn(logProblem, 'setValue').mockRejectedValue(new Error('storage gone'));
    await expect(recordPassiveEntry(entry('#company', '株式会社サンプル商事'), TAB, T0 + 1000)).rejects.toThrow('quota');
  });

  it('reports a source it could not remember', async () => {
    // A fresh copy of the worker's modules: messaging allows one listener per message and JS context.
    vi.resetModules();
    const fresh = await import('@/utils/background/passive');
    const items = await import('@/utils/storage-items');
    vi.spyOn(items.recentSourceHashes, 'setValue').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    fresh.setupPassive();
    await items.latestSource.setValue({ ...ORDER_MAIL, at: Date.now() });
    await vi.waitFor(async () => expect(await logProblem.getValue()).toMatchObject({ message: 'QuotaExceededError: The quota has been exceeded.' }));
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
