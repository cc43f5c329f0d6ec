import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { ActivitiesTable, ActivityTypesTable } from './activities.table.js';

/** The SQL of activities beyond the record engine's: kinds, reminders, next steps, my day and the calendar. */

export type ActivityRow = Selectable<ActivitiesTable>;
export type ActivityTypeRow = Selectable<ActivityTypesTable>;

export function listActivityTypes(db: Executor, workspaceId: string): Promise<ActivityTypeRow[]> {
  return db.selectFrom('activity_types').selectAll().where('workspace_id', '=', workspaceId).orderBy('position').orderBy('key').execute();
}

export function findActivityType(db: Executor, workspaceId: string, id: string): Promise<ActivityTypeRow | undefined> {
  return db.selectFrom('activity_types').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function findActivityTypeByKey(db: Executor, workspaceId: string, key: string): Promise<ActivityTypeRow | undefined> {
  return db.selectFrom('activity_types').selectAll().where('workspace_id', '=', workspaceId).where('key', '=', key).executeTakeFirst();
}

export function insertActivityType(db: Executor, row: Insertable<ActivityTypesTable>): Promise<ActivityTypeRow> {
  return db.insertInto('activity_types').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateActivityType(db: Executor, workspaceId: string, id: string, version: number, patch: Updateable<ActivityTypesTable>) {
  return updateVersioned(db, 'activity_types', workspaceId, id, version, patch);
}

/**
 * When a deal's next step is: the earliest due time of its planned live activities (one without a
 * due time counts from its creation); undefined when it has none.
 */
export async function nextStepOfDeal(db: Executor, workspaceId: string, dealId: string): Promise<string | undefined> {
  const row = await db.selectFrom('activities').select(['due_at', 'created_at'])
    .where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).where('status', '=', 'planned').where('deleted_at', 'is', null)
    .orderBy(sql`due_at is null`).orderBy('due_at').limit(1).executeTakeFirst();
  return row ? row.due_at ?? row.created_at : undefined;
}

/** Ids of reminders due at `at` (any workspace), oldest first. */
export async function dueReminderIds(db: Executor, at: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('activities').select('id')
    .where('reminded_at', 'is', null).where('deleted_at', 'is', null).where('status', '=', 'planned')
    .where('remind_at', 'is not', null).where('remind_at', '<=', at)
    .orderBy('remind_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

/**
 * Marks a due reminder as sent, atomically: of two processes racing for it, one gets the row and
 * the other nothing. A deleted or completed task, or one whose reminder moved later, is not claimed.
 */
export function claimReminder(db: Executor, id: string, at: string): Promise<ActivityRow | undefined> {
  return db.updateTable('activities').set({ reminded_at: at })
    .where('id', '=', id).where('reminded_at', 'is', null).where('remind_at', '<=', at)
    .where('deleted_at', 'is', null).where('status', '=', 'planned')
    .returningAll().executeTakeFirst();
}

/** How far back a meeting that ends inside a calendar range may have started and still be found (a longer one is not). */
const LONGEST_SPAN_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * One user's live activities of a status whose time falls in [from, to), the actor's visibility
 * applied, in time order. With `overlapping`, also those that started up to 7 days before `from`
 * and end after it (a meeting running into the range: the calendar shows it).
 */
export function activitiesInRange(db: Executor, actor: Actor, ownerIds: readonly string[], status: 'planned' | 'done' | null, from: string | null, to: string, limit: number, ownersReached = false, overlapping = false) {
  let q = db.selectFrom('activities')
    .innerJoin('users as owner', 'owner.id', 'activities.owner_id')
    .selectAll('activities').select(['owner.name as owner_name', 'owner.department_id as owner_department_id'])
    .where('activities.workspace_id', '=', actor.workspaceId)
    .where('activities.owner_id', 'in', [...ownerIds])
    .where('activities.deleted_at', 'is', null)
    .where('activities.due_at', '<', to)
    // The owner rule reaching every owner asked for shows all their activities: the condition (with its widening) would only slow the index walk.
    .$if(!ownersReached, (qb) => qb.where(visibleTo(actor, 'activities', 'activities')));
  if (status) q = q.where('activities.status', '=', status);
  if (from && overlapping) {
    const earliest = new Date(Date.parse(from) - LONGEST_SPAN_MS).toISOString();
    q = q.where('activities.due_at', '>=', earliest)
      .where((eb) => eb.or([eb('activities.due_at', '>=', from), eb('activities.ends_at', '>', from)]));
  } else if (from) q = q.where('activities.due_at', '>=', from);
  return q.orderBy('activities.due_at').orderBy('activities.id').limit(limit).execute();
}

/** How many of one user's live activities (of a status) fall in [from, to), the actor's visibility applied. */
export async function countInRange(db: Executor, actor: Actor, ownerId: string, status: 'planned' | 'done' | null, from: string | null, to: string, ownerReached = false): Promise<number> {
  let q = db.selectFrom('activities').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('activities.workspace_id', '=', actor.workspaceId).where('activities.owner_id', '=', ownerId)
    .where('activities.deleted_at', 'is', null)
    .where('activities.due_at', '<', to)
    .$if(!ownerReached, (qb) => qb.where(visibleTo(actor, 'activities', 'activities')));
  if (status) q = q.where('activities.status', '=', status);
  if (from) q = q.where('activities.due_at', '>=', from);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Marks an activity as the `occurrence`-th of a series (a repeating task's next one). */
export async function markOccurrence(db: Executor, workspaceId: string, id: string, seriesId: string, occurrence: number): Promise<void> {
  await db.updateTable('activities').set({ series_id: seriesId, occurrence }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** The id of a series' `occurrence`-th live activity, if it exists. */
export async function findOccurrence(db: Executor, workspaceId: string, seriesId: string, occurrence: number): Promise<string | undefined> {
  const row = await db.selectFrom('activities').select('id').where('workspace_id', '=', workspaceId).where('series_id', '=', seriesId)
    .where('occurrence', '=', occurrence).where('deleted_at', 'is', null).executeTakeFirst();
  return row?.id;
}

/** The records activities are linked to, by id, deleted ones included (for the audit log's parent check). */
export function activityLinks(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('activities').select(['id', 'contact_id', 'company_id', 'deal_id']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
