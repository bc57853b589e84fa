// Installs the locked dependencies when they are missing, so `npm start` and `npm test` work as the first command on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureDeps() {
  if (existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) return;
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci', { cwd: repoRoot, stdio: 'inherit' });
}
