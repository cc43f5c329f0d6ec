import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { scopeOf } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { entityType, entityTypes, type EntitySummary, type EntityType } from '../../platform/entities/registry.js';
import { emitEvent } from '../../platform/history/events.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { actorNames, deleteVersions, lastDeleters } from '../../platform/history/history.repository.js';
import { presentActor } from '../audit/audit.presenter.js';
import { findVisibleRecord, requireEntityType } from '../history/history.service.js';
import { removeSharesOf } from '../sharing/sharing.service.js';
import type { TrashQuery } from './trash.schema.js';

export interface TrashItem {
  entityType: string;
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: { id: string; name: string } | null;
  abilities: { restore: boolean; purge: boolean };
}

/** Purging is final, so it needs the module's delete right over every record, not just one's own. */
function canPurge(actor: Actor, entity: EntityType): boolean {
  return Boolean(entity.purge) && scopeOf(actor, entity.module, 'delete') === 'all';
}

function typesToList(actor: Actor, type: string | undefined): EntityType[] {
  if (type === undefined) return entityTypes().filter((e) => e.listDeleted && scopeOf(actor, e.module, 'view') !== 'none');
  const entity = entityType(type);
  if (!entity?.listDeleted) throw new AppError('validation_failed', `There is no trash for "${type}"`, { entityType: 'unknown' });
  authorize(actor, entity.module, 'view');
  return [entity];
}

/**
 * Deleted records of every type the actor may see (or one type), newest deletion first, with who
 * deleted them: the entity's answer, else the author of the record's last `delete` version.
 * @throws AppError validation_failed (type without a trash) | forbidden (no view right on that type's module)
 */
export async function listTrash(db: Executor, actor: Actor, query: TrashQuery): Promise<TrashItem[]> {
  const perType = await Promise.all(typesToList(actor, query.entityType).map(async (entity) => {
    const records = (await entity.listDeleted!(db, actor, query.limit)).filter((r): r is EntitySummary & { deletedAt: string } => r.deletedAt !== null);
    const fromHistory = await lastDeleters(db, actor.workspaceId, entity.type, records.filter((r) => !r.deletedBy).map((r) => r.id));
    return records.map((r) => ({ entity, record: r, deleterId: r.deletedBy ?? fromHistory.get(r.id) ?? null }));
  }));
  const found = perType.flat().sort((a, b) => b.record.deletedAt.localeCompare(a.record.deletedAt)).slice(0, query.limit);
  const names = await actorNames(db, actor.workspaceId, found.flatMap((f) => (f.deleterId ? [f.deleterId] : [])));
  return found.map(({ entity, record, deleterId }) => ({
    entityType: entity.type,
    id: record.id,
    title: record.title,
    deletedAt: record.deletedAt,
    deletedBy: presentActor(deleterId, deleterId ? names.get(deleterId) : null),
    abilities: { restore: Boolean(entity.restoreDeleted) && scopeOf(actor, entity.module, 'delete') !== 'none', purge: canPurge(actor, entity) },
  }));
}

/** A record in the trash the actor can see. @throws AppError not_found */
async function findDeleted(db: Executor, actor: Actor, entity: EntityType, id: string): Promise<EntitySummary> {
  const record = await findVisibleRecord(db, actor, entity, id);
  if (!record.deletedAt) throw new AppError('not_found', 'This record is not in the trash');
  return record;
}

/**
 * Takes a record out of the trash through its entity (which restores its links and records history).
 * @throws AppError not_found | forbidden (no delete right on the module) | bad_request (type cannot be restored)
 */
export async function restoreFromTrash(trx: Transaction<Database>, actor: Actor, type: string, id: string): Promise<void> {
  const entity = requireEntityType(type);
  if (!entity.restoreDeleted) throw new AppError('bad_request', `Deleted ${type} records cannot be restored`, { entityType: 'not_restorable' });
  authorize(actor, entity.module, 'delete');
  await findDeleted(trx, actor, entity, id);
  await entity.restoreDeleted(trx, actor, id);
}

/**
 * Removes a trashed record for good, with its saved versions and its shares; audits and emits `<type>.purged`.
 * The audit log keeps its earlier entries about the record: it is append-only by design.
 */
export async function purgeRecord(trx: Transaction<Database>, actor: Actor, entity: EntityType, record: EntitySummary, reason: 'manual' | 'retention'): Promise<void> {
  if (!entity.purge) throw new AppError('bad_request', `Deleted ${entity.type} records cannot be purged`, { entityType: 'not_purgeable' });
  await entity.purge(trx, actor, record.id);
  await deleteVersions(trx, actor.workspaceId, entity.type, record.id);
  // Shares of a record that is gone would only wait to point at nothing.
  await removeSharesOf(trx, actor.workspaceId, entity.type, record.id);
  await audit(trx, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, `${entity.type}.purged`, {
    entityType: entity.type,
    entityId: record.id,
    changes: { title: record.title, deletedAt: record.deletedAt, reason },
  });
  await emitEvent(trx, actor, { type: `${entity.type}.purged`, entityType: entity.type, entityId: record.id, payload: { title: record.title, deletedAt: record.deletedAt, reason } });
}

/**
 * Purges one trashed record at the actor's request.
 * @throws AppError not_found | forbidden (needs the module's delete right at scope `all`) | bad_request (type cannot be purged)
 */
export async function purgeFromTrash(trx: Transaction<Database>, actor: Actor, type: string, id: string): Promise<void> {
  const entity = requireEntityType(type);
  if (!entity.purge) throw new AppError('bad_request', `Deleted ${type} records cannot be purged`, { entityType: 'not_purgeable' });
  if (!canPurge(actor, entity)) throw new AppError('forbidden', `Purging needs the right to delete all ${entity.module}`);
  const record = await findDeleted(trx, actor, entity, id);
  await purgeRecord(trx, actor, entity, record, 'manual');
}
