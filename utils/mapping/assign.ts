// Chooses one source for each target field over the whole form at once (maximum-weight matching), so one field's best guess cannot take the value another field needed more.

export interface Pair {
  /** The target side (a field or a split group). */
  row: string;
  /** The source side (one value for one concept). */
  column: string;
  weight: number;
}

/**
 * The pairs of a one-to-one assignment with the largest total weight (Kuhn–Munkres, O(n²m)). Pairs of weight 0 or
 * less are never chosen; among equal totals the earlier pairs win, so callers list their preferred pairs first.
 */
export function assignBest<P extends Pair>(pairs: readonly P[]): P[] {
  const rows = [...new Set(pairs.map((p) => p.row))];
  const columns = [...new Set(pairs.map((p) => p.column))];
  if (rows.length === 0) return [];
  // The algorithm below wants no more rows than columns: pad with empty columns (each a "leave it empty" choice).
  const n = rows.length;
  const m = Math.max(columns.length, n) + n;
  const rowOf = new Map(rows.map((r, i) => [r, i + 1]));
  const columnOf = new Map(columns.map((c, j) => [c, j + 1]));
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const best = new Map<string, P>();
  pairs.forEach((p, order) => {
    if (p.weight <= 0) return;
    const key = `${p.row}\u0000${p.column}`;
    const held = best.get(key);
    if (held && held.weight >= p.weight) return;
    best.set(key, p);
    // A minute preference by list order makes ties resolve the way the caller sorted them.
    cost[rowOf.get(p.row)!]![columnOf.get(p.column)!] = -(p.weight + (pairs.length - order) * 1e-9);
  });

  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const match = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0]![j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[match[j]!] = u[match[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0]!;
      match[j0] = match[j1]!;
      j0 = j1;
    } while (j0);
  }

  const chosen: P[] = [];
  for (let j = 1; j <= columns.length; j++) {
    const i = match[j]!;
    if (i === 0) continue;
    const pair = best.get(`${rows[i - 1]}\u0000${columns[j - 1]}`);
    if (pair) chosen.push(pair);
  }
  return chosen;
}
