/**
 * Frozen helpers for migrations. Migrations must never change once released, so this file only
 * ever grows: never edit an existing helper's output (add a new one instead), and never import
 * application code here.
 */
import { randomUUID } from 'node:crypto';
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Column types per dialect: ids are `uuid` on PostgreSQL, TEXT on SQLite; times `timestamptz` / TEXT (ISO UTC); JSON `jsonb` / TEXT. */
export function types(db: Kysely<any>) {
  const pg = isPostgres(db);
  return {
    id: pg ? ('uuid' as const) : ('text' as const),
    time: pg ? ('timestamptz' as const) : ('text' as const),
    json: pg ? ('jsonb' as const) : ('text' as const),
    bigint: pg ? ('bigint' as const) : ('integer' as const),
  };
}

/** `created_at`/`updated_at` default to now in the database's own clock as a fallback; the app always sets them. */
export function nowDefault(db: Kysely<any>) {
  return isPostgres(db) ? sql`now()` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
}

export type ColumnBuilder = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
export const notNull: ColumnBuilder = (c) => c.notNull();

/**
 * Queues one application job of `type` per workspace (unique key `<type>:<workspace id>`), for work a
 * frozen migration must leave to app code (rewriting derived values). Already queued: nothing added.
 */
export async function queueJobPerWorkspace(db: Kysely<any>, type: string): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  const at = new Date().toISOString();
  for (const w of workspaces) {
    await db
      .insertInto('jobs')
      .values({
        id: randomUUID(), workspace_id: w.id, type, payload: null, status: 'queued', run_at: at,
        attempts: 0, max_attempts: 5, unique_key: `${type}:${w.id}`, created_at: at, updated_at: at,
      })
      .onConflict((oc) => oc.column('unique_key').doNothing())
      .execute();
  }
}
