// Builds the demo extension and the demo pages once, serves the pages on loopback, and hands their locations to the e2e tests.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, INSTALL_HINT } from './chromium.mjs';
import { buildDemo, buildDemoExtension } from '../../fixtures/demo/build.mjs';
import { serveDemo } from '../../fixtures/demo/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    extensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  const extensionDir = await buildDemoExtension();
  const root = await buildDemo(path.resolve('.output/demo'));
  const server = await serveDemo({ root });
  project.provide('demoUrl', server.url);
  project.provide('extensionDir', extensionDir);
  return () => server.close();
}
