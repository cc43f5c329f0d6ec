import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { entityTypes } from '../../platform/entities/registry.js';
import { audit } from '../../platform/history/record-change.js';
import * as usersService from './users.service.js';
import { assertMayManage } from './user-rules.js';

/**
 * Hands every record one user owns (contacts, deals, open tasks… whatever types registered
 * `transferOwnership`) to another active user, in the caller's transaction: each type writes the
 * history of its own records, and the whole move is audited as `user.records_transferred` with
 * the counts. Typically run when a manager leaves (the source may be deactivated).
 * @throws AppError forbidden | not_found (source) | validation_failed (toUserId: same_user, not_found, inactive)
 */
export async function transferRecords(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string): Promise<Record<string, number>> {
  authorize(actor, 'users', 'edit');
  const from = await usersService.findUser(trx, actor.workspaceId, fromUserId);
  if (!from) throw new AppError('not_found', 'User not found');
  await assertMayManage(trx, actor, from);
  if (toUserId === fromUserId) throw new AppError('validation_failed', 'Choose another user to receive the records', { toUserId: 'same_user' });
  const to = await usersService.findUser(trx, actor.workspaceId, toUserId);
  if (!to) throw new AppError('validation_failed', 'There is no such user', { toUserId: 'not_found' });
  if (to.is_active !== 1) throw new AppError('validation_failed', 'Records can only go to an active user', { toUserId: 'inactive' });

  const moved: Record<string, number> = {};
  for (const type of entityTypes()) {
    if (type.transferOwnership) moved[type.type] = await type.transferOwnership(trx, actor, fromUserId, toUserId);
  }
  await audit(trx, { ...actor, actorId: actor.userId }, 'user.records_transferred', {
    entityType: 'user',
    entityId: fromUserId,
    changes: { fromUserId, toUserId, moved },
  });
  return moved;
}
