// Protects the log's calendar: local days (a job at 23:59 and one at 00:01 fall on two days), weeks from Monday, moves across months and years.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOf, parseDay, weekOf } from '@/utils/log/calendar';

describe('calendar', () => {
  it('names the local calendar day of a moment', () => {
    expect(dayOf(new Date(2026, 3, 1, 23, 59).getTime())).toBe('2026-04-01');
    expect(dayOf(new Date(2026, 3, 2, 0, 1).getTime())).toBe('2026-04-02');
    expect(parseDay('2026-04-02').getTime()).toBe(new Date(2026, 3, 2).getTime());
  });

  it('starts weeks on Monday and moves days across months and years', () => {
    expect(weekOf('2026-04-06')).toBe('2026-04-06');
    expect(weekOf('2026-04-12')).toBe('2026-04-06');
    expect(weekOf('2026-01-01')).toBe('2025-12-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2026-11-24', -12)).toBe('2025-11-24');
  });
});
