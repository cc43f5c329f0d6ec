import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { addMs, now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { hashToken, newToken } from '../auth/session-token.js';
import * as usersService from '../users/users.service.js';
import { calendarFeedSources } from './calendar-feed.sources.js';
import * as feeds from './calendar-feed.repository.js';
import { writeCalendar } from './ics-writer.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The feed covers a month back and a year ahead: what calendar apps show, without the whole history. */
const PAST_DAYS = 31;
const FUTURE_DAYS = 366;

function signedInUserId(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has a calendar feed');
  return actor.userId;
}

/** Whether the actor has a calendar address, and when it was made and last read. @throws AppError forbidden (no user) */
export async function getMyCalendarFeed(db: Executor, actor: Actor) {
  const feed = await feeds.findFeedOfUser(db, actor.workspaceId, signedInUserId(actor));
  return { active: Boolean(feed), createdAt: feed?.created_at ?? null, lastUsedAt: feed?.last_used_at ?? null };
}

/**
 * Makes a new secret calendar address for the actor (an old one stops working) and answers it; only
 * its hash is kept. @throws AppError forbidden (no user)
 */
export async function createMyCalendarFeed(trx: Transaction<Database>, actor: Actor, publicUrl: string): Promise<{ url: string; createdAt: string }> {
  const userId = signedInUserId(actor);
  const token = newToken();
  const createdAt = now();
  await feeds.replaceFeed(trx, { id: newId(), workspace_id: actor.workspaceId, user_id: userId, token_hash: hashToken(token), created_at: createdAt, last_used_at: null });
  await audit(trx, { ...actor, actorId: userId }, 'user.calendar_feed_created', { entityType: 'user', entityId: userId });
  return { url: `${publicUrl.replace(/\/+$/, '')}/ics/${token}.ics`, createdAt };
}

/** Revokes the actor's calendar address (none: nothing to do). @throws AppError forbidden (no user) */
export async function revokeMyCalendarFeed(trx: Transaction<Database>, actor: Actor): Promise<void> {
  const userId = signedInUserId(actor);
  if (await feeds.deleteFeed(trx, actor.workspaceId, userId)) {
    await audit(trx, { ...actor, actorId: userId }, 'user.calendar_feed_revoked', { entityType: 'user', entityId: userId });
  }
}

/**
 * The iCalendar text behind a secret address: the user's tasks and meetings from a month ago to a
 * year ahead. @throws AppError not_found (unknown or revoked token, or a user who may not sign in)
 */
export async function renderCalendarFeed(db: Executor, token: string): Promise<string> {
  const feed = await feeds.findFeedByHash(db, hashToken(token));
  const user = feed ? await usersService.findUser(db, feed.workspace_id, feed.user_id) : undefined;
  if (!feed || !user || !user.is_active || user.deleted_at || user.blocked_at) throw new AppError('not_found', 'There is no such calendar');
  const at = now();
  const range = { from: addMs(at, -PAST_DAYS * DAY_MS), to: addMs(at, FUTURE_DAYS * DAY_MS) };
  const events = (await Promise.all(calendarFeedSources().map((source) => source(db, user, range)))).flat();
  await feeds.touchFeed(db, feed.id, at);
  return writeCalendar({ name: `Kartoteka: ${user.name}`, events });
}
