import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import * as activities from './activities.repository.js';
import { BUILT_IN_KINDS } from './activities.schema.js';
import type { ActivityTypeOutput, CreateActivityTypeInput, UpdateActivityTypeInput } from './activity-types.schema.js';

/** The kinds of activity: the built-in ones and those the admin adds. */

function present(row: activities.ActivityTypeRow): ActivityTypeOutput {
  return {
    id: row.id, key: row.key, builtIn: false, names: fromJson<ActivityTypeOutput['names']>(row.names), icon: row.icon, color: row.color,
    retired: row.retired_at !== null, version: row.version,
  };
}

/** Every kind: the built-in ones first, then the workspace's own (retired ones too, marked). */
export async function listKinds(db: Executor, actor: Actor): Promise<ActivityTypeOutput[]> {
  const builtIn = BUILT_IN_KINDS.map((key) => ({ id: null, key, builtIn: true, names: null, icon: null, color: null, retired: false, version: 1 }));
  return [...builtIn, ...(await activities.listActivityTypes(db, actor.workspaceId)).map(present)];
}

/**
 * Adds a kind. @throws AppError forbidden | validation_failed (key: taken | reserved)
 */
export async function createKind(trx: Transaction<Database>, actor: Actor, input: CreateActivityTypeInput): Promise<ActivityTypeOutput> {
  authorize(actor, 'settings', 'manage_settings');
  if ((BUILT_IN_KINDS as readonly string[]).includes(input.key)) throw new AppError('validation_failed', 'That key is a built-in kind', { key: 'reserved' });
  if (await activities.findActivityTypeByKey(trx, actor.workspaceId, input.key)) throw new AppError('validation_failed', 'That key is taken', { key: 'taken' });
  const at = now();
  const existing = await activities.listActivityTypes(trx, actor.workspaceId);
  const row = await activities.insertActivityType(trx, {
    id: newId(), workspace_id: actor.workspaceId, key: input.key, names: toJson(input.names), icon: input.icon ?? null, color: input.color ?? null,
    position: existing.length, retired_at: null, version: 1, created_at: at, updated_at: at,
  });
  await recordChange(trx, actor, { entityType: 'activity_type', action: 'create', before: null, after: { ...row, names: input.names } });
  return present(row);
}

/**
 * Renames, recolours or retires a kind (names the version it read).
 * @throws AppError forbidden | not_found | conflict (with `current`)
 */
export async function updateKind(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateActivityTypeInput): Promise<ActivityTypeOutput> {
  authorize(actor, 'settings', 'manage_settings');
  const before = await activities.findActivityType(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Activity type not found');
  const stale = () => new AppError('conflict', 'The activity type was changed by someone else', undefined, { current: present(before) });
  if (before.version !== input.version) throw stale();
  const after = await activities.updateActivityType(trx, actor.workspaceId, id, input.version, {
    ...(input.names ? { names: toJson(input.names) } : {}),
    ...(input.icon !== undefined ? { icon: input.icon } : {}),
    ...(input.color !== undefined ? { color: input.color } : {}),
    ...(input.retired !== undefined ? { retired_at: input.retired ? before.retired_at ?? now() : null } : {}),
    updated_at: now(),
  });
  if (!after) throw stale();
  await recordChange(trx, actor, { entityType: 'activity_type', action: 'update', before: { ...before, names: fromJson(before.names) }, after: { ...after, names: fromJson(after.names) } });
  return present(after);
}
