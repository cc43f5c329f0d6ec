import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { migrationProvider } from '../../db/migrations/index.js';

/**
 * Which columns hold JSON, times and booleans, whatever the database. SQLite declares JSON and
 * times as TEXT (and keeps booleans as 0/1), so its catalog cannot tell them apart; PostgreSQL's
 * can (`jsonb`, `timestamptz`, `boolean`). The migration set is the one source both dialects share: it is replayed here
 * against a PostgreSQL compiler that runs nothing (Kysely's DummyDriver, every query answers no
 * rows), and the compiled DDL is read for the column types. No hand list to keep in step.
 */

export type ColumnKind = 'json' | 'time' | 'boolean';
/** `table` → `column` → kind, for JSON, time and boolean columns only (everything else is a plain value). */
export type ColumnKinds = Map<string, Map<string, ColumnKind>>;

const KIND_OF_TYPE: Record<string, ColumnKind> = { jsonb: 'json', json: 'json', timestamptz: 'time', timestamp: 'time', boolean: 'boolean' };
const IDENT = String.raw`"?(\w+)"?`;
const TABLE_DDL = new RegExp(String.raw`^\s*(?:create table(?: if not exists)?|alter table(?: if exists)?)\s+${IDENT}\s*(.*)$`, 'is');
const COLUMN_TYPE = new RegExp(String.raw`(?:^|[(,])\s*${IDENT}\s+(jsonb|json|timestamptz|timestamp|boolean|\w+)\b`, 'gi');
const RENAME_COLUMN = new RegExp(String.raw`rename column ${IDENT} to ${IDENT}`, 'i');
const DROP_TABLE = new RegExp(String.raw`^\s*drop table(?: if exists)?\s+${IDENT}`, 'i');

/** Reads one compiled statement into the map. */
function apply(kinds: ColumnKinds, statement: string): void {
  const dropped = DROP_TABLE.exec(statement);
  if (dropped) {
    kinds.delete(dropped[1]!);
    return;
  }
  const ddl = TABLE_DDL.exec(statement);
  if (!ddl) return;
  const table = ddl[1]!;
  const body = ddl[2]!;
  const columns = kinds.get(table) ?? new Map<string, ColumnKind>();
  const renamed = RENAME_COLUMN.exec(body);
  if (renamed && columns.has(renamed[1]!)) {
    columns.set(renamed[2]!, columns.get(renamed[1]!)!);
    columns.delete(renamed[1]!);
  }
  // `add column "x" jsonb, add column ...` reads like the column list of a create.
  for (const m of body.replace(/\badd column\s+/gi, ',').matchAll(COLUMN_TYPE)) {
    const kind = KIND_OF_TYPE[m[2]!.toLowerCase()];
    if (kind) columns.set(m[1]!, kind);
    else columns.delete(m[1]!); // re-declared as a plain type
  }
  kinds.set(table, columns);
}

let cached: ColumnKinds | null = null;

/** The JSON, time and boolean columns of every table, from the migrations as they compile for PostgreSQL. */
export async function columnKinds(): Promise<ColumnKinds> {
  if (cached) return cached;
  const statements: string[] = [];
  const db = new Kysely<any>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => { if (event.level === 'query') statements.push(event.query.sql); },
  });
  const migrations = await migrationProvider.getMigrations();
  for (const name of Object.keys(migrations).sort()) await migrations[name]!.up(db);
  await db.destroy();
  const kinds: ColumnKinds = new Map();
  for (const statement of statements) apply(kinds, statement);
  cached = kinds;
  return kinds;
}
