import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { canReach } from '../../platform/access/visibility.js';
import { now, toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import { addDays, dayIn, isTimeZone, startOfDayIn } from '../../platform/time-zone.js';
import { findUser, listUsers } from '../users/users.service.js';
import { workspaceZone } from './activity-columns.js';
import * as activities from './activities.repository.js';
import { presentActivityListItem } from './activities.presenter.js';
import { activityLookups } from './activities.service.js';
import type { ActivityListItem } from './activities.schema.js';
import { MAX_CALENDAR_DAYS } from './my-day.schema.js';

/** My day (overdue, today, upcoming) and the calendar of a user or a department, within the viewer's visibility. */

const GROUP_LIMIT = 100;
const CALENDAR_LIMIT = 2000;
const UPCOMING_DAYS = 7;

/** The user whose day it is: oneself, or a colleague of the workspace. @throws AppError not_found */
async function dayOwner(db: Executor, actor: Actor, userId: string | undefined) {
  const id = userId ?? actor.userId;
  const user = id ? await findUser(db, actor.workspaceId, id) : undefined;
  if (!user || user.deleted_at) throw new AppError('not_found', 'User not found');
  return user;
}

/** The zone named, or the user's, or the workspace's. @throws AppError validation_failed (timeZone: invalid_time_zone) */
async function zoneOf(db: Executor, actor: Actor, named: string | undefined, userZone: string | null): Promise<string> {
  if (named !== undefined) {
    if (!isTimeZone(named)) throw new AppError('validation_failed', 'Unknown time zone', { timeZone: 'invalid_time_zone' });
    return named;
  }
  return userZone && isTimeZone(userZone) ? userZone : workspaceZone(db, actor.workspaceId);
}

/** Whether the actor's owner rule reaches every activity of these users (then no row needs the visibility condition). */
function reachesOwners(actor: Actor, users: Array<{ id: string; workspace_id: string; department_id: string | null }>): boolean {
  return users.every((u) => canReach(actor, 'activities', 'view', { workspace_id: u.workspace_id, owner_id: u.id }, u.department_id));
}

async function present(db: Executor, actor: Actor, rows: RecordRow[]): Promise<ActivityListItem[]> {
  const lookups = await activityLookups(db, actor, rows, false);
  return rows.map((row) => presentActivityListItem(row, actor, lookups));
}

/**
 * A user's day: planned activities due before today, everything due today, planned ones of the next
 * seven days, each with its count. @throws AppError forbidden | not_found | validation_failed
 */
export async function myDay(db: Executor, actor: Actor, query: { userId?: string; timeZone?: string }) {
  authorize(actor, 'activities', 'view');
  const user = await dayOwner(db, actor, query.userId);
  const timeZone = await zoneOf(db, actor, query.timeZone, user.time_zone);
  const day = dayIn(now(), timeZone);
  const todayStart = startOfDayIn(day, timeZone);
  const tomorrow = startOfDayIn(addDays(day, 1), timeZone);
  const horizon = startOfDayIn(addDays(day, 1 + UPCOMING_DAYS), timeZone);
  const owners = [user.id];
  const reached = reachesOwners(actor, [user]);
  const [overdue, today, upcoming] = await Promise.all([
    activities.activitiesInRange(db, actor, owners, 'planned', null, todayStart, GROUP_LIMIT, reached),
    activities.activitiesInRange(db, actor, owners, null, todayStart, tomorrow, GROUP_LIMIT, reached),
    activities.activitiesInRange(db, actor, owners, 'planned', tomorrow, horizon, GROUP_LIMIT, reached),
  ]);
  const count = async (rows: unknown[], status: 'planned' | null, from: string | null, to: string) =>
    rows.length < GROUP_LIMIT ? rows.length : activities.countInRange(db, actor, user.id, status, from, to, reached);
  const all = await present(db, actor, [...overdue, ...today, ...upcoming] as RecordRow[]);
  return {
    day, timeZone,
    overdue: { items: all.slice(0, overdue.length), count: await count(overdue, 'planned', null, todayStart) },
    today: { items: all.slice(overdue.length, overdue.length + today.length), count: await count(today, null, todayStart, tomorrow) },
    upcoming: { items: all.slice(overdue.length + today.length), count: await count(upcoming, 'planned', tomorrow, horizon) },
  };
}

/** The sidebar badge: one's own planned activities overdue and due today, two index counts. */
export async function myDayCounts(db: Executor, actor: Actor): Promise<{ overdue: number; today: number }> {
  authorize(actor, 'activities', 'view');
  const user = await dayOwner(db, actor, undefined);
  const timeZone = await zoneOf(db, actor, undefined, user.time_zone);
  const day = dayIn(now(), timeZone);
  const todayStart = startOfDayIn(day, timeZone);
  // One's own activities: always within one's own reach when one may see activities at all.
  const reached = reachesOwners(actor, [user]);
  const [overdue, today] = await Promise.all([
    activities.countInRange(db, actor, user.id, 'planned', null, todayStart, reached),
    activities.countInRange(db, actor, user.id, 'planned', todayStart, startOfDayIn(addDays(day, 1), timeZone), reached),
  ]);
  return { overdue, today };
}

/**
 * Activities of a user (default oneself) or of a department's users whose time falls in [from, to),
 * at most 62 days. @throws AppError forbidden | not_found | validation_failed (to: before_from | range_too_long; departmentId: with_user)
 */
export async function calendar(db: Executor, actor: Actor, query: { from: string; to: string; userId?: string; departmentId?: string; status?: 'planned' | 'done' }) {
  authorize(actor, 'activities', 'view');
  const from = toIso(query.from);
  const to = toIso(query.to);
  if (to <= from) throw new AppError('validation_failed', 'The range ends before it starts', { to: 'before_from' });
  if (Date.parse(to) - Date.parse(from) > MAX_CALENDAR_DAYS * 86_400_000) throw new AppError('validation_failed', `A range is at most ${MAX_CALENDAR_DAYS} days`, { to: 'range_too_long' });
  if (query.userId && query.departmentId) throw new AppError('validation_failed', 'Ask for a user or a department', { departmentId: 'with_user' });
  const users = query.departmentId
    ? await listUsers(db, actor.workspaceId, { status: 'all', departmentId: query.departmentId })
    : [await dayOwner(db, actor, query.userId)];
  if (users.length === 0) return { items: [], truncated: false };
  const rows = await activities.activitiesInRange(db, actor, users.map((u) => u.id), query.status ?? null, from, to, CALENDAR_LIMIT + 1, reachesOwners(actor, users), true);
  return { items: await present(db, actor, rows.slice(0, CALENDAR_LIMIT) as RecordRow[]), truncated: rows.length > CALENDAR_LIMIT };
}
