// Protects the time estimate the dashboard states: typed and edited characters at the typing speed plus the per-field overhead for every field keyed by hand; pasting costs only the overhead.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME, minutesByHand, minutesSaved } from '@/utils/log/estimate';

const n = { autofilled: 10, edited: 2, typed: 4, pasted: 6, skipped: 3 };
const chars = { autofilled: 300, edited: 20, typed: 100, pasted: 90, skipped: 0 };

describe('estimate', () => {
  it('charges typing speed for typed and edited characters and the overhead for every manual field', () => {
    expect(minutesByHand({ n, chars }, { charsPerMinute: 60, secondsPerField: 6 })).toBeCloseTo(120 / 60 + (12 * 6) / 60);
  });

  it('credits autofill with what the same values would have cost by hand', () => {
    expect(minutesSaved({ n, chars }, { charsPerMinute: 100, secondsPerField: 3 })).toBeCloseTo(3 + 0.5);
  });

  it('follows the settings: a faster typist spends less', () => {
    expect(minutesByHand({ n, chars }, { ...DEFAULT_TIME, charsPerMinute: 120 })).toBeLessThan(minutesByHand({ n, chars }, DEFAULT_TIME));
  });
});
