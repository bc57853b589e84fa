// Reads one case folder of the evaluation format (../shared/eval/FORMAT.md) and finds the case folders under a corpus root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type Expectation = string | string[] | boolean | null;

export interface EvalCase {
  name: string;
  dir: string;
  sourceFile: string;
  title?: string;
  sourceUrl?: string;
  targetUrl?: string;
  fields: Record<string, Expectation>;
}

const SOURCE_FILES = ['source.eml', 'source.msg', 'source.html', 'source.txt'];

/** A case could not be read: the runner stops and says which and why. */
export class CaseError extends Error {}

function isCase(dir: string): boolean {
  return existsSync(path.join(dir, 'expected.json')) || existsSync(path.join(dir, 'target.html'));
}

/** Every case folder under the given roots, in name order; a root may itself be a case. */
export function findCases(roots: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (isCase(dir)) {
      found.push(dir);
      return;
    }
    for (const entry of readdirSync(dir).sort()) {
      const child = path.join(dir, entry);
      if (statSync(child).isDirectory()) walk(child);
    }
  };
  for (const root of roots) {
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new CaseError(`${root}: not a folder`);
    walk(root);
  }
  return found;
}

export function loadCase(dir: string): EvalCase {
  const name = path.basename(dir);
  const sources = SOURCE_FILES.filter((f) => existsSync(path.join(dir, f)));
  if (sources.length !== 1) throw new CaseError(`${name}: expected exactly one source file (${SOURCE_FILES.join(', ')}), found ${sources.length}`);
  if (!existsSync(path.join(dir, 'target.html'))) throw new CaseError(`${name}: no target.html`);
  let expected: unknown;
  try {
    expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  } catch (error) {
    throw new CaseError(`${name}: expected.json is not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const e = expected as Partial<EvalCase>;
  if (!e || typeof e.fields !== 'object' || e.fields === null) throw new CaseError(`${name}: expected.json has no "fields" object`);
  return { name, dir, sourceFile: sources[0]!, title: e.title, sourceUrl: e.sourceUrl, targetUrl: e.targetUrl, fields: e.fields };
}
