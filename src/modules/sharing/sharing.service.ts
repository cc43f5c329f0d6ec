import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { canReach } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import type { RecordType } from '../../platform/records/record-type.js';
import * as records from '../records/records.service.js';
import * as usersService from '../users/users.service.js';
import * as shares from './sharing.repository.js';
import { presentShare } from './sharing.presenter.js';
import type { ShareInput } from './sharing.schema.js';

/**
 * Sharing one record (decision 0027): observers (`view`) and co-owners (`edit`) on a contact, a
 * company or a deal. What a share gives is decided by the one visibility helper; this module keeps
 * the shares, checks who may give them, and audits every change.
 */

/** The record types with records shared with a user: the actor's `sharedTypes`. */
export function sharedTypesOf(db: Executor, workspaceId: string, userId: string): Promise<string[]> {
  return shares.sharedTypesOf(db, workspaceId, userId);
}

/**
 * A record's shares, for anyone who may see the record, and whether they may change them.
 * @throws AppError forbidden (no view right) | not_found
 */
export async function listRecordShares(db: Executor, actor: Actor, kind: RecordType, id: string) {
  authorize(actor, kind.module, 'view');
  const row = await records.findRecord(db, kind, actor, id);
  if (!row) throw await records.hiddenOrMissing(db, actor, kind, id);
  const rows = await shares.listShares(db, actor.workspaceId, kind.entityType, id);
  return { items: rows.map(presentShare), canManage: canReach(actor, kind.module, 'edit', row, row.owner_department_id ?? null) };
}

const auditWho = (actor: Actor) => ({ workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId });

/**
 * Shares a record the actor may edit with an active colleague of the workspace, or changes the
 * level of an existing share; audited as `<type>.shared`.
 * @throws AppError forbidden (cannot edit the record) | not_found | validation_failed (userId: not_found | inactive_user | is_owner)
 */
export async function shareRecord(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string, input: ShareInput) {
  const row = await records.findForWrite(trx, actor, kind, id, 'edit');
  const user = await usersService.findUser(trx, actor.workspaceId, input.userId);
  // A user of another workspace is as unknown as one that does not exist.
  if (!user || user.deleted_at) throw new AppError('validation_failed', 'There is no such colleague', { userId: 'not_found' });
  if (user.is_active !== 1) throw new AppError('validation_failed', 'A deactivated colleague cannot be given a record', { userId: 'inactive_user' });
  if (user.id === row.owner_id) throw new AppError('validation_failed', 'The owner already has the record', { userId: 'is_owner' });
  const before = await shares.findShare(trx, actor.workspaceId, kind.entityType, id, user.id);
  if (before?.level !== input.level) {
    await shares.upsertShare(trx, {
      workspace_id: actor.workspaceId, subject_type: kind.entityType, subject_id: id, user_id: user.id, level: input.level,
      created_by: actor.userId, created_at: before?.created_at ?? now(),
    });
    await audit(trx, auditWho(actor), `${kind.entityType}.shared`, {
      entityType: kind.entityType, entityId: id,
      changes: { userId: user.id, userName: user.name, level: input.level, ...(before ? { previousLevel: before.level } : {}) },
    });
  }
  return listRecordShares(trx, actor, kind, id);
}

/**
 * Takes a share back (anyone who may edit the record); audited as `<type>.unshared`.
 * @throws AppError forbidden | not_found (the record, or no such share)
 */
export async function unshareRecord(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string, userId: string): Promise<void> {
  await records.findForWrite(trx, actor, kind, id, 'edit');
  const before = await shares.findShare(trx, actor.workspaceId, kind.entityType, id, userId);
  if (!before || !(await shares.deleteShare(trx, actor.workspaceId, kind.entityType, id, userId))) {
    throw new AppError('not_found', 'The record is not shared with this colleague');
  }
  await audit(trx, auditWho(actor), `${kind.entityType}.unshared`, { entityType: kind.entityType, entityId: id, changes: { userId, level: before.level } });
}

/** Removes a record's shares when it goes for good (the purge). */
export function removeSharesOf(trx: Executor, workspaceId: string, entityType: string, id: string): Promise<void> {
  return shares.deleteSharesOf(trx, workspaceId, entityType, id);
}
