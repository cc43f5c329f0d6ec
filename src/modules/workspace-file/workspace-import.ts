import fs from 'node:fs';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import { knownMigrations, migrateTo, migrateToLatest } from '../../db/migrate.js';
import { filePath, storeFile, type StoredFile } from '../../platform/files/file-store.js';
import { writeSearchDocument } from '../../platform/search/search.index.js';
import { columnKinds, type ColumnKind } from './column-kinds.js';
import * as repo from './workspace-file.repository.js';
import { DIALECT_KEYS, FORMAT_NAME, FORMAT_VERSION, NOT_MOVED, WorkspaceFileError, type Header } from './workspace-format.js';

/** Reading the whole-workspace file into an empty install (decision 0035, docs/workspace-format.md). */

export interface ImportSummary { header: Header; rows: Record<string, number>; blobs: number; migratedAfter: string[] }

type Row = Record<string, unknown>;
/** Rows per insert statement: well under both databases' bound-parameter limits. */
const MAX_PARAMS = 30_000;

interface OpenTable {
  name: string;
  columns: string[];
  kinds: (ColumnKind | undefined)[];
  /** Columns referencing the table itself: written once every row of the table is in. */
  selfRefs: string[];
  primaryKey: string[];
  batch: Row[];
  batchSize: number;
  patches: { key: Row; column: string; value: unknown }[];
  count: number;
}

interface OpenBlob { sha256: string; size: number; received: number; stream: PassThrough; stored: Promise<StoredFile> }

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks the header against this version. @throws WorkspaceFileError */
async function checkHeader(db: Kysely<Database>, first: string | undefined): Promise<Header> {
  if (first === undefined) throw new WorkspaceFileError(1, 'the file is empty');
  let header: Header;
  try {
    header = JSON.parse(first) as Header;
  } catch {
    throw new WorkspaceFileError(1, 'not a Kartoteka workspace file (the header is not JSON)');
  }
  if (!isObject(header) || header.format !== FORMAT_NAME) throw new WorkspaceFileError(1, 'not a Kartoteka workspace file');
  if (typeof header.formatVersion !== 'number' || header.formatVersion > FORMAT_VERSION) {
    throw new WorkspaceFileError(1, `the file's format version ${String(header.formatVersion)} is newer than this Kartoteka reads (${FORMAT_VERSION}): upgrade Kartoteka first`);
  }
  const known = await knownMigrations(db);
  if (!known.includes(header.schemaVersion)) {
    throw new WorkspaceFileError(1, `the file was exported by a newer Kartoteka (${header.appVersion}, schema ${String(header.schemaVersion)}); this one knows schemas up to ${known[known.length - 1]}: upgrade Kartoteka first`);
  }
  return header;
}

/**
 * Imports a workspace file into an empty install: migrates the target to the file's schema, writes
 * every row in one transaction (a bad line, a broken reference or a file cut short leaves nothing
 * behind, and the error names the line), then applies the newer migrations as an upgrade would.
 * Attachment files go to the file store as they are read; on failure the ones this import added
 * are removed again.
 * @throws WorkspaceFileError (the file) | Error (the target is not empty)
 */
export async function importWorkspace(db: Kysely<Database>, options: { dataDir: string; lines: AsyncIterable<string> }): Promise<ImportSummary> {
  const lines = options.lines[Symbol.asyncIterator]();
  const header = await checkHeader(db, (await lines.next()).value as string | undefined);
  if (await repo.hasWorkspaces(db)) throw new Error('The target database is not empty: a workspace file is imported only into a new install (a new DATA_DIR or an empty PostgreSQL database)');
  await migrateTo(db, header.schemaVersion);
  const addedFiles: string[] = [];
  try {
    const { rows, blobs } = await db.transaction().execute((trx) => readBody(trx, lines, options.dataDir, addedFiles));
    return { header, rows, blobs, migratedAfter: await migrateToLatest(db) };
  } catch (error) {
    await Promise.all(addedFiles.map((sha256) => fs.promises.rm(filePath(options.dataDir, sha256), { force: true })));
    throw error;
  }
}

async function readBody(trx: Transaction<Database>, lines: AsyncIterator<string>, dataDir: string, addedFiles: string[]) {
  const catalog = new Map((await repo.listTables(trx)).map((t) => [t.name, t]));
  const pg = isPostgres(trx);
  const kinds = await columnKinds();
  const rows: Record<string, number> = {};
  let table: OpenTable | null = null;
  let blob: OpenBlob | null = null;
  let blobs = 0;
  let lineNo = 1;
  const fail = (message: string) => new WorkspaceFileError(lineNo, message);

  const flush = async (t: OpenTable) => {
    if (t.batch.length === 0) return;
    if (DIALECT_KEYS.has(t.name)) {
      // search_documents: through the index's writer, which keys it the target's way.
      for (const r of t.batch) await writeSearchDocument(trx, { workspaceId: r.workspace_id as string, entityType: r.entity_type as string, entityId: r.entity_id as string, text: r.text as string });
    } else {
      await repo.insertRows(trx, t.name, t.batch);
    }
    t.batch = [];
  };
  const closeTable = async () => {
    if (!table) return;
    await flush(table);
    for (const p of table.patches) await repo.setColumn(trx, table.name, p.key, p.column, p.value);
    rows[table.name] = table.count;
    table = null;
  };
  const closeBlob = async () => {
    if (!blob) return;
    if (blob.received !== blob.size) throw fail(`the file ${blob.sha256} is cut short (${blob.received} of ${blob.size} bytes)`);
    blob.stream.end();
    const stored = await blob.stored;
    if (stored.sha256 !== blob.sha256) throw fail(`the file ${blob.sha256} does not match its digest`);
    blobs++;
    blob = null;
  };

  const openTable = (line: Record<string, unknown>) => {
    const name = String(line.table);
    const info = catalog.get(name);
    if (!info || NOT_MOVED.has(name)) throw fail(`unknown table "${name}"`);
    if (name in rows) throw fail(`the table "${name}" comes twice`);
    const columns = line.columns;
    if (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string' || !info.columns.some((ic) => ic.name === c))) throw fail(`the columns of "${name}" do not match this schema`);
    const tableKinds = kinds.get(name);
    table = {
      name, columns: columns as string[], kinds: (columns as string[]).map((c) => tableKinds?.get(c)),
      selfRefs: info.references.filter((r) => r.table === name).map((r) => r.column), primaryKey: info.primaryKey,
      batch: [], batchSize: Math.max(1, Math.min(500, Math.floor(MAX_PARAMS / columns.length))), patches: [], count: 0,
    };
  };
  const addRow = async (t: OpenTable, values: unknown[]) => {
    if (values.length !== t.columns.length) throw fail(`a row of "${t.name}" has ${values.length} values for ${t.columns.length} columns`);
    const row: Row = {};
    t.columns.forEach((c, i) => {
      const v = values[i] ?? null;
      row[c] = v === null ? null : t.kinds[i] === 'json' ? JSON.stringify(v) : t.kinds[i] === 'boolean' && !pg ? (v ? 1 : 0) : v;
    });
    for (const column of t.selfRefs) {
      if (row[column] === null) continue;
      t.patches.push({ key: Object.fromEntries(t.primaryKey.map((k) => [k, row[k]])), column, value: row[column] });
      row[column] = null;
    }
    t.batch.push(row);
    t.count++;
    if (t.batch.length >= t.batchSize) await flush(t);
  };
  const openBlob = async (line: Record<string, unknown>) => {
    const sha256 = String(line.blob);
    if (!/^[0-9a-f]{64}$/.test(sha256) || typeof line.size !== 'number') throw fail('a file line needs a SHA-256 digest and a size');
    if (!fs.existsSync(filePath(dataDir, sha256))) addedFiles.push(sha256);
    const stream = new PassThrough();
    const stored = storeFile(dataDir, stream);
    stored.catch(() => undefined); // awaited in closeBlob
    blob = { sha256, size: line.size, received: 0, stream, stored };
  };

  for (;;) {
    const next = await lines.next();
    if (next.done) throw new WorkspaceFileError(lineNo, 'the file ends before its last line: it was cut short');
    lineNo++;
    let line: unknown;
    try {
      line = JSON.parse(next.value);
    } catch {
      throw fail('not valid JSON');
    }
    try {
      if (Array.isArray(line)) {
        if (!table) throw fail('a row comes before its table');
        await addRow(table, line);
      } else if (typeof line === 'string') {
        if (!blob) throw fail('file content comes before its file line');
        const part = Buffer.from(line, 'base64');
        (blob as OpenBlob).received += part.length;
        if ((blob as OpenBlob).received > (blob as OpenBlob).size) throw fail(`the file ${(blob as OpenBlob).sha256} is longer than its size`);
        if (!(blob as OpenBlob).stream.write(part)) await once((blob as OpenBlob).stream, 'drain');
      } else if (isObject(line) && typeof line.table === 'string') {
        await closeTable();
        openTable(line);
      } else if (isObject(line) && typeof line.blob === 'string') {
        await closeTable();
        await closeBlob();
        await openBlob(line);
      } else if (isObject(line) && line.end === true) {
        await closeTable();
        await closeBlob();
        const expected = isObject(line.rows) ? line.rows : {};
        for (const [name, count] of Object.entries(expected)) {
          if ((rows[name] ?? 0) !== count) throw fail(`the file says "${name}" has ${String(count)} rows, ${rows[name] ?? 0} were read`);
        }
        if ((await lines.next()).done !== true) throw fail('lines after the last line');
        return { rows, blobs };
      } else {
        throw fail('not a line of a workspace file');
      }
    } catch (error) {
      if (error instanceof WorkspaceFileError) throw error;
      // A refused insert (a broken reference, a duplicate key) is reported at the line of its batch.
      throw fail(`could not be written: ${(error as Error).message}`);
    }
  }
}
