import fs from 'node:fs';
import path from 'node:path';
import type { Dialect } from '../../db/database.js';

/**
 * The whole-workspace file (docs/workspace-format.md): JSON lines. A header, then per table a
 * table line and its rows as arrays in the table line's column order, then the attachment files
 * as base64, then a trailer with the counts (a file cut short has none and is refused).
 */

export const FORMAT_NAME = 'kartoteka-workspace';
export const FORMAT_VERSION = 1;
/** Bytes of a file per base64 line (the line is a third longer). */
export const BLOB_PART_BYTES = 48 * 1024;

export interface Header {
  format: typeof FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  /** The newest migration applied to the source: the schema the rows are in. */
  schemaVersion: string;
  dialect: Dialect;
  exportedAt: string;
  /** Set when one workspace was exported (the admin download); absent for a whole install. */
  workspaceId?: string;
}
export interface TableLine { table: string; columns: string[] }
export interface BlobLine { blob: string; size: number }
export interface Trailer { end: true; rows: Record<string, number>; blobs: number }

/**
 * Tables that do not move, and why. Everything else in the database moves, found in its catalog.
 * - sessions: sign-ins belong to the old install; people sign in again on the new one.
 * - jobs: the queue and its leases (locked_by, locked_until) belong to the running install.
 * - idempotency_keys, rate_limit_buckets, oidc_logins: minutes-long caches and handshakes.
 * - kysely_migration*: the schema version travels in the header; the target migrates itself.
 * SQLite's FTS5 tables (virtual and shadow) are internals of search_documents and are filled by
 * its triggers when search_documents is written.
 */
export const NOT_MOVED: ReadonlyMap<string, string> = new Map([
  ['sessions', 'sign-ins belong to the old install'],
  ['jobs', 'the job queue and its leases belong to the running install'],
  ['idempotency_keys', 'a short-lived cache of answers'],
  ['rate_limit_buckets', 'a short-lived cache of request counts'],
  ['oidc_logins', 'single sign-on handshakes that expire in minutes'],
  ['kysely_migration', 'the schema version travels in the header'],
  ['kysely_migration_lock', 'the migrator\'s lock'],
]);

/**
 * Columns that are a physical key of their dialect, left out of the file: search_documents' id is
 * an identity on PostgreSQL and, on SQLite, an FTS5 rowid in a range per record type. The rows are
 * written through the search index's own writer, which gives them the target's kind of id.
 */
export const DIALECT_KEYS: ReadonlyMap<string, string> = new Map([['search_documents', 'id']]);

/** A JSON value with object keys sorted at every depth: jsonb reorders keys, so the file fixes one order. */
export function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonicalJson((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

let version: string | null = null;

/** The application's version, from the package.json above this file (sources and dist alike). */
export function appVersion(): string {
  if (version) return version;
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kartoteka') return (version = pkg.version ?? '0.0.0');
    }
    if (path.dirname(dir) === dir) return (version = '0.0.0');
  }
}

/** A line of the file that is not what it should be; `line` is 1-based. */
export class WorkspaceFileError extends Error {
  constructor(readonly line: number | null, message: string) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'WorkspaceFileError';
  }
}
