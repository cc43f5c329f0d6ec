import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Action } from '../../platform/access/permissions.js';
import { entityType, type EntitySummary, type EntityType } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import { findVersion, listVersionsWithActors } from '../../platform/history/history.repository.js';
import type { RestoreVersionInput } from './history.schema.js';
import { presentVersions } from './history.presenter.js';
import { staleVersionError } from './history.errors.js';

/** A history longer than this shows its newest versions only. */
export const MAX_VERSIONS = 500;
import { UUID_PATTERN as UUID } from '../../platform/schemas.js';
import { recordType } from '../../platform/records/registry.js';
import { redactData } from '../../platform/records/field-redaction.js';
import { hiddenOrMissing } from '../records/records.service.js';

/** The registered type, or 404: an unknown type is as missing as an unknown record. @throws AppError not_found */
export function requireEntityType(type: string): EntityType {
  const found = entityType(type);
  if (!found) throw new AppError('not_found', `There are no records of type "${type}"`);
  return found;
}

/**
 * The record if the actor may see it (deleted or not), through the entity's own `find`.
 * Ids are UUIDs everywhere; anything else cannot exist (and must not reach a uuid column).
 * @throws AppError not_found
 */
export async function findVisibleRecord(db: Executor, actor: Actor, entity: EntityType, id: string, action: Action = 'view'): Promise<EntitySummary> {
  const record = UUID.test(id) ? await entity.find(db, actor, id, action) : undefined;
  if (!record) {
    const kind = recordType(entity.type);
    throw kind ? await hiddenOrMissing(db, actor, kind, id) : new AppError('not_found', 'Record not found');
  }
  return record;
}

/**
 * A record's versions, newest first, with diffs and authors.
 * @throws AppError not_found (unknown type, or a record the actor cannot see) | forbidden (no view right on its module)
 */
export async function listHistory(db: Executor, actor: Actor, type: string, id: string) {
  const entity = requireEntityType(type);
  authorize(actor, entity.module, 'view');
  await findVisibleRecord(db, actor, entity, id);
  const read = await listVersionsWithActors(db, actor.workspaceId, entity.type, id, MAX_VERSIONS + 1);
  // Versions show only the fields the actor's role shows, masked where it masks them (decision 0027).
  const kind = recordType(entity.type);
  const rows = kind ? read.map((row) => ({ ...row, data: redactData(actor, kind, row.data) as typeof row.data })) : read;
  return presentVersions(rows.slice(0, MAX_VERSIONS), rows[MAX_VERSIONS]);
}

/**
 * Puts back the fields of an earlier version as a new version, through the entity's own
 * `restoreVersion` (which records it with action `rollback`). Whether a deleted or merged-away
 * record may be restored is the entity's call (see history.errors).
 * @throws AppError not_found | forbidden | bad_request (type has no restore) | validation_failed (no such version, or the current one) | conflict (stale currentVersion, merged, deleted)
 * @returns the record's new version number
 */
export async function restoreVersion(trx: Transaction<Database>, actor: Actor, type: string, id: string, input: RestoreVersionInput): Promise<number> {
  const entity = requireEntityType(type);
  authorize(actor, entity.module, 'edit');
  // Seeing a record is not enough to roll it back: the edit scope must reach it too.
  const record = await findVisibleRecord(trx, actor, entity, id, 'edit');
  if (!entity.restoreVersion) {
    throw new AppError('bad_request', `Earlier versions of ${type} records cannot be restored`, { entityType: 'not_restorable' });
  }
  if (record.version !== input.currentVersion) throw staleVersionError(record.version);
  if (input.version === record.version) throw new AppError('validation_failed', 'This is already the current version', { version: 'is_current' });
  const target = await findVersion(trx, actor.workspaceId, entity.type, id, input.version);
  if (!target?.data) throw new AppError('validation_failed', 'The record has no such version', { version: 'not_found' });
  await entity.restoreVersion(trx, actor, id, target.data, input.currentVersion);
  const after = await entity.find(trx, actor, id);
  return after?.version ?? input.currentVersion + 1;
}
