// `npm run eval -- DIR [DIR…] [--json] [--verbose]`: scores every case under the folders as ../shared/eval/FORMAT.md specifies.
import { classifyMain } from './classify';
import { CaseError, findCases, loadCase } from './load-case';
import { runCase, summaryLine, tierLine, totals, type CaseScore } from './pipeline';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--classify')) return classifyMain(argv);
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const roots = argv.filter((a) => !a.startsWith('--'));
  if (roots.length === 0) {
    console.error('usage: npm run eval -- DIR [DIR…] [--json] [--verbose]');
    return 2;
  }
  const scores: CaseScore[] = [];
  for (const dir of findCases(roots)) {
    const c = loadCase(dir);
    let score: CaseScore;
    try {
      score = await runCase(c);
    } catch (error) {
      if (error instanceof CaseError) throw error;
      throw new CaseError(`${c.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    scores.push(score);
    if (!json) {
      console.log(`${score.name}: fields=${score.fields} correct=${score.correct} wrong=${score.wrong} missed=${score.missed}`);
      if (verbose) for (const m of score.misses) console.log(`  ${m.kind} ${m.selector}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
    }
  }
  const t = totals(scores);
  if (json) console.log(JSON.stringify({ ...t, recall: Number(t.recall.toFixed(3)), precision: Number(t.precision.toFixed(3)), perCase: scores }));
  else {
    console.log(tierLine(t));
    console.log(summaryLine(t));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CaseError ? `eval: cannot run: ${error.message}` : error);
    process.exit(1);
  },
);
