import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** A planned call past its due time, as escalation sees it. */
export interface WaitingCallRow {
  id: string;
  title: string;
  owner_id: string;
  due_at: string;
}

/**
 * Planned, live calls of a workspace due before `dueBefore` (by the partial index of planned calls),
 * oldest first; with `ids`, only those. A call is handled once it is done or deleted.
 */
export function waitingCalls(db: Executor, workspaceId: string, where: { dueBefore?: string; ids?: readonly string[] }, limit: number): Promise<WaitingCallRow[]> {
  let q = db
    .selectFrom('activities')
    .select(['id', 'title', 'owner_id', 'due_at'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'call')
    .where('status', '=', 'planned')
    .where('deleted_at', 'is', null)
    .where('due_at', 'is not', null);
  if (where.dueBefore) q = q.where('due_at', '<=', where.dueBefore);
  if (where.ids) q = where.ids.length ? q.where('id', 'in', [...where.ids]) : q.where(sql<boolean>`1 = 0`);
  return q.orderBy('due_at').orderBy('id').limit(limit).execute() as Promise<WaitingCallRow[]>;
}
