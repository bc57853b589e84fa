// Protects the whole-form assignment: one source per field and one field per source, the best total, ties by the caller's order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignBest, type Pair } from '@/utils/mapping/assign';

const total = (pairs: readonly Pair[]) => pairs.reduce((n, p) => n + p.weight, 0);

describe('assignBest', () => {
  it('fixes the swap a field-by-field choice makes', () => {
    const pairs = [
      { row: 'main', column: 'direct', weight: 0.9 },
      { row: 'main', column: 'rep', weight: 0.85 },
      { row: 'direct', column: 'direct', weight: 0.88 },
      { row: 'direct', column: 'rep', weight: 0.2 },
    ];
    expect(assignBest(pairs).map((p) => `${p.row}←${p.column}`).sort()).toEqual(['direct←direct', 'main←rep']);
  });

  it('leaves a field empty rather than use a pair of no weight', () => {
    expect(assignBest([{ row: 'a', column: 'x', weight: 0 }])).toEqual([]);
    expect(assignBest([])).toEqual([]);
  });

  it('breaks ties by the order the caller listed the pairs', () => {
    const pairs = [
      { row: 'a', column: 'x', weight: 0.5 },
      { row: 'a', column: 'y', weight: 0.5 },
    ];
    expect(assignBest(pairs)).toEqual([pairs[0]]);
  });

  it('is one-to-one and never worse than taking the best pairs first', () => {
    const pair = fc.record({ row: fc.constantFrom('a', 'b', 'c', 'd'), column: fc.constantFrom('w', 'x', 'y', 'z', 'v'), weight: fc.double({ min: 0.01, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 14 }), (pairs) => {
        const chosen = assignBest(pairs);
        expect(new Set(chosen.map((p) => p.row)).size).toBe(chosen.length);
        expect(new Set(chosen.map((p) => p.column)).size).toBe(chosen.length);
        const greedy: Pair[] = [];
        for (const p of [...pairs].sort((a, b) => b.weight - a.weight)) if (!greedy.some((g) => g.row === p.row || g.column === p.column)) greedy.push(p);
        expect(total(chosen)).toBeGreaterThanOrEqual(total(greedy) - 1e-6);
      }),
    );
  });
});
