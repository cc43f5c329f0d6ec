import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import { isPostgres, type ClientKind } from './client-kind.js';

const untyped = (db: Executor) => db as unknown as Kysely<any>;

/**
 * Ids of live records of a kind holding at least one phone kept as typed (`flagged: 1`), in id
 * order after `after` (null: from the first), at most `limit`: the phone recheck walks them a page at a time.
 */
export async function recordsWithFlaggedPhones(db: Executor, kind: ClientKind, workspaceId: string, after: string | null, limit: number): Promise<string[]> {
  const flagged = isPostgres(db)
    ? sql<SqlBool>`phones @> '[{"flagged": 1}]'::jsonb`
    : sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(phones) WHERE json_extract(json_each.value, '$.flagged') = 1)`;
  let query = untyped(db)
    .selectFrom(kind.table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where(flagged)
    .orderBy('id')
    .limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  const rows = await query.execute();
  return rows.map((r) => String(r.id));
}
