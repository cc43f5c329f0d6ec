import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { fromJson, toJson } from '../../platform/json.js';
import * as notifications from './notifications.repository.js';
import type { NotificationsTable } from './notifications.table.js';
import type { ListNotificationsQuery, NotificationOutput } from './notifications.schema.js';

export interface NewNotification {
  workspaceId: string;
  userId: string;
  /** `security.alarm`, … — the web app picks the text by type. */
  type: string;
  data: Record<string, unknown>;
}

/** Leaves in-app notifications for users; inside a transaction they exist only if it commits. */
export async function notify(db: Executor, items: NewNotification[]): Promise<void> {
  const at = now();
  await notifications.insertNotifications(db, items.map((n) => ({
    id: newId(), workspace_id: n.workspaceId, user_id: n.userId, type: n.type, data: toJson(n.data), read_at: null, created_at: at,
  })));
}

function present(row: Selectable<NotificationsTable>): NotificationOutput {
  return { id: row.id, type: row.type, data: fromJson(row.data), readAt: row.read_at, createdAt: row.created_at };
}

function signedInUserId(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has notifications');
  return actor.userId;
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('validation_failed', 'The cursor is not one this server gave out', { cursor: 'invalid' });
}

/**
 * The actor's notifications, newest first, with the count of unread ones.
 * @throws AppError forbidden (no user) | validation_failed (fields.cursor)
 */
export async function listMyNotifications(db: Executor, actor: Actor, query: ListNotificationsQuery) {
  const userId = signedInUserId(actor);
  const before = query.cursor ? decodeCursor(query.cursor) : undefined;
  const [rows, unread] = await Promise.all([
    notifications.listUserNotifications(db, actor.workspaceId, userId, query.limit + 1, before),
    notifications.countUnread(db, actor.workspaceId, userId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? Buffer.from(JSON.stringify([last.created_at, last.id])).toString('base64url') : null;
  return { items: page.map(present), unread, nextCursor };
}

/**
 * Marks one of the actor's notifications read (again is harmless); another user's looks missing.
 * @throws AppError forbidden (no user) | not_found
 */
export async function markMyNotificationRead(db: Executor, actor: Actor, id: string): Promise<void> {
  const found = await notifications.findUserNotification(db, actor.workspaceId, signedInUserId(actor), id);
  if (!found) throw new AppError('not_found', 'Notification not found');
  await notifications.markRead(db, id, now());
}

/** Marks all of the actor's notifications read. @throws AppError forbidden (no user) */
export async function markAllMyNotificationsRead(db: Executor, actor: Actor): Promise<void> {
  await notifications.markAllRead(db, actor.workspaceId, signedInUserId(actor), now());
}
