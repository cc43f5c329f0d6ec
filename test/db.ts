import fs from 'node:fs';
import { inject } from 'vitest';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A fresh PostgreSQL database on the test server (empty, or a copy of `template`); returns its URL. */
export async function createPgDatabase(template?: string): Promise<string> {
  const adminUrl = inject('pgUrl');
  const name = `kt_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An unmigrated connection: an in-memory SQLite, or a new PostgreSQL database. */
export async function emptyDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') return connect({ sqlitePath: ':memory:' });
  return connect({ databaseUrl: await createPgDatabase(), poolSize: 5 });
}

let sqliteImage: Buffer | null = null;

/**
 * A migrated database, one per call: a copy of the one migrated by the global setup (an in-memory
 * SQLite, or a PostgreSQL database made from the template). Tests isolate themselves by
 * workspace, so a file can share one.
 */
export async function testDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') {
    sqliteImage ??= fs.readFileSync(inject('sqliteImage'));
    return connect({ sqliteImage });
  }
  return connect({ databaseUrl: await createPgDatabase(inject('pgTemplate')), poolSize: 5 });
}

