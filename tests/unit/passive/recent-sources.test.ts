// Protects the session memory of recent sources: values are recognised in the spellings clerks type, only as salted hashes, never for sensitive fields, and not after they expire.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_HASHES_PER_SOURCE, MAX_SOURCES, matchValue, rememberSource, SOURCE_TTL_MS } from '@/utils/passive/recent-sources';
import { recentSourceHashes } from '@/utils/storage-items';
import { ORDER_MAIL, sourceOf } from './source-fixture';

const T0 = 1_750_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recent sources', () => {
  it('recognises a value typed in another spelling or one piece of it, naming the source template', async () => {
    await rememberSource(ORDER_MAIL, T0);
    const expected = { sourceSignature: ORDER_MAIL.signature, sourceName: 'localhost:5178: お名前・会社名・電話番号' };
    await expect(matchValue('株式会社サンプル商事', 'organization', T0 + 1000)).resolves.toEqual(expected);
    await expect(matchValue('０３１２３４５６７８', 'tel', T0 + 1000)).resolves.toEqual(expected);
    await expect(matchValue('山田', 'family-name', T0 + 1000)).resolves.toEqual(expected);
    await expect(matchValue('1234', 'tel', T0 + 1000)).resolves.toEqual(expected);
  });

  it('lets a piece count only in a box known to take that part: a 姓 box, a split phone box', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await expect(matchValue('太郎', 'given-name', T0)).resolves.toBeDefined();
    await expect(matchValue('5678', 'tel', T0)).resolves.toBeDefined();
    await expect(matchValue('山田', undefined, T0)).resolves.toBeUndefined();
    await expect(matchValue('1234', undefined, T0)).resolves.toBeUndefined();
    await expect(matchValue('山田', 'organization', T0)).resolves.toBeUndefined();
    await expect(matchValue('03', 'x-extension', T0)).resolves.toBeUndefined();
  });

  it('never takes a piece of a date or an amount for a quantity typed elsewhere', async () => {
    await rememberSource(sourceOf([['注文日', '2026/10/01', 'x-date'], ['合計', '12,000 / 10', 'x-amount'], ['備考', '10 01']]), T0);
    for (const target of ['x-quantity', 'x-date', undefined] as const) {
      await expect(matchValue('10', target, T0)).resolves.toBeUndefined();
      await expect(matchValue('01', target, T0)).resolves.toBeUndefined();
    }
    // The whole date still counts, in any date field.
    await expect(matchValue('2026/10/01', 'x-delivery-date', T0)).resolves.toBeDefined();
  });

  it('keeps at most a capped number of hashes for one source, whole values first', async () => {
    const words = Array.from({ length: MAX_HASHES_PER_SOURCE }, (_, i) => `語${i}`).join(' ');
    await rememberSource(sourceOf([['住所', words, 'street-address'], ['件名', '見積のご依頼']]), T0);
    const [source] = (await recentSourceHashes.getValue())?.sources ?? [];
    expect(source?.hashes).toHaveLength(MAX_HASHES_PER_SOURCE);
    await expect(matchValue('見積のご依頼', undefined, T0)).resolves.toBeDefined();
  });

  it('does not recognise values no source held, nor too short ones', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await expect(matchValue('株式会社ほかの会社', 'organization', T0)).resolves.toBeUndefined();
    await expect(matchValue('2', 'x-quantity', T0)).resolves.toBeUndefined();
  });

  it('never remembers a sensitive field, and never matches for a sensitive target', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await expect(matchValue('123456789012', undefined, T0)).resolves.toBeUndefined();
    await expect(matchValue('株式会社サンプル商事', 'current-password', T0)).resolves.toBeUndefined();
  });

  it('does not let a piece of one kind of value count for a field of an unrelated kind', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await expect(matchValue('1234', 'x-quantity', T0)).resolves.toBeUndefined();
  });

  it('forgets a source four hours after it was last seen, and drops it', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await rememberSource(ORDER_MAIL, T0 + 60_000);
    await expect(matchValue('株式会社サンプル商事', undefined, T0 + 60_000 + SOURCE_TTL_MS - 1)).resolves.toBeDefined();
    await expect(matchValue('株式会社サンプル商事', undefined, T0 + 60_000 + SOURCE_TTL_MS)).resolves.toBeUndefined();
    expect((await recentSourceHashes.getValue())?.sources).toEqual([]);
  });

  it('answers with the newest source holding the value and keeps at most twenty', async () => {
    for (let i = 0; i <= MAX_SOURCES; i++) await rememberSource(sourceOf([[`件名${i}`, '共通の値'], ['番号', `ID-${i}000`]]), T0 + i);
    const stored = await recentSourceHashes.getValue();
    expect(stored?.sources).toHaveLength(MAX_SOURCES);
    await expect(matchValue('共通の値', undefined, T0 + 100)).resolves.toMatchObject({ sourceSignature: `sig-件名${MAX_SOURCES}|番号` });
    await expect(matchValue('ID-0000', undefined, T0 + 100)).resolves.toBeUndefined();
    await expect(matchValue('ID-1000', undefined, T0 + 100)).resolves.toBeDefined();
  });

  it('keeps one entry for a source seen again', async () => {
    await rememberSource(ORDER_MAIL, T0);
    await rememberSource(ORDER_MAIL, T0 + 5);
    expect((await recentSourceHashes.getValue())?.sources.map((s) => s.seenAt)).toEqual([T0 + 5]);
  });

  it('stores hashes and a salt, never a value', async () => {
    await rememberSource(ORDER_MAIL, T0);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    for (const value of ['山田', '太郎', 'サンプル', '1234', '5678', 'taro', '123456789012']) expect(stored).not.toContain(value);
    const memory = await recentSourceHashes.getValue();
    expect(memory?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(memory?.sources[0]?.hashes.every((h) => /^[0-9a-f]{16}$/.test(h.hash))).toBe(true);
  });
});
