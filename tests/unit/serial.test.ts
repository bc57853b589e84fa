// Protects the shared promise queue: runs never overlap, and a failed run neither stops the queue nor hides its error.
import { describe, expect, it } from 'vitest';
import { createSerial } from '@/utils/serial';

describe('createSerial', () => {
  it('runs one at a time, in order, past a failure', async () => {
    const serial = createSerial();
    const log: string[] = [];
    const step = (name: string, fail = false) =>
      serial(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b', 'c']);
  });

  it('keeps separate queues apart, so one may wait on another', async () => {
    const outer = createSerial();
    const inner = createSerial();
    await expect(outer(() => inner(async () => 'nested'))).resolves.toBe('nested');
  });
});
