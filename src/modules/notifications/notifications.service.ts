import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { fromJson, toJson } from '../../platform/json.js';
import * as notifications from './notifications.repository.js';
import type { NotificationsTable } from './notifications.table.js';
import { insertOutboxEvents } from '../../platform/history/history.repository.js';
import { notifyOutbox } from '../../platform/outbox/outbox.repository.js';
import { sendMail } from '../../platform/mail/mail.service.js';
import * as usersService from '../users/users.service.js';
import { EMAIL_TYPES, hasEmailChoice } from './notification-types.js';
import { notificationMail } from './notifications.mail.js';
import type { ListNotificationsQuery, NotificationOutput } from './notifications.schema.js';

export interface NewNotification {
  workspaceId: string;
  userId: string;
  /** `security.alarm`, … — the web app picks the text by type. */
  type: string;
  data: Record<string, unknown>;
}

/** The outbox event each notification appends; its subscriber pushes it to the user's live channel. */
export const NOTIFICATION_CREATED = 'notification.created';

/**
 * Leaves in-app notifications for users and, in the same transaction, appends a
 * `notification.created` event per notification (pushed live to the user's open pages after
 * commit) and queues an email where the user wants one for the type (in their language and time
 * zone). Inside a transaction all of it exists only if it commits.
 */
export async function notify(db: Executor, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  const at = now();
  const rows = items.map((n) => ({
    id: newId(), workspace_id: n.workspaceId, user_id: n.userId, type: n.type, data: toJson(n.data), read_at: null, created_at: at,
  }));
  await notifications.insertNotifications(db, rows);
  await insertOutboxEvents(db, rows.map((row) => ({
    workspaceId: row.workspace_id, type: NOTIFICATION_CREATED, entityType: 'notification', entityId: row.id, actorId: null,
    payload: { userId: row.user_id, type: row.type },
  })));
  await notifyOutbox(db);
  await queueEmails(db, items);
}

/** Queues the emails of the notifications whose users chose email for the type. */
async function queueEmails(db: Executor, items: NewNotification[]): Promise<void> {
  const wanted = items.filter((n) => hasEmailChoice(n.type));
  if (wanted.length === 0) return;
  const choices = await notifications.emailChoices(db, [...new Set(wanted.map((n) => n.userId))]);
  for (const n of wanted) {
    const choice = choices.get(`${n.userId}\u0000${n.type}`);
    if (!(choice ?? EMAIL_TYPES.get(n.type)!.emailByDefault)) continue;
    const user = await usersService.findUser(db, n.workspaceId, n.userId);
    if (!user || !user.is_active || user.deleted_at) continue;
    const mail = notificationMail(n.type, n.data, user);
    if (mail) await sendMail(db, { to: user.email, workspaceId: n.workspaceId, ...mail });
  }
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
