import type { Kysely, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { entityTypes } from '../../platform/entities/registry.js';
import { audit } from '../../platform/history/record-change.js';
import * as usersService from './users.service.js';
import { assertMayManage } from './user-rules.js';

/** The largest transfer done inside the request (one page of records); more runs as a job (transfer.job.ts). */
export const TRANSFER_SYNC_LIMIT = 200;

/**
 * Checks that the actor may hand one user's records to another: the users right, managing the
 * source, and an active target other than the source. Run again before every chunk of a job.
 * @throws AppError forbidden | not_found (source) | validation_failed (toUserId: same_user, not_found, inactive)
 */
export async function checkTransfer(db: Executor, actor: Actor, fromUserId: string, toUserId: string): Promise<void> {
  authorize(actor, 'users', 'edit');
  const from = await usersService.findUser(db, actor.workspaceId, fromUserId);
  if (!from) throw new AppError('not_found', 'User not found');
  await assertMayManage(db, actor, from);
  if (toUserId === fromUserId) throw new AppError('validation_failed', 'Choose another user to receive the records', { toUserId: 'same_user' });
  const to = await usersService.findUser(db, actor.workspaceId, toUserId);
  if (!to) throw new AppError('validation_failed', 'There is no such user', { toUserId: 'not_found' });
  if (to.is_active !== 1) throw new AppError('validation_failed', 'Records can only go to an active user', { toUserId: 'inactive' });
}

/** The audit entry of a whole transfer, `user.records_transferred`, with the counts per type. */
export async function auditTransfer(db: Executor, who: { workspaceId: string; actorId: string | null } & Partial<Pick<Actor, 'ip' | 'userAgent' | 'requestId'>>, fromUserId: string, toUserId: string, moved: Record<string, number>, extra: Record<string, unknown> = {}): Promise<void> {
  await audit(db, who, 'user.records_transferred', { entityType: 'user', entityId: fromUserId, changes: { fromUserId, toUserId, moved, ...extra } });
}

/**
 * Hands every record one user owns (contacts, deals, open tasks… whatever types registered
 * `transferOwnership`) to another active user, in the caller's transaction: each type writes the
 * history of its own records, and the whole move is audited as `user.records_transferred` with
 * the counts. Typically run when a manager leaves (the source may be deactivated).
 * @throws AppError forbidden | not_found (source) | validation_failed (toUserId: same_user, not_found, inactive)
 */
export async function transferRecords(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string): Promise<Record<string, number>> {
  await checkTransfer(trx, actor, fromUserId, toUserId);
  const moved: Record<string, number> = {};
  for (const type of entityTypes()) {
    if (type.transferOwnership) moved[type.type] = await type.transferOwnership(trx, actor, fromUserId, toUserId);
  }
  await auditTransfer(trx, { ...actor, actorId: actor.userId }, fromUserId, toUserId, moved);
  return moved;
}

/** How many records the user owns over the types that can count them. */
export async function countRecordsOwned(db: Executor, workspaceId: string, userId: string): Promise<number> {
  let total = 0;
  for (const type of entityTypes()) if (type.countOwned) total += await type.countOwned(db, workspaceId, userId);
  return total;
}

export type TransferStart = { status: 200; moved: Record<string, number> } | { status: 202; jobId: string };

/**
 * Transfers at once (200) when the user owns one page of records or less, or queues a chunked job
 * (202) through `queue` when more; the checks run first either way.
 * @throws AppError as checkTransfer
 */
export async function startTransfer(
  db: Kysely<Database>, actor: Actor, fromUserId: string, toUserId: string,
  queue: (trx: Transaction<Database>, total: number) => Promise<string>,
): Promise<TransferStart> {
  return db.transaction().execute(async (trx): Promise<TransferStart> => {
    await checkTransfer(trx, actor, fromUserId, toUserId);
    const total = await countRecordsOwned(trx, actor.workspaceId, fromUserId);
    if (total <= TRANSFER_SYNC_LIMIT) return { status: 200, moved: await transferRecords(trx, actor, fromUserId, toUserId) };
    return { status: 202, jobId: await queue(trx, total) };
  });
}
