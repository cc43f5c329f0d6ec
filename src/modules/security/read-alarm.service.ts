import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { addMs, now } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { toJson } from '../../platform/json.js';
import { blockedError } from '../auth/auth.service.js';
import { cachedAlarmSettings, crossedWindow } from './alarm-sums.js';
import type { AlarmSettings } from './alarm-settings.js';
import { raiseAlarm } from './alarm.service.js';
import * as readLog from './read-log.repository.js';
import { flushReads, readBuffer } from './read-buffer.js';
import type { ReadPath } from './read-log.table.js';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** The counter kind of weighted reads in `access_counters` and `access_hour_counters`. */
export const READ_KIND = 'read';

export interface TrackedRead {
  path: ReadPath;
  entityType: string;
  /** Records served. */
  rows: number;
  /** Their weight (read-weights.ts). */
  units: number;
  /** The record a card, history or timeline is of. */
  entityId?: string | null;
  /** What was asked (a filter, a query's length); kept in the read log. */
  detail?: Record<string, unknown> | null;
}

function floorTo(at: string, unitMs: number): string {
  const ms = Date.parse(at);
  return new Date(ms - (ms % unitMs)).toISOString();
}

/** The read limits of a role: its own from `alarm.roleLimits`, else the workspace's. */
export function readLimitsFor(settings: AlarmSettings, role: string): { unitsPerHour: number; unitsPerDay: number } {
  const own = Object.hasOwn(settings.roleLimits, role) ? settings.roleLimits[role] : undefined;
  return { unitsPerHour: own?.unitsPerHour ?? settings.unitsPerHour, unitsPerDay: own?.unitsPerDay ?? settings.unitsPerDay };
}

/**
 * Notes that records were served to a person (decision 0024): the units go to their minute and hour
 * buckets and the request to the read log, through the process's read buffer (read-buffer.ts),
 * written in batches. Then the hour (60 minute rows) and the day (24 hour rows) are held against
 * the role's limits: on a sum kept in memory for a moment while it is far below them, exactly
 * (the database's sums plus what is still pending) when it comes near. Crossing either raises the
 * alarm once an hour, with what was read most; with blocking on the person is blocked (never the
 * last active administrator) and this answer is refused. System work is not tracked. Call it
 * outside the read's transaction, after the read was allowed.
 * @throws AppError account_blocked (this read crossed the limit and blocked the user)
 */
export async function trackRead(db: Kysely<Database>, actor: Actor, read: TrackedRead): Promise<void> {
  await trackReads(db, actor, [read]);
}

/**
 * `trackRead` for one request that served several kinds of records at once (search: one part per
 * type): one read-log row per part, one check.
 * @throws AppError account_blocked
 */
export async function trackReads(db: Kysely<Database>, actor: Actor, parts: readonly TrackedRead[]): Promise<void> {
  const reads = parts.filter((r) => r.rows > 0);
  if (actor.kind !== 'user' || !actor.userId || reads.length === 0) return;
  const userId = actor.userId;
  const units = reads.reduce((n, r) => n + r.units, 0);
  const at = now();
  const minute = floorTo(at, MINUTE_MS);
  const hour = floorTo(at, HOUR_MS);
  readBuffer(db).add(reads.map((read) => ({
    id: newId(), workspace_id: actor.workspaceId, user_id: userId, path: read.path, entity_type: read.entityType,
    entity_id: read.entityId ?? null, rows: read.rows, units: read.units, detail: read.detail ? toJson(read.detail) : null,
    via_token: actor.tokenScopes ? 1 : 0, created_at: at,
  })), { workspace_id: actor.workspaceId, user_id: userId, kind: READ_KIND, minute, hour, count: units });
  const settings = await cachedAlarmSettings(db, actor.workspaceId);
  const limits = readLimitsFor(settings, actor.role);
  const crossed = await crossedWindow(db, actor.workspaceId, userId, READ_KIND, units, { minute, hour }, { perHour: limits.unitsPerHour, perDay: limits.unitsPerDay });
  if (!crossed) return;
  await flushReads(db);
  const top = await readLog.topReadTypes(db, actor.workspaceId, userId, addMs(at, crossed.window === 'day' ? -DAY_MS : -HOUR_MS), 5);
  if (await raiseAlarm(db, actor, userId, { kind: READ_KIND, ...crossed, top }, settings, addMs(at, -HOUR_MS))) throw blockedError();
}
