// Protects retention without the dashboard: a starting service worker purges what is older than the team's period, and a failure is kept for the dashboard to show.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/log/db';
import { recordJob } from '@/utils/log/record';
import { purgeExpired } from '@/utils/background/retention';
import { logProblem, logSettings } from '@/utils/storage-items';

const job = (at: Date) => ({
  kind: 'manual' as const,
  formSignature: '9f3a2c10',
  formTitle: '受注入力',
  formUrl: 'https://erp.example.co.jp/order',
  sourceSignature: '4b1e77d0',
  sourceName: 'mail.example.co.jp: 注文番号',
  startedAt: at.getTime(),
  endedAt: at.getTime(),
  fields: [{ key: '#a', label: '受注番号', position: 0, method: 'typed' as const, value: 'PO-1' }],
});

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db().tables.map((t) => t.clear()));
});

describe('purgeExpired', () => {
  it('keeps only the retention period', async () => {
    await recordJob(db(), job(new Date(2025, 0, 5)));
    await recordJob(db(), job(new Date(2026, 3, 1)));
    await logSettings.setValue({ charsPerMinute: 60, secondsPerField: 5, retentionDays: 365 });
    await purgeExpired(new Date(2026, 3, 2).getTime());
    expect((await db().entries.toArray()).map((e) => new Date(e.at).getFullYear())).toEqual([2026]);
  });

  it('records a failure instead of swallowing it', async () => {
    await logSettings.setValue({ charsPerMinute: 60, secondsPerField: 5, retentionDays: 30 });
    const spy = vi.spyOn(db(), 'transaction').mockImplementation(() => Promise.reject(new DOMException('disk full', 'QuotaExceededError')) as never);
    await purgeExpired(new Date(2026, 3, 2).getTime());
    spy.mockRestore();
    expect(await logProblem.getValue()).toMatchObject({ message: 'QuotaExceededError: disk full' });
  });
});
