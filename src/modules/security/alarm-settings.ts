import type { Executor } from '../../db/database.js';
import { fromJson } from '../../platform/json.js';
import * as workspacesService from '../workspaces/workspaces.service.js';

/** The exfiltration alarm's thresholds, from `workspaces.settings.alarm`. */
export interface AlarmSettings {
  /** Distinct client cards one user may open within an hour before the alarm. */
  viewsPerHour: number;
  /** Records one user may export within an hour before the alarm. */
  exportsPerHour: number;
  /** Whether the alarm also blocks the user until an administrator unblocks them. */
  blockUser: boolean;
}

export const ALARM_DEFAULTS: AlarmSettings = { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false };

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Alarm settings from a workspace's settings JSON; anything missing or malformed takes its default. */
export function alarmSettingsOf(settings: unknown): AlarmSettings {
  const parsed = typeof settings === 'string' ? fromJson<unknown>(settings) : settings;
  const alarm = (parsed as { alarm?: Record<string, unknown> } | null)?.alarm ?? {};
  return {
    viewsPerHour: positiveInt(alarm.viewsPerHour, ALARM_DEFAULTS.viewsPerHour),
    exportsPerHour: positiveInt(alarm.exportsPerHour, ALARM_DEFAULTS.exportsPerHour),
    blockUser: typeof alarm.blockUser === 'boolean' ? alarm.blockUser : ALARM_DEFAULTS.blockUser,
  };
}

/** A workspace's alarm settings (defaults when the workspace is gone). */
export async function alarmSettingsFor(db: Executor, workspaceId: string): Promise<AlarmSettings> {
  const workspace = await workspacesService.findWorkspace(db, workspaceId);
  return alarmSettingsOf(workspace?.settings ?? null);
}
