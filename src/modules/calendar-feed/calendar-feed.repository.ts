import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CalendarFeedsTable } from './calendar-feed.table.js';

export function findFeedOfUser(db: Executor, workspaceId: string, userId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
}

export function findFeedByHash(db: Executor, tokenHash: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Replaces the user's feed (the old address stops working). */
export async function replaceFeed(db: Executor, row: Insertable<CalendarFeedsTable>): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', row.user_id).execute();
  await db.insertInto('calendar_feeds').values(row).execute();
}

export async function deleteFeed(db: Executor, workspaceId: string, userId: string): Promise<boolean> {
  const res = await db.deleteFrom('calendar_feeds').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function touchFeed(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('calendar_feeds').set({ last_used_at: at }).where('id', '=', id).execute();
}
