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
