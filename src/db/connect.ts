import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database, Dialect } from './database.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The raw driver, for the backup command and benchmark floors only. */
  raw: { sqlite?: SQLite.Database; pool?: pg.Pool };
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://... for PostgreSQL; otherwise a SQLite file path or ':memory:'. */
  databaseUrl?: string | null;
  sqlitePath?: string;
  /** A serialized SQLite database to open in memory (tests start from a migrated image). */
  sqliteImage?: Buffer;
  poolSize?: number;
}

/** pg returns `timestamptz` as Date and `bigint` as string by default; we want ISO strings and numbers on both dialects. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1184 || oid === 1114) return (v: string) => new Date(v.includes('+') || v.endsWith('Z') ? v : `${v}Z`).toISOString();
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function openSqlite(file: string | Buffer): SQLite.Database {
  if (typeof file === 'string' && file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers proceed during a write; NORMAL sync is durable across app crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/**
 * Kysely's SQLite driver prepares every query afresh, which is most of its overhead over the bare
 * driver. Queries built by the same code have the same SQL text, so statements are reused from a
 * bounded LRU cache. Safe because Kysely runs one query at a time on its single connection.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement) {
        cache.delete(sqlText);
      } else {
        statement = sqlite.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sqlText, statement);
      return statement;
    },
  };
}

export function connect(options: ConnectOptions): DatabaseHandle {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: pgTypes });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', raw: { pool }, close: () => db.destroy() };
  }
  const sqlite = openSqlite(options.sqliteImage ?? options.sqlitePath ?? ':memory:');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', raw: { sqlite }, close: () => db.destroy() };
}
