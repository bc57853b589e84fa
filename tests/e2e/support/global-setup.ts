// Builds the demo extension and the demo pages once, serves the pages on loopback, and hands their locations to the e2e tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, INSTALL_HINT } from './chromium';
import { buildDemo } from '../../fixtures/demo/build.mjs';
import { serveDemo } from '../../fixtures/demo/serve.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    extensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
  const root = await buildDemo(path.resolve('.output/demo'));
  const server = await serveDemo({ root });
  project.provide('demoUrl', server.url);
  project.provide('extensionDir', EXTENSION_DIR);
  return () => server.close();
}
