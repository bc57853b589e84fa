// The order of a form's fields on the dashboard: most re-entered by hand first.
import { describe, expect, it } from 'vitest';
import { byManual } from '@/components/dashboard/methods';
import { counted, type FieldTotal } from '@/utils/log/view';

const field = (fieldKey: string, position: number, n: Partial<FieldTotal['n']>): FieldTotal => {
  const c = counted();
  Object.assign(c.n, n);
  return { ...c, formSignature: 'a1b2c3d4', fieldKey, fieldLabel: fieldKey, position };
};

describe('byManual', () => {
  it('puts the fields keyed by hand most first, then the busiest, then the form’s order', () => {
    const fields = [
      field('#a', 0, { autofilled: 50 }),
      field('#b', 1, { typed: 3, pasted: 2 }),
      field('#c', 2, { edited: 6 }),
      field('#d', 3, { autofilled: 60 }),
      field('#e', 4, { autofilled: 50 }),
    ];
    expect(byManual(fields).map((f) => f.fieldKey)).toEqual(['#c', '#b', '#d', '#a', '#e']);
    expect(fields.map((f) => f.fieldKey)).toEqual(['#a', '#b', '#c', '#d', '#e']);
  });
});
