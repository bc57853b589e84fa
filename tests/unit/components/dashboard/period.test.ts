// The dashboard's period presets: inclusive local days up to today, week presets starting on a Monday.
import { describe, expect, it } from 'vitest';
import { periodFor, PRESETS } from '@/components/dashboard/period';

// 2026-11-24 is a Tuesday.
const TODAY = '2026-11-24';

describe('periodFor', () => {
  it('turns each preset into days up to today', () => {
    expect(periodFor('last7', TODAY)).toEqual({ from: '2026-11-18', to: TODAY });
    expect(periodFor('last4w', TODAY)).toEqual({ from: '2026-11-02', to: TODAY });
    expect(periodFor('last12w', TODAY)).toEqual({ from: '2026-09-07', to: TODAY });
    expect(periodFor('last12m', TODAY)).toEqual({ from: '2025-11-25', to: TODAY });
    expect(periodFor('all', TODAY)).toEqual({});
  });

  it('starts the week presets on a Monday, whatever the weekday', () => {
    for (const today of ['2026-11-23', '2026-11-29', '2027-01-03']) {
      const { from } = periodFor('last12w', today);
      expect(new Date(`${from}T12:00:00`).getDay()).toBe(1);
    }
    // Sunday 2026-11-29 belongs to the week of Monday 23 November.
    expect(periodFor('last4w', '2026-11-29').from).toBe('2026-11-02');
  });

  it('takes twelve months back across a year and a leap day', () => {
    expect(periodFor('last12m', '2026-01-01').from).toBe('2025-01-02');
    expect(periodFor('last12m', '2028-02-29').from).toBe('2027-03-02');
  });

  it('keeps a custom period’s valid ends and puts them in order', () => {
    expect(periodFor('custom', TODAY, { from: '2026-10-01', to: '2026-10-31' })).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodFor('custom', TODAY, { from: '2026-10-31', to: '2026-10-01' })).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(periodFor('custom', TODAY, { from: '2026-10-01' })).toEqual({ from: '2026-10-01' });
    expect(periodFor('custom', TODAY, { from: 'yesterday', to: '2026-10-31' })).toEqual({ to: '2026-10-31' });
    expect(periodFor('custom', TODAY)).toEqual({});
  });

  it('has a preset for every button the page shows', () => {
    expect(PRESETS).toEqual(['last7', 'last4w', 'last12w', 'last12m', 'all', 'custom']);
  });
});
