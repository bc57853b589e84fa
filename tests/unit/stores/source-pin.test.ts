// Protects the pinned source and the recent-source switch: a pinned source survives newer pages and a reopened panel, unpinning hands over to the newest, the switch restores one, the list stays short; and the one-job logging marks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromText } from '@/utils/extract';
import { sourceSignature, type SourceSnapshot } from '@/utils/source';
import { RECENT_SOURCES, withRecent } from '@/utils/stores/review';

type StoreModule = typeof import('@/utils/stores/review');

async function openPanel(): Promise<StoreModule['useReview']> {
  vi.resetModules();
  const { useReview } = (await import('@/utils/stores/review')) as StoreModule;
  if (!useReview.persist.hasHydrated()) await new Promise<void>((resolve) => useReview.persist.onFinishHydration(() => resolve()));
  return useReview;
}

function snapshot(text: string, title: string, at = 1_000): SourceSnapshot {
  const fields = extractFromText(text);
  return { kind: 'page', tabId: 7, url: `https://mail.example.co.jp/${title}`, title, fields, signature: sourceSignature(fields), at };
}

const A = snapshot('会社名：株式会社ひまわり食品\nお名前：山田 花子\n電話番号：06-6345-7890', 'A', 1_000);
const B = snapshot('会社名：株式会社あおば建設\nお名前：鈴木 一郎\n電話番号：045-671-2121', 'B', 2_000);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('pinned source', () => {
  it('keeps the pinned source when a newer page is seen, and hands over to the newest on unpin', async () => {
    const review = await openPanel();
    review.getState().offerSource(A, 1_000);
    review.getState().setPinned(true);
    review.getState().offerSource(B, 2_000);
    expect(review.getState().source?.title).toBe('A');
    expect(review.getState().recent.map((r) => r.title)).toEqual(['B', 'A']);
    review.getState().setPinned(false, 3_000);
    expect(review.getState().source?.title).toBe('B');
    expect(review.getState().startedAt).toBe(3_000);
  });

  it('without a pin the newest source wins', async () => {
    const review = await openPanel();
    review.getState().offerSource(A);
    review.getState().offerSource(B);
    expect(review.getState().source?.title).toBe('B');
  });

  it('a reopened panel keeps the pin, the pinned source and the recent list', async () => {
    const first = await openPanel();
    first.getState().offerSource(A);
    first.getState().setPinned(true);
    first.getState().offerSource(B);
    await vi.waitFor(async () => {
      const raw = (await fakeBrowser.storage.session.get('tenki-review'))['tenki-review'] as string | undefined;
      expect(raw && (JSON.parse(raw) as { state: { recent: unknown[] } }).state.recent.length).toBe(2);
    });
    const reopened = await openPanel();
    expect(reopened.getState().pinned).toBe(true);
    expect(reopened.getState().source?.title).toBe('A');
    // The panel re-reads the latest source on open: still pinned, so A stays.
    reopened.getState().offerSource(B);
    expect(reopened.getState().source?.title).toBe('A');
  });
});

describe('switching to a recent source', () => {
  it('restores the chosen source as a new job, even while pinned', async () => {
    const review = await openPanel();
    review.getState().offerSource(A, 1_000);
    review.getState().offerSource(B, 2_000);
    review.getState().setLogged(4, ['k']);
    review.getState().chooseSource(review.getState().recent[1]!, 3_000);
    expect(review.getState().source?.title).toBe('A');
    expect(review.getState().startedAt).toBe(3_000);
    expect(review.getState().jobId).toBeUndefined();
    expect(review.getState().logged).toEqual([]);
    review.getState().setPinned(true);
    review.getState().chooseSource(review.getState().recent.find((r) => r.title === 'B')!);
    expect(review.getState().source?.title).toBe('B');
  });

  it('keeps at most a few recent sources, one per message, newest first', () => {
    let recent: SourceSnapshot[] = [];
    for (let i = 0; i < RECENT_SOURCES + 3; i++) recent = withRecent(recent, snapshot(`お名前：山田 ${i}号\n電話番号：03-0000-000${i}`, `m${i}`, i));
    expect(recent).toHaveLength(RECENT_SOURCES);
    expect(recent[0]!.title).toBe(`m${RECENT_SOURCES + 2}`);
    // The same message read again moves to the front instead of adding a second entry.
    recent = withRecent(recent, { ...recent[3]!, at: 99 });
    expect(recent).toHaveLength(RECENT_SOURCES);
    expect(recent[0]!.at).toBe(99);
  });

  it('marks each logged field once per job', async () => {
    const review = await openPanel();
    review.getState().setLogged(3, ['a']);
    review.getState().setLogged(3, ['a', 'b']);
    expect(review.getState()).toMatchObject({ jobId: 3, logged: ['a', 'b'] });
  });
});

describe('a later fill in the same job', () => {
  it('adds its entries to the job already logged instead of a second job', async () => {
    const { TenkiDB } = await import('@/utils/log/db');
    const { recordJob } = await import('@/utils/log/record');
    const database = new TenkiDB('tenki-source-pin-test');
    const job = { kind: 'assisted' as const, formSignature: 'f', formTitle: 'F', formUrl: 'https://core.example/f', sourceSignature: 's', sourceName: 'mail.example: 注文番号', startedAt: 1, endedAt: 2 };
    const field = (key: string) => ({ key, label: key, position: 0, method: 'autofilled' as const, value: 'abc' });
    const id = await recordJob(database, { ...job, fields: [field('a')] });
    const again = await recordJob(database, { ...job, endedAt: 5, fields: [field('b')] }, id);
    expect(again).toBe(id);
    expect(await database.jobs.toArray()).toMatchObject([{ id, fieldCount: 2, endedAt: 5 }]);
    expect((await database.entries.toArray()).map((e) => [e.jobId, e.fieldKey])).toEqual([[id, 'a'], [id, 'b']]);
    await database.delete();
  });
});
