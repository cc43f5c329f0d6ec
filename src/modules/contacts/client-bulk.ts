import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { widerScope, type Action } from '../../platform/access/permissions.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { audit, recordChanges, type Change } from '../../platform/history/record-change.js';
import { toJson } from '../../platform/json.js';
import { forHistory, parseRow, type ClientKind, type ClientRow } from './client-kind.js';
import { rebuildTagRowsMany } from './client-derived.js';
import { normalizeTags } from './client-points.js';
import { measureSelection, selectBulkChunk, updateClientsTogether, type ChunkSelection, type ListCondition } from './client-bulk.repository.js';
import type { ListFilter } from '../records/record-schema.js';
import { recordType } from '../../platform/records/registry.js';
import { checkOwner, FieldErrorCollector, listConditions, recordContext, updateRecordVersioned as updateClientVersioned } from '../records/records.service.js';

/** The filter of "every record the list shows" (the list's parameters; its sort does not matter). */
export type BulkMatch = Omit<ListFilter, 'sort'> & { sort?: string };

export interface BulkInput {
  /** The records picked one by one; or else `match`. */
  ids?: string[];
  /** Every record the list filter matches, within the actor's reach. */
  match?: BulkMatch;
  action: 'assign_owner' | 'add_tags' | 'remove_tags' | 'set_status' | 'delete';
  ownerId?: string;
  tags?: string[];
  status?: string;
}

/** The largest selection done inside the request (one page of the list at its largest); more runs as a job. */
export const SYNC_LIMIT = 200;

/** What the checks of a bulk action settle, for the chunks to use. */
export interface BulkPlan {
  /** The narrower of the bulk and edit/delete scopes: the records both allow. */
  reach: Action;
  tags: string[];
}

/** The columns one bulk action changes on one record; null when it changes nothing. */
function patchFor(input: BulkInput, row: ClientRow, tags: string[], actorId: string | null, at: string): Record<string, unknown> | null {
  switch (input.action) {
    case 'assign_owner':
      return row.owner_id === input.ownerId ? null : { owner_id: input.ownerId };
    case 'set_status':
      return row.status === input.status ? null : { status: input.status };
    case 'delete':
      return { deleted_at: at, deleted_by: actorId };
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
 * Checks the actor's rights and the input of a bulk action; run before the action and again before
 * every chunk of a job (a right taken away stops the job).
 * @throws AppError forbidden | validation_failed (ownerId, tags, status, ids)
 */
export async function planBulk(db: Executor, actor: Actor, kind: ClientKind, input: BulkInput): Promise<BulkPlan> {
  const right = input.action === 'delete' ? 'delete' : 'edit';
  authorize(actor, kind.module, 'bulk');
  authorize(actor, kind.module, right);
  // Scopes nest (own within department within all), so the narrower of the two rights is the set of
  // records both allow.
  const rightScope = scopeOf(actor, kind.module, right);
  const reach = widerScope(rightScope, scopeOf(actor, kind.module, 'bulk')) === rightScope ? 'bulk' : right;
  const errors = new FieldErrorCollector();
  if (!input.ids === !input.match) errors.add('ids', 'required');
  if (input.action === 'assign_owner') {
    if (!input.ownerId) errors.add('ownerId', 'required');
    else await checkOwner(db, actor, kind, 'edit', input.ownerId, errors);
  }
  const tags = normalizeTags(input.tags ?? []);
  if ((input.action === 'add_tags' || input.action === 'remove_tags') && tags.length === 0) errors.add('tags', 'required');
  if (input.action === 'set_status' && !input.status) errors.add('status', 'required');
  errors.throwIfAny();
  return { reach, tags };
}

/** The conditions of a bulk filter, checked like the list's. @throws AppError validation_failed */
export async function matchConditions(db: Executor, actor: Actor, kind: ClientKind, match: BulkMatch): Promise<ListCondition[]> {
  const type = recordType(kind.entityType)!;
  const ctx = await recordContext(db, actor.workspaceId, type);
  return listConditions(db, type, actor, { ...match, sort: match.sort ?? 'name' }, ctx);
}

/**
 * Applies the action to rows read (and locked) in this transaction: one UPDATE for a change that is
 * the same on every record, tag rows rebuilt together, and the history of all of them in multi-row
 * statements. Answers how many records the action reached (changed or already as wanted).
 * @throws AppError conflict (a record changed between the read and the write, which the lock rules out)
 */
export async function applyBulkToRows(trx: Transaction<Database>, actor: Actor, kind: ClientKind, input: BulkInput, plan: BulkPlan, rows: readonly ClientRow[]): Promise<number> {
  const at = now();
  const changes: Change[] = [];
  const together: ClientRow[] = [];
  let shared: Record<string, unknown> | null = null;
  const retagged: ClientRow[] = [];
  for (const before of rows) {
    const patch = patchFor(input, before, plan.tags, actor.userId, at);
    if (!patch) continue;
    if (patch.tags === undefined) {
      shared = patch;
      together.push(before);
      continue;
    }
    const after = (await updateClientVersioned(trx, kind.table, actor.workspaceId, before.id, before.version, { ...patch, updated_at: at })) as ClientRow | undefined;
    if (!after) throw new AppError('conflict', 'Some records were changed by someone else meanwhile; try again');
    retagged.push(after);
    changes.push({ entityType: kind.entityType, action: 'update', before: forHistory(before), after: forHistory(after) });
  }
  if (shared) {
    const written = new Map((await updateClientsTogether(trx, kind.table, actor.workspaceId, together.map((r) => r.id), { ...shared, updated_at: at })).map((r) => [r.id, r]));
    for (const before of together) {
      const after = written.get(before.id);
      if (!after) throw new AppError('conflict', 'Some records were changed by someone else meanwhile; try again');
      changes.push({ entityType: kind.entityType, action: input.action === 'delete' ? 'delete' : 'update', before: forHistory(before), after: forHistory(after) });
    }
  }
  await rebuildTagRowsMany(trx, kind, retagged.map((r) => parseRow(r)));
  await recordChanges(trx, actor, changes);
  return rows.length;
}

/** The one audit entry of a whole bulk action, `<type>.bulk_<action>`, besides each record's own history. */
export async function auditBulk(db: Executor, actor: Actor, kind: ClientKind, input: BulkInput, plan: BulkPlan, counts: { size: number; updated: number; skipped: number; jobId?: string }): Promise<void> {
  await audit(db, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, `${kind.entityType}.bulk_${input.action}`, {
    entityType: kind.entityType,
    changes: {
      ...counts,
      ...(input.match ? { match: input.match } : {}),
      ...(input.ownerId ? { ownerId: input.ownerId } : {}), ...(plan.tags.length ? { tags: plan.tags } : {}), ...(input.status ? { status: input.status } : {}),
    },
  });
}

/** What a bulk request settles on: the selection and its size, before anything is written. */
export interface SizedSelection {
  size: number;
  /** Ids picked one by one, deduplicated and sorted (a job walks them in order). */
  ids?: string[];
  conditions?: ListCondition[];
  upToId?: string | null;
}

/** Measures a selection: picked ids, or the records the filter matches within reach now. */
export async function sizeSelection(db: Executor, actor: Actor, kind: ClientKind, input: BulkInput, plan: BulkPlan): Promise<SizedSelection> {
  if (input.ids) {
    const ids = [...new Set(input.ids)].sort();
    return { size: ids.length, ids };
  }
  const conditions = await matchConditions(db, actor, kind, input.match!);
  const { total, upToId } = await measureSelection(db, kind, actor, plan.reach, conditions);
  return { size: total, conditions, upToId };
}

/**
 * Applies one action to a small selection (up to SYNC_LIMIT records) in the caller's transaction;
 * needs the `bulk` right besides edit or delete. Records the actor cannot reach (outside the
 * narrower of the two scopes, deleted, unknown) are skipped; each changed record gets its own
 * history, and the whole run one audit entry `<type>.bulk_<action>`.
 * @throws AppError forbidden | validation_failed (ownerId, tags, status, ids: too_long above SYNC_LIMIT)
 */
export async function bulkUpdateClients(trx: Transaction<Database>, actor: Actor, kind: ClientKind, input: BulkInput, sized?: SizedSelection, plan?: BulkPlan): Promise<{ updated: number; skipped: number }> {
  plan ??= await planBulk(trx, actor, kind, input);
  sized ??= await sizeSelection(trx, actor, kind, input, plan);
  if (sized.size > SYNC_LIMIT) throw new AppError('validation_failed', `Over ${SYNC_LIMIT} records run as a background job`, { ids: 'too_long' });
  const selection: ChunkSelection | null = sized.ids ? { ids: sized.ids } : sized.upToId ? { conditions: sized.conditions!, afterId: null, upToId: sized.upToId } : null;
  const rows = selection ? await selectBulkChunk(trx, kind, actor, plan.reach, selection, SYNC_LIMIT) : [];
  const updated = await applyBulkToRows(trx, actor, kind, input, plan, rows);
  const skipped = sized.size - rows.length;
  await auditBulk(trx, actor, kind, input, plan, { size: sized.size, updated, skipped });
  return { updated, skipped };
}
