import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { NotificationsTable } from './notifications.table.js';

export async function insertNotifications(db: Executor, rows: Insertable<NotificationsTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('notifications').values(rows).execute();
}

/** A user's notifications, newest first; `before` pages on (created_at, id). */
export function listUserNotifications(db: Executor, workspaceId: string, userId: string, limit: number, before?: { createdAt: string; id: string }) {
  let q = db.selectFrom('notifications').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId);
  if (before) {
    q = q.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function countUnread(db: Executor, workspaceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserNotification(db: Executor, workspaceId: string, userId: string, id: string) {
  return db.selectFrom('notifications').select(['id', 'read_at']).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('read_at', 'is', null).execute();
}

export async function markAllRead(db: Executor, workspaceId: string, userId: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('read_at', 'is', null).execute();
}

/** The email choices users made, keyed `userId\0type`. */
export async function emailChoices(db: Executor, userIds: string[]): Promise<Map<string, boolean>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('notification_settings').select(['user_id', 'type', 'email']).where('user_id', 'in', userIds).execute();
  return new Map(rows.map((r) => [`${r.user_id}\u0000${r.type}`, Number(r.email) === 1]));
}

/** Sets a user's email choices, one row per type. */
export async function saveEmailChoices(db: Executor, workspaceId: string, userId: string, choices: Array<{ type: string; email: boolean }>): Promise<void> {
  if (choices.length === 0) return;
  await db
    .insertInto('notification_settings')
    .values(choices.map((c) => ({ workspace_id: workspaceId, user_id: userId, type: c.type, email: c.email ? 1 : 0 })))
    .onConflict((oc) => oc.columns(['user_id', 'type']).doUpdateSet((eb) => ({ email: eb.ref('excluded.email') })))
    .execute();
}

/** Who a notification belongs to (the live push checks it still exists). */
export function findNotificationOwner(db: Executor, id: string) {
  return db.selectFrom('notifications').select(['workspace_id', 'user_id', 'type']).where('id', '=', id).executeTakeFirst();
}
