// Holds the engine to the accuracy it has reached on the project's own corpus: a change that loses recall or precision fails CI.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCases, loadCase } from './load-case';
import { runCase, summaryLine, totals } from './pipeline';

// Raised as the engine improves; set just under what `npm run eval -- tests/fixtures/eval` measures.
const FLOOR = { recall: 0.7, precision: 0.97, high: 0.95 };

describe('own evaluation corpus', () => {
  it(`keeps recall ≥ ${FLOOR.recall}, precision ≥ ${FLOOR.precision}, and high-tier proposals right ≥ ${FLOOR.high}`, async () => {
    const dirs = findCases([path.resolve('tests/fixtures/eval')]);
    expect(dirs.length).toBeGreaterThanOrEqual(25);
    const scores = [];
    for (const dir of dirs) scores.push(await runCase(loadCase(dir)));
    const t = totals(scores);
    console.log(summaryLine(t));
    expect(t.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(t.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    // A high proposal is filled without a look: it has to be right nearly always, or the tiers mean nothing.
    expect(t.tiers.high.right / t.tiers.high.proposed).toBeGreaterThanOrEqual(FLOOR.high);
  }, 120_000);
});
