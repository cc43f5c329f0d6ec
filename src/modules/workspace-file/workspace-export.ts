import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import { openFile } from '../../platform/files/file-store.js';
import { columnKinds, type ColumnKind } from './column-kinds.js';
import * as repo from './workspace-file.repository.js';
import {
  appVersion, BLOB_PART_BYTES, canonicalJson, DIALECT_KEYS, FORMAT_NAME, FORMAT_VERSION, NOT_MOVED,
  type BlobLine, type Header, type TableLine, type Trailer,
} from './workspace-format.js';

/** Writing the whole-workspace file (decision 0035, docs/workspace-format.md). */

export type LineWriter = (line: string) => Promise<void> | void;

export interface ExportOptions {
  /** Where attachment files live (`DATA_DIR`). */
  dataDir: string;
  /** One workspace only (the admin download); unset: every workspace of the install. */
  workspaceId?: string;
  write: LineWriter;
}

export interface ExportSummary { rows: Record<string, number>; blobs: number; missingBlobs: string[] }

/** Tables in an order where every referenced table comes first (references to the table itself aside). */
export function dependencyOrder(tables: repo.TableInfo[]): repo.TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: repo.TableInfo[] = [];
  while (out.length < tables.length) {
    const ready = tables.find((t) => !done.has(t.name) && t.references.every((r) => r.table === t.name || done.has(r.table) || !byName.has(r.table)));
    if (!ready) throw new Error(`The tables ${tables.filter((t) => !done.has(t.name)).map((t) => t.name).join(', ')} reference each other in a cycle`);
    done.add(ready.name);
    out.push(ready);
  }
  return out;
}

/** The tables that move, in dependency order. */
export async function movedTables(db: Kysely<Database>): Promise<repo.TableInfo[]> {
  return dependencyOrder((await repo.listTables(db)).filter((t) => !NOT_MOVED.has(t.name)));
}

/** A table's columns in the file (by name, so both catalogs agree) and its sort order. */
export function fileColumns(table: repo.TableInfo, kinds: Map<string, ColumnKind> | undefined): { columns: string[]; orderBy: repo.RowQuery['orderBy'] } {
  const skip = DIALECT_KEYS.get(table.name);
  const columns = table.columns.map((c) => c.name).filter((c) => c !== skip).sort();
  const text = (name: string) => /text|char/.test(table.columns.find((c) => c.name === name)?.type ?? '');
  const key = table.primaryKey.length > 0 && !table.primaryKey.includes(skip ?? '') ? table.primaryKey : columns.filter((c) => kinds?.get(c) !== 'json');
  return { columns, orderBy: key.map((name) => ({ name, text: text(name) })) };
}

/** A stored value as the file holds it: JSON parsed with sorted keys, times as ISO UTC with milliseconds, booleans as true/false. */
export function fileValue(value: unknown, kind: ColumnKind | undefined, where: string): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) throw new Error(`${where} holds binary data, which the workspace file does not carry`);
  if (typeof value === 'bigint') return Number(value);
  if (kind === 'json') return canonicalJson(typeof value === 'string' ? JSON.parse(value) : value);
  if (kind === 'boolean') return value === true || value === 1; // SQLite keeps 0/1
  if (kind === 'time' && typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms).toISOString();
  }
  return value;
}

/** The newest migration applied: the schema the rows are in. */
async function schemaVersion(db: Kysely<Database>): Promise<string> {
  const applied = await repo.appliedMigrations(db);
  if (applied.length === 0) throw new Error('The database has no schema yet: run `kartoteka migrate` first');
  return applied[applied.length - 1]!;
}

/**
 * Writes every moved table's rows in one consistent read (a REPEATABLE READ transaction on
 * PostgreSQL, one read transaction on SQLite), then the files attachments and imports refer to
 * (any `sha256` column names a file of the store), then the trailer. Memory stays bounded: rows go
 * out a batch at a time and files a part at a time; only the set of file digests is kept.
 */
export async function exportWorkspace(db: Kysely<Database>, options: ExportOptions): Promise<ExportSummary> {
  const kinds = await columnKinds();
  const rows: Record<string, number> = {};
  const digests = new Set<string>();
  const read = isPostgres(db) ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  await read.execute(async (trx) => {
    const header: Header = {
      format: FORMAT_NAME, formatVersion: FORMAT_VERSION, appVersion: appVersion(), schemaVersion: await schemaVersion(trx),
      dialect: isPostgres(trx) ? 'postgres' : 'sqlite', exportedAt: new Date().toISOString(),
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
    };
    await options.write(JSON.stringify(header));
    const scoped = new Set<string>();
    for (const table of await movedTables(trx)) {
      const where = options.workspaceId ? repo.workspaceScope(table, scoped, options.workspaceId) : null;
      if (where === 'none') continue; // holds nothing of any one workspace
      scoped.add(table.name);
      const tableKinds = kinds.get(table.name);
      const { columns, orderBy } = fileColumns(table, tableKinds);
      await options.write(JSON.stringify({ table: table.name, columns } satisfies TableLine));
      const shaAt = columns.indexOf('sha256');
      let count = 0;
      for await (const batch of repo.streamRows(trx, { table: table.name, columns, orderBy, where })) {
        for (const row of batch) {
          const values = columns.map((c) => fileValue(row[c], tableKinds?.get(c), `${table.name}.${c}`));
          if (shaAt >= 0 && typeof values[shaAt] === 'string') digests.add(values[shaAt] as string);
          await options.write(JSON.stringify(values));
          count++;
        }
      }
      rows[table.name] = count;
    }
  });
  const missingBlobs: string[] = [];
  let blobs = 0;
  for (const sha256 of [...digests].sort()) {
    const file = await openFile(options.dataDir, sha256).catch(() => undefined);
    if (!file) { missingBlobs.push(sha256); continue; }
    await options.write(JSON.stringify({ blob: sha256, size: file.size } satisfies BlobLine));
    let pending = Buffer.alloc(0);
    for await (const chunk of file.stream as AsyncIterable<Buffer>) {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= BLOB_PART_BYTES) {
        await options.write(JSON.stringify(pending.subarray(0, BLOB_PART_BYTES).toString('base64')));
        pending = pending.subarray(BLOB_PART_BYTES);
      }
    }
    if (pending.length > 0) await options.write(JSON.stringify(pending.toString('base64')));
    blobs++;
  }
  await options.write(JSON.stringify({ end: true, rows, blobs } satisfies Trailer));
  return { rows, blobs, missingBlobs };
}
