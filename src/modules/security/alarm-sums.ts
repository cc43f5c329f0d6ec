import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { addMs } from '../../platform/clock.js';
import { onWorkspaceSettingsChanged } from '../workspaces/settings-events.js';
import * as accessLog from './access-log.repository.js';
import { alarmSettingsFor, type AlarmSettings } from './alarm-settings.js';
import { readBuffer } from './read-buffer.js';
import * as readLog from './read-log.repository.js';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * A workspace's alarm settings, read at most once a second per process: every request that serves
 * records needs them. A change made in this process is seen at once.
 */
const SETTINGS_MS = 1000;
const settingsCache = new Map<string, { settings: AlarmSettings; at: number }>();
onWorkspaceSettingsChanged((workspaceId) => settingsCache.delete(workspaceId));

/** The alarm settings of a workspace, at most a second old (decision 0024, "Cost"). */
export async function cachedAlarmSettings(db: Kysely<Database>, workspaceId: string): Promise<AlarmSettings> {
  const held = settingsCache.get(workspaceId);
  const at = Date.now();
  if (held && at - held.at < SETTINGS_MS && at >= held.at) return held.settings;
  const settings = await alarmSettingsFor(db, workspaceId);
  if (settingsCache.size > 1000) settingsCache.clear();
  settingsCache.set(workspaceId, { settings, at });
  return settings;
}

/** What a process last knew of a user's sums of one kind: exact at `at`, plus `since` counted here after. */
interface Known {
  hour: number;
  day: number;
  since: number;
  at: number;
}

/** How long a far-from-the-limit sum is trusted, and what "far" is. */
const TRUST_MS = 2000;
const NEAR = 0.5;
const known = new Map<string, Known>();

export interface Window {
  /** The minute and the hour the count was made in (ISO UTC, floored). */
  minute: string;
  hour: string;
}

/**
 * The window whose limit the user's counts of `kind` crossed, with the count; or null. Sums only
 * grow within a window and drop as it slides, so a known sum plus what was counted here since is
 * an upper bound for this process's counts: while it stays under half of both limits (and is
 * fresh: other processes count too) nothing can have been crossed. Nearer, the sums are exact:
 * the database's plus what is still pending in the read buffer. `perDay` null: no daily limit.
 */
export async function crossedWindow(
  db: Kysely<Database>, workspaceId: string, userId: string, kind: string, added: number, when: Window, limits: { perHour: number; perDay: number | null },
) {
  const key = `${workspaceId}:${userId}:${kind}`;
  const held = known.get(key);
  const dayLimit = limits.perDay ?? Infinity;
  // Trust is a matter of real time passing (other processes counting meanwhile), whatever the clock says.
  const atMs = Date.now();
  if (held && atMs - held.at < TRUST_MS && atMs >= held.at) {
    held.since += added;
    if (held.hour + held.since < limits.perHour * NEAR && held.day + held.since < dayLimit * NEAR) return null;
  }
  const window = { fromMinute: addMs(when.minute, -59 * MINUTE_MS), fromHour: addMs(when.hour, -23 * HOUR_MS) };
  const pending = readBuffer(db).pendingUnits(workspaceId, userId, kind, window);
  const inHour = (await accessLog.sumCounterSince(db, workspaceId, userId, kind, window.fromMinute)) + pending.hour;
  const inDay = limits.perDay === null ? 0 : (await readLog.sumHourCounterSince(db, workspaceId, userId, kind, window.fromHour)) + pending.day;
  if (known.size > 10_000) known.clear();
  known.set(key, { hour: inHour, day: inDay, since: 0, at: atMs });
  if (inHour > limits.perHour) return { window: 'hour' as const, count: inHour, limit: limits.perHour };
  if (inDay > dayLimit) return { window: 'day' as const, count: inDay, limit: dayLimit };
  return null;
}
