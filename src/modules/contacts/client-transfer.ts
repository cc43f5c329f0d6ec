import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChanges } from '../../platform/history/record-change.js';
import { countOwned, ownedChunk, updateClientsTogether } from './client-bulk.repository.js';
import { forHistory, type ClientKind } from './client-kind.js';

/** Ownership transfer of contacts and companies in chunks: each chunk one UPDATE and its history in multi-row statements. */

/** How many records of a kind (live or in the trash) a user owns. */
export function countClientsOwned(db: Executor, kind: ClientKind, workspaceId: string, userId: string): Promise<number> {
  return countOwned(db, kind.table, workspaceId, userId);
}

/**
 * Gives at most `limit` records of one owner (live or in the trash) to another, each with a
 * `transfer` version; answers how many moved (fewer than `limit`: none is left).
 * @throws AppError conflict (a row changed between the read and the write, which the lock rules out)
 */
export async function transferClientsChunk(trx: Transaction<Database>, actor: Actor, kind: ClientKind, fromUserId: string, toUserId: string, limit: number): Promise<number> {
  const rows = await ownedChunk(trx, kind.table, actor.workspaceId, fromUserId, limit);
  if (rows.length === 0) return 0;
  const written = new Map((await updateClientsTogether(trx, kind.table, actor.workspaceId, rows.map((r) => r.id), { owner_id: toUserId, updated_at: now() })).map((r) => [r.id, r]));
  await recordChanges(trx, actor, rows.map((before) => {
    const after = written.get(before.id);
    if (!after) throw new AppError('conflict', 'Some records were changed by someone else meanwhile; try again');
    return { entityType: kind.entityType, action: 'transfer' as const, before: forHistory(before), after: forHistory(after) };
  }));
  return rows.length;
}
