import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange, recordChanges } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import * as repo from './lost-reasons.repository.js';
import { MAX_LOST_REASONS, type LostReasonOutput } from './lost-reasons.schema.js';
import { authorizeManage, authorizeView } from './pipelines.service.js';

/** The admin's list of reasons a deal is lost; a lost deal must name one. */

function present(row: repo.LostReasonRow): LostReasonOutput {
  return { id: row.id, name: row.name, position: Number(row.position), retired: row.retired_at !== null, version: row.version };
}

/** The reasons, for anyone who may see deals. */
export async function listReasons(db: Executor, actor: Actor, includeRetired: boolean): Promise<LostReasonOutput[]> {
  authorizeView(actor);
  return (await repo.listLostReasons(db, actor.workspaceId, includeRetired)).map(present);
}

async function checkNameFree(db: Executor, workspaceId: string, name: string, exceptId: string | null): Promise<void> {
  const taken = (await repo.listLostReasons(db, workspaceId, false)).some((r) => r.id !== exceptId && r.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (taken) throw new AppError('validation_failed', 'There is already a reason with this name', { name: 'taken' });
}

/** Adds a reason at the end. @throws AppError forbidden | validation_failed (name: taken | too_many) */
export async function createReason(trx: Transaction<Database>, actor: Actor, name: string): Promise<LostReasonOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  if ((await repo.listLostReasons(trx, ws, false)).length >= MAX_LOST_REASONS) throw new AppError('validation_failed', `At most ${MAX_LOST_REASONS} reasons`, { name: 'too_many' });
  await checkNameFree(trx, ws, name, null);
  const at = now();
  const [row] = await repo.insertLostReasons(trx, [{ id: newId(), workspace_id: ws, name, position: await repo.nextLostReasonPosition(trx, ws), retired_at: null, version: 1, created_at: at, updated_at: at }]);
  await recordChange(trx, actor, { entityType: 'lost_reason', action: 'create', before: null, after: row! });
  return present(row!);
}

/** Renames a reason or retires it (lost deals keep naming it). @throws AppError forbidden | not_found | conflict | validation_failed */
export async function changeReason(trx: Transaction<Database>, actor: Actor, id: string, change: { name?: string; retire?: boolean; version: number }): Promise<LostReasonOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const before = await repo.findLostReason(trx, ws, id);
  if (!before || (change.retire && before.retired_at !== null)) throw new AppError('not_found', 'The reason was not found');
  if (change.name !== undefined) await checkNameFree(trx, ws, change.name, id);
  const at = now();
  const after = await repo.updateLostReasonRow(trx, ws, id, change.version, { ...(change.name !== undefined ? { name: change.name } : {}), ...(change.retire ? { retired_at: at } : {}), updated_at: at });
  if (!after) throw new AppError('conflict', 'The reason was changed by someone else; reload and try again', undefined, { current: present(before) });
  await recordChange(trx, actor, { entityType: 'lost_reason', action: change.retire ? 'delete' : 'update', before, after, ...(change.retire ? { event: 'lost_reason.retired' } : {}) });
  return present(after);
}

/**
 * Puts the active reasons in the given order (every one named once); each reason whose place
 * changed gets a new version. A list that no longer matches the active reasons answers 409 with them.
 * @throws AppError forbidden | conflict (another set of reasons, with `current`) | validation_failed (ids: mismatch)
 */
export async function reorderReasons(trx: Transaction<Database>, actor: Actor, ids: string[]): Promise<LostReasonOutput[]> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const active = await repo.listLostReasons(trx, ws, false);
  if (new Set(ids).size !== ids.length) throw new AppError('validation_failed', 'Name each active reason once', { ids: 'mismatch' });
  if (ids.length !== active.length || active.some((r) => !ids.includes(r.id))) {
    throw new AppError('conflict', 'The reasons were changed by someone else; reload and try again', undefined, { current: active.map(present) });
  }
  const moved = active.filter((r) => Number(r.position) !== ids.indexOf(r.id));
  await repo.setLostReasonPositions(trx, ws, moved.map((r) => ({ id: r.id, position: ids.indexOf(r.id) })), now());
  const after = new Map((await repo.listLostReasons(trx, ws, false)).map((r) => [r.id, r]));
  await recordChanges(trx, actor, moved.map((before) => ({ entityType: 'lost_reason', action: 'update' as const, before, after: after.get(before.id)!, event: 'lost_reason.reordered' })));
  return [...after.values()].map(present);
}
