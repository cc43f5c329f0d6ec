import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { canReach } from '../../platform/access/visibility.js';
import type { EntitySummary } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { now } from '../../platform/clock.js';
import { deletedRecordError, mergedRecordError } from '../history/history.errors.js';
import * as usersService from '../users/users.service.js';
import { forHistory, parseRow, type ClientKind, type ClientRow } from './client-kind.js';
import { deleteDerivedRows, rebuildDerivedRows } from './client-derived.js';
import { deleteClientRow, deletedClientIdsBefore, findClient, findClientRow, listDeletedClients, updateClientVersioned } from './client-repository.js';
import { purgeSubjectTimeline } from '../timeline/timeline.service.js';
import { purgeSubjectAttachments } from '../attachments/attachments.service.js';
import { clientContext } from './client-write.js';
import { transferClientsChunk } from './client-transfer.js';

/** What contacts and companies tell the entity registry: history, trash, purge and transfer, for both kinds. */

/** A record as history, trash and audit screens show it. */
export function summaryOf(kind: ClientKind, row: ClientRow): EntitySummary {
  return { id: row.id, title: kind.title(row), version: row.version, deletedAt: row.deleted_at, deletedBy: row.deleted_by };
}

/** A record (deleted or not) within the actor's scope for `action`. */
export async function findSummary(db: Executor, actor: Actor, kind: ClientKind, id: string, action: Action = 'view'): Promise<EntitySummary | undefined> {
  if (scopeOf(actor, kind.module, action) === 'none') return undefined;
  const row = await findClient(db, kind, actor, id, { action, withDeleted: true });
  return row && summaryOf(kind, row);
}

/** Records in the trash the actor can see, most recently deleted first (merged-away ones are not listed). */
export async function listDeletedSummaries(db: Executor, actor: Actor, kind: ClientKind, limit: number): Promise<EntitySummary[]> {
  if (scopeOf(actor, kind.module, 'view') === 'none') return [];
  return (await listDeletedClients(db, kind, actor, limit)).map((row) => summaryOf(kind, row));
}

/** Rebuilds a record's contact points, tags and search document from its row (after a merge, an import...). */
export async function reindexClient(trx: Transaction<Database>, kind: ClientKind, workspaceId: string, id: string): Promise<void> {
  const row = await findClientRow(trx, kind.table, workspaceId, id);
  if (!row) return;
  const ctx = await clientContext(trx, workspaceId, kind.entityType);
  await rebuildDerivedRows(trx, kind, parseRow(row), ctx.defs, ctx.country);
}

/**
 * Takes a record out of the trash; its links never left, so they come back with it.
 * A record merged into another comes back only by undoing the merge.
 * @throws AppError not_found | forbidden (outside the delete scope) | conflict (merged, or changed meanwhile)
 */
export async function restoreDeletedClient(trx: Transaction<Database>, actor: Actor, kind: ClientKind, id: string): Promise<void> {
  const before = await findClient(trx, kind, actor, id, { withDeleted: true });
  if (!before?.deleted_at) throw new AppError('not_found', `This ${kind.entityType} is not in the trash`);
  if (before.merged_into_id) throw mergedRecordError(before.merged_into_id);
  if (!canReach(actor, kind.module, 'delete', before, before.owner_department_id ?? null)) throw new AppError('forbidden', `You have no right to restore this ${kind.entityType}`);
  const after = await updateClientVersioned(trx, kind.table, actor.workspaceId, id, before.version, { deleted_at: null, deleted_by: null, updated_at: now() });
  if (!after) throw new AppError('conflict', `The ${kind.entityType} was changed by someone else`);
  const ctx = await clientContext(trx, actor.workspaceId, kind.entityType);
  await rebuildDerivedRows(trx, kind, parseRow(after), ctx.defs, ctx.country);
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'restore', before: forHistory(before), after: forHistory(after) });
}

/** Removes a trashed record for good with its links and derived rows. @throws AppError not_found */
export async function purgeClient(trx: Transaction<Database>, actor: Actor, kind: ClientKind, id: string): Promise<void> {
  const row = await findClientRow(trx, kind.table, actor.workspaceId, id);
  if (!row?.deleted_at) throw new AppError('not_found', `This ${kind.entityType} is not in the trash`);
  await deleteDerivedRows(trx, kind, id);
  // Nothing may be left pointing at a record that no longer exists.
  await purgeSubjectTimeline(trx, actor.workspaceId, kind.entityType, id);
  await purgeSubjectAttachments(trx, actor.workspaceId, kind.entityType, id);
  await deleteClientRow(trx, kind.table, actor.workspaceId, id);
}

/** Ids of records deleted before `before`, for the retention purge. */
export function deletedIdsBefore(db: Executor, kind: ClientKind, workspaceId: string, before: string, limit: number): Promise<string[]> {
  return deletedClientIdsBefore(db, kind.table, workspaceId, before, limit);
}

/** Gives every record of one owner (live or in the trash) to another, each with a `transfer` version. */
export async function transferClients(trx: Transaction<Database>, actor: Actor, kind: ClientKind, fromUserId: string, toUserId: string): Promise<number> {
  let moved = 0;
  for (;;) {
    const n = await transferClientsChunk(trx, actor, kind, fromUserId, toUserId, 500);
    moved += n;
    if (n < 500) return moved;
  }
}

/**
 * The shared part of an update input that puts back an old version's values: contact details as
 * they were (an unreadable phone stays kept as typed), custom values of the active fields (those
 * the old version lacks are cleared), and the old owner if still active (else the owner stays).
 */
export async function commonInputFromVersion(db: Executor, actor: Actor, kind: ClientKind, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Array<Record<string, unknown>>) : []);
  const ctx = await clientContext(db, actor.workspaceId, kind.entityType);
  const oldCustom = (data.custom && typeof data.custom === 'object' ? data.custom : {}) as Record<string, unknown>;
  const ownerId = typeof data.owner_id === 'string' ? data.owner_id : undefined;
  const owner = ownerId ? await usersService.findUser(db, actor.workspaceId, ownerId) : undefined;
  return {
    phones: list('phones').map((p) => ({ type: p.type, value: p.value, ...(p.flagged === 1 ? { keepAsTyped: true } : {}) })),
    emails: list('emails').map((e) => ({ type: e.type, value: e.value })),
    messengers: list('messengers').map((m) => ({ type: m.type, value: m.value })),
    addresses: list('addresses'),
    tags: Array.isArray(data.tags) ? data.tags : [],
    custom: Object.fromEntries(ctx.defs.map((d) => [d.key, oldCustom[d.key] ?? null])),
    website: data.website ?? null,
    notes: data.notes ?? null,
    source: data.source ?? null,
    ...(owner && owner.is_active === 1 && !owner.deleted_at ? { ownerId } : {}),
  };
}

/** The record a history restore targets, refused when it was merged away or sits in the trash. @throws AppError conflict */
export async function assertRestorable(db: Executor, kind: ClientKind, workspaceId: string, id: string): Promise<void> {
  const row = await findClientRow(db, kind.table, workspaceId, id);
  if (row?.merged_into_id) throw mergedRecordError(row.merged_into_id);
  if (row?.deleted_at) throw deletedRecordError();
}
