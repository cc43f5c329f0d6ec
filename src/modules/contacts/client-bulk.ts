import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { widerScope } from '../../platform/access/permissions.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { audit, recordChange } from '../../platform/history/record-change.js';
import { toJson } from '../../platform/json.js';
import { forHistory, parseRow, type ClientKind, type ClientRow } from './client-kind.js';
import { rebuildTagRows } from './client-derived.js';
import { normalizeTags } from './client-points.js';
import { findRecordsForBulk as findClientsForBulk, updateRecordVersioned as updateClientVersioned } from '../records/records.service.js';
import { checkOwner, FieldErrorCollector } from '../records/record-write.js';

export interface BulkInput {
  ids: string[];
  action: 'assign_owner' | 'add_tags' | 'remove_tags' | 'set_status' | 'delete';
  ownerId?: string;
  tags?: string[];
  status?: string;
}

/** The columns one bulk action changes on one record; null when it changes nothing. */
function patchFor(input: BulkInput, row: ClientRow, tags: string[], actorId: string | null): Record<string, unknown> | null {
  switch (input.action) {
    case 'assign_owner':
      return row.owner_id === input.ownerId ? null : { owner_id: input.ownerId };
    case 'set_status':
      return row.status === input.status ? null : { status: input.status };
    case 'delete':
      return { deleted_at: now(), deleted_by: actorId };
    default: {
      const current = parseRow(row).tags;
      const wanted = new Set(tags.map((t) => t.toLocaleLowerCase()));
      const next = input.action === 'add_tags'
        ? normalizeTags([...current, ...tags])
        : current.filter((t) => !wanted.has(t.toLocaleLowerCase()));
      return JSON.stringify(next) === JSON.stringify(current) ? null : { tags: toJson(next) };
    }
  }
}

/**
 * Applies one action to many records in the caller's transaction; needs the `bulk` right besides
 * edit or delete. Records the actor cannot reach (outside the narrower of the two scopes, deleted,
 * unknown) are skipped; each changed record gets its own history, and the whole run one audit entry `<type>.bulk_<action>`.
 * @throws AppError forbidden | validation_failed (ownerId, tags, status)
 */
export async function bulkUpdateClients(trx: Transaction<Database>, actor: Actor, kind: ClientKind, input: BulkInput): Promise<{ updated: number; skipped: number }> {
  const right = input.action === 'delete' ? 'delete' : 'edit';
  authorize(actor, kind.module, 'bulk');
  authorize(actor, kind.module, right);
  // Scopes nest (own within department within all), so the narrower of the two rights is the set of
  // records both allow.
  const rightScope = scopeOf(actor, kind.module, right);
  const reach = widerScope(rightScope, scopeOf(actor, kind.module, 'bulk')) === rightScope ? 'bulk' : right;
  const errors = new FieldErrorCollector();
  if (input.action === 'assign_owner') {
    if (!input.ownerId) errors.add('ownerId', 'required');
    else await checkOwner(trx, actor, kind, 'edit', input.ownerId, errors);
  }
  const tags = normalizeTags(input.tags ?? []);
  if ((input.action === 'add_tags' || input.action === 'remove_tags') && tags.length === 0) errors.add('tags', 'required');
  if (input.action === 'set_status' && !input.status) errors.add('status', 'required');
  errors.throwIfAny();

  const ids = [...new Set(input.ids)];
  const rows = (await findClientsForBulk(trx, kind, actor, ids, reach)) as ClientRow[];
  let updated = 0;
  for (const before of rows) {
    const patch = patchFor(input, before, tags, actor.userId);
    updated++;
    if (!patch) continue;
    const after = (await updateClientVersioned(trx, kind.table, actor.workspaceId, before.id, before.version, { ...patch, updated_at: now() })) as ClientRow | undefined;
    if (!after) throw new AppError('conflict', 'Some records were changed by someone else meanwhile; try again');
    if (patch.tags !== undefined) await rebuildTagRows(trx, kind, parseRow(after));
    await recordChange(trx, actor, { entityType: kind.entityType, action: input.action === 'delete' ? 'delete' : 'update', before: forHistory(before), after: forHistory(after) });
  }
  const skipped = ids.length - rows.length;
  await audit(trx, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, `${kind.entityType}.bulk_${input.action}`, {
    entityType: kind.entityType,
    changes: { size: ids.length, updated, skipped, ...(input.ownerId ? { ownerId: input.ownerId } : {}), ...(tags.length ? { tags } : {}), ...(input.status ? { status: input.status } : {}) },
  });
  return { updated, skipped };
}
