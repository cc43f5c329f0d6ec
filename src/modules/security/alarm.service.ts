import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { addMs, now } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { sendMail } from '../../platform/mail/mail.service.js';
import * as usersService from '../users/users.service.js';
import { blockedError, revokeAllSessions } from '../auth/auth.service.js';
import { notify } from '../notifications/notifications.service.js';
import * as accessLog from './access-log.repository.js';
import { alarmSettingsFor, type AlarmSettings } from './alarm-settings.js';
import { alarmMail } from './alarm-mail.js';
import { cachedAlarmSettings, crossedWindow } from './alarm-sums.js';
import { flushReads, readBuffer } from './read-buffer.js';

const HOUR_MS = 60 * 60 * 1000;
export const ALARM_ACTION = 'security.alarm';
export const ALARM_BLOCK_REASON = 'exfiltration_alarm';

export interface TrackedAccess {
  /** `view`: one record opened (give its id); `export`: `count` records exported at once. */
  kind: 'view' | 'export';
  entityType: string;
  entityId?: string | null;
  /** Records exported (0 is not tracked); ignored for a view. */
  count?: number;
}

const MINUTE_MS = 60 * 1000;
// Cards a process knows it has noted this hour, per database handle: a card opened again costs no query.
const SEEN_LIMIT = 100_000;
const seenViews = new WeakMap<object, { hour: string; keys: Set<string> }>();

function floorTo(at: string, unitMs: number): string {
  const ms = Date.parse(at);
  return new Date(ms - (ms % unitMs)).toISOString();
}

/** The cards this process noted in `hour` through `db` (a new set each hour, or when it grows too big). */
function seenThisHour(db: object, hour: string): Set<string> {
  let seen = seenViews.get(db);
  if (!seen || seen.hour !== hour || seen.keys.size >= SEEN_LIMIT) {
    seen = { hour, keys: new Set() };
    seenViews.set(db, seen);
  }
  return seen.keys;
}

/**
 * Notes that a person opened a client card or exported records, and sounds the exfiltration alarm
 * when, within the last hour, they opened more than `alarm.viewsPerHour` distinct cards or
 * exported more than `alarm.exportsPerHour` records: once per user per hour, every active
 * administrator gets a `security.alarm` notification and an email in their language, the alarm is
 * audited, and with `alarm.blockUser` the user is blocked and signed out everywhere.
 * System work (jobs, CLI) is not tracked. Call it outside your transaction, after the access was allowed.
 *
 * Constant time, whatever the person did before: a card counts once per clock hour (a unique row
 * per user, card and hour), counts go to a per-minute bucket bumped in place, and the alarm sums
 * the last 60 buckets. A card view is written with the read buffer's next batch and checked on
 * known sums while far from the limit (alarm-sums.ts); opened again within the hour it costs nothing.
 * @throws AppError validation_failed (count) | account_blocked (this access just blocked the user:
 *   the card or export that crossed the line is refused)
 */
export async function trackAccess(db: Kysely<Database>, actor: Actor, access: TrackedAccess): Promise<void> {
  if (actor.kind !== 'user' || !actor.userId) return;
  const userId = actor.userId;
  const count = access.kind === 'view' ? 1 : access.count ?? 1;
  if (!Number.isInteger(count) || count < 0) throw new AppError('validation_failed', 'count must be a whole number of records', { count: 'invalid' });
  if (count === 0) return;
  const at = now();
  const minute = floorTo(at, MINUTE_MS);
  const counter = { workspace_id: actor.workspaceId, user_id: userId, kind: access.kind, minute, count };
  if (access.kind === 'view' && access.entityId) {
    const hour = floorTo(at, HOUR_MS);
    const entityId = access.entityId;
    const seen = seenThisHour(db, hour);
    const key = `${actor.workspaceId}|${userId}|${entityId}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Written with the read buffer's next batch (decision 0024, "Cost"): a card costs no write here.
    readBuffer(db).addView({ workspace_id: actor.workspaceId, user_id: userId, entity_type: access.entityType, entity_id: entityId, minute, hour });
    const settings = await cachedAlarmSettings(db, actor.workspaceId);
    const crossed = await crossedWindow(db, actor.workspaceId, userId, 'view', 1, { minute, hour }, { perHour: settings.viewsPerHour, perDay: null });
    if (!crossed) return;
    await flushReads(db);
    if (await raiseAlarm(db, actor, userId, { kind: 'view', count: crossed.count, limit: crossed.limit }, settings, addMs(at, -HOUR_MS))) throw blockedError();
    return;
  }
  await db.transaction().execute(async (trx) => {
    await accessLog.relaxCommit(trx);
    if (access.kind === 'export') {
      await accessLog.insertAccess(trx, {
        id: newId(), workspace_id: actor.workspaceId, user_id: userId, kind: access.kind, entity_type: access.entityType,
        entity_id: access.entityId ?? null, count, created_at: at,
      });
    }
    await accessLog.bumpCounter(trx, counter);
  });
  const settings = await alarmSettingsFor(db, actor.workspaceId);
  const limit = settings.exportsPerHour;
  const measured = await accessLog.sumCounterSince(db, actor.workspaceId, userId, access.kind, addMs(minute, -59 * MINUTE_MS));
  if (measured <= limit) return;
  const since = addMs(at, -HOUR_MS);
  if (await raiseAlarm(db, actor, userId, { kind: access.kind, count: measured, limit }, settings, since)) throw blockedError();
}

/** What crossed a limit: counted in `kind` over `window`, plus (for reads) what was read most. */
export interface AlarmMeasure {
  kind: 'view' | 'export' | 'read';
  count: number;
  limit: number;
  window?: 'hour' | 'day';
  top?: Array<{ entityType: string; path: string; units: number; rows: number }>;
}

/**
 * Raises the alarm unless it was raised for the user within the hour; answers whether the user got
 * blocked. The last active, unblocked administrator is never blocked (the alarm still goes to them):
 * blocking them would leave only the command line to get back in.
 */
export async function raiseAlarm(db: Kysely<Database>, actor: Actor, userId: string, measure: AlarmMeasure, settings: AlarmSettings, since: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await accessLog.lockUserAlarm(trx, userId);
    const [last] = await listAuditEntries(trx, actor.workspaceId, { entityType: 'user', entityId: userId, action: ALARM_ACTION, limit: 1 });
    if (last && last.created_at > since) return false;
    const user = await usersService.findUser(trx, actor.workspaceId, userId);
    if (!user) return false;
    const at = now();
    let admins = await usersService.listActiveAdmins(trx, actor.workspaceId);
    const lastAdmin = settings.blockUser && user.role === 'admin' && (await isLastAdmin(trx, actor.workspaceId, userId));
    const blocked = settings.blockUser && !lastAdmin && (await usersService.blockUser(trx, userId, at, ALARM_BLOCK_REASON));
    if (blocked) {
      await revokeAllSessions(trx, userId);
      admins = admins.filter((a) => a.id !== userId);
    }
    const facts = { userId, userName: user.name, ...measure, blocked, ...(lastAdmin ? { lastAdmin: true } : {}) };
    await notify(trx, admins.map((admin) => ({ workspaceId: actor.workspaceId, userId: admin.id, type: ALARM_ACTION, data: facts })));
    for (const admin of admins) {
      await sendMail(trx, { to: admin.email, workspaceId: actor.workspaceId, ...alarmMail(admin.locale, { ...facts, userEmail: user.email }) });
    }
    const who = { ...actor, actorId: userId };
    const { userId: _u, userName: _n, ...changes } = facts;
    await audit(trx, who, ALARM_ACTION, { entityType: 'user', entityId: userId, changes });
    if (blocked) await audit(trx, who, 'user.blocked', { entityType: 'user', entityId: userId, changes: { reason: ALARM_BLOCK_REASON } });
    return blocked;
  });
}

/** Whether no other active, unblocked administrator would be left (admins locked until the transaction ends). */
async function isLastAdmin(trx: Kysely<Database>, workspaceId: string, userId: string): Promise<boolean> {
  await usersService.lockActiveAdmins(trx, workspaceId);
  const others = (await usersService.listActiveAdmins(trx, workspaceId)).filter((a) => a.id !== userId);
  return others.length === 0;
}
