// The dashboard's period filter: named presets turned into inclusive local days, and a custom range checked for sense.
import type { Period } from '@/utils/log/view';
import { addDays, addMonths, weekOf } from '@/utils/log/calendar';

export const PRESETS = ['last7', 'last4w', 'last12w', 'last12m', 'all', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export const DEFAULT_PRESET: Preset = 'last12w';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The days a preset covers, up to today. Week presets start on a Monday, so the weekly chart shows whole weeks
 * (the current one so far); a custom period keeps whichever ends are valid days, and puts them in order.
 */
export function periodFor(preset: Preset, today: string, custom: Period = {}): Period {
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last4w':
      return { from: addDays(weekOf(today), -7 * 3), to: today };
    case 'last12w':
      return { from: addDays(weekOf(today), -7 * 11), to: today };
    case 'last12m':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'all':
      return {};
    case 'custom': {
      const from = custom.from && DAY.test(custom.from) ? custom.from : undefined;
      const to = custom.to && DAY.test(custom.to) ? custom.to : undefined;
      if (from && to && from > to) return { from: to, to: from };
      return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    }
  }
}
