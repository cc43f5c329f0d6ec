import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';

/**
 * The catalog and the raw rows of every table, for the whole-workspace file. Tables are found in
 * the database's own catalog (sqlite_master / pg_catalog), so a module's new table moves without
 * anyone listing it. Table and column names come from that catalog, never from the file unchecked.
 */

const untyped = (db: Executor) => db as unknown as Kysely<any>;
type Row = Record<string, unknown>;

export interface ColumnInfo { name: string; type: string }
export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Columns referencing another table (or this one), from its foreign keys. */
  references: { column: string; table: string }[];
}

async function sqliteTables(db: Executor): Promise<TableInfo[]> {
  const { rows } = await sql<{ name: string; sql: string | null }>`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  // FTS5 tables and their shadow tables (`<name>_data`, `_idx`, ...) are search internals, not data.
  const virtual = rows.filter((r) => /^create virtual table/i.test(r.sql ?? '')).map((r) => r.name);
  const out: TableInfo[] = [];
  for (const { name } of rows) {
    if (virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    const cols = (await sql<{ name: string; type: string; pk: number }>`select name, type, pk from pragma_table_info(${name}) order by cid`.execute(db)).rows;
    const fks = (await sql<{ from: string; table: string }>`select "from", "table" from pragma_foreign_key_list(${name})`.execute(db)).rows;
    out.push({
      name,
      columns: cols.map((c) => ({ name: c.name, type: c.type.toLowerCase() })),
      primaryKey: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: fks.map((f) => ({ column: f.from, table: f.table })),
    });
  }
  return out;
}

async function postgresTables(db: Executor): Promise<TableInfo[]> {
  const cols = (await sql<{ table: string; name: string; type: string }>`
    select c.table_name as table, c.column_name as name, c.data_type as type from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() order by c.table_name, c.ordinal_position`.execute(db)).rows;
  const pks = (await sql<{ table: string; name: string }>`
    select i.indrelid::regclass::text as table, a.attname as name from pg_index i
    join pg_class r on r.oid = i.indrelid and r.relnamespace = current_schema()::regnamespace
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indisprimary order by 1, array_position(i.indkey::int2[], a.attnum)`.execute(db)).rows;
  const fks = (await sql<{ table: string; column: string; ref: string }>`
    select c.conrelid::regclass::text as table, a.attname as column, c.confrelid::regclass::text as ref from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db)).rows;
  const tables = new Map<string, TableInfo>();
  for (const c of cols) {
    const t = tables.get(c.table) ?? { name: c.table, columns: [], primaryKey: [], references: [] };
    t.columns.push({ name: c.name, type: c.type.toLowerCase() });
    tables.set(c.table, t);
  }
  for (const p of pks) tables.get(p.table)?.primaryKey.push(p.name);
  for (const f of fks) tables.get(f.table)?.references.push({ column: f.column, table: f.ref });
  return [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Every base table with its columns, primary key and foreign keys, by name. */
export function listTables(db: Executor): Promise<TableInfo[]> {
  return isPostgres(db) ? postgresTables(db) : sqliteTables(db);
}

/** Whether the install holds any workspace (all data hangs off one); false before the first migration. */
export async function hasWorkspaces(db: Executor): Promise<boolean> {
  const tables = await listTables(db);
  if (!tables.some((t) => t.name === 'workspaces')) return false;
  return Boolean(await untyped(db).selectFrom('workspaces').select('id').limit(1).executeTakeFirst());
}

/** Names of the migrations applied, oldest first; empty before the first. */
export async function appliedMigrations(db: Executor): Promise<string[]> {
  const tables = await listTables(db);
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  return (await untyped(db).selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((r) => r.name as string);
}

export interface RowQuery {
  table: string;
  columns: string[];
  /** Sort columns (the primary key, else every column): the file's row order is the same on both dialects. */
  orderBy: { name: string; text: boolean }[];
  /** Limits the rows to one workspace's. */
  where: RawBuilder<SqlBool> | null;
}

function selectRows(db: Executor, q: RowQuery) {
  const pg = isPostgres(db);
  // Byte order on both sides: PostgreSQL's default collation sorts text by locale rules.
  let query = untyped(db).selectFrom(q.table).select(q.columns.map((c) => sql.ref(c).as(c)));
  if (q.where) query = query.where(q.where);
  for (const o of q.orderBy) query = query.orderBy(o.text ? sql`${sql.ref(o.name)} collate ${sql.raw(pg ? '"C"' : 'binary')}` : sql.ref(o.name));
  return query;
}

/** Streams a table's rows, `batch` at a time, in the caller's (read) transaction: a cursor on PostgreSQL, a statement iterator on SQLite. */
export async function* streamRows(db: Executor, q: RowQuery, batch = 500): AsyncGenerator<Row[]> {
  const query = selectRows(db, q);
  if (!isPostgres(db)) {
    let rows: Row[] = [];
    for await (const row of query.stream(batch)) {
      rows.push(row as Row);
      if (rows.length >= batch) { yield rows; rows = []; }
    }
    if (rows.length > 0) yield rows;
    return;
  }
  await sql`declare kt_workspace_rows no scroll cursor for ${query}`.execute(db);
  try {
    for (;;) {
      const { rows } = await sql<Row>`fetch ${sql.raw(String(batch))} from kt_workspace_rows`.execute(db);
      if (rows.length === 0) break;
      yield rows;
    }
  } finally {
    await sql`close kt_workspace_rows`.execute(db);
  }
}

/** Rows of one workspace: its own row, rows carrying its id, and rows whose parent carries it (one level). */
export function workspaceScope(table: TableInfo, scoped: ReadonlySet<string>, workspaceId: string): RawBuilder<SqlBool> | null | 'none' {
  if (table.name === 'workspaces') return sql<SqlBool>`${sql.ref('id')} = ${workspaceId}`;
  if (table.columns.some((c) => c.name === 'workspace_id')) return sql<SqlBool>`${sql.ref('workspace_id')} = ${workspaceId}`;
  const parent = table.references.find((r) => scoped.has(r.table) && r.table !== 'workspaces');
  if (!parent) return 'none';
  return sql<SqlBool>`${sql.ref(parent.column)} in (select id from ${sql.table(parent.table)} where workspace_id = ${workspaceId})`;
}

/** Inserts rows (objects by column name) as multi-row statements. */
export async function insertRows(db: Executor, table: string, rows: Row[]): Promise<void> {
  if (rows.length > 0) await untyped(db).insertInto(table).values(rows).execute();
}

/** Sets one column of one row (a reference to the same table, written after every row exists). */
export async function setColumn(db: Executor, table: string, key: Row, column: string, value: unknown): Promise<void> {
  let query = untyped(db).updateTable(table).set({ [column]: value });
  for (const [k, v] of Object.entries(key)) query = query.where(k, '=', v);
  await query.execute();
}
