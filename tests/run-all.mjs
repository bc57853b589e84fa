// `npm test`: type-check, then unit and real-browser e2e tests in one Vitest run, closing with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDeps, repoRoot } from './ensure-deps.mjs';

ensureDeps();
const { findChromium, INSTALL_HINT } = await import('./e2e/support/chromium.mjs');
if (!findChromium()) {
  console.error(`\n${INSTALL_HINT}\nThe e2e tests need a real browser; they are never skipped.\n`);
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' }).status ?? 1;

console.log('▶ type-check');
if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.error('tests: 0 passed, 1 failed (type-check)');
  process.exit(1);
}

const report = path.join(repoRoot, 'test-results', 'vitest.json');
mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });
console.log('▶ unit and e2e tests');
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('tests: 0 passed, 1 failed (the test run produced no report)');
  process.exit(status || 1);
}
const passed = summary.numPassedTests;
// A suite that failed before its tests ran (a build error in setup) counts as a failure too.
const failed = summary.numFailedTests || (status === 0 ? 0 : Math.max(1, summary.numFailedTestSuites));
const skipped = summary.numPendingTests + summary.numTodoTests;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
