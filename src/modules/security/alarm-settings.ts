import type { Executor } from '../../db/database.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { DEFAULT_WORKSPACE_SETTINGS, readSettings, type WorkspaceSettings } from '../workspaces/workspace-settings.js';

/** The exfiltration alarm's thresholds: `workspaces.settings.alarm` (see workspace-settings.ts). */
export type AlarmSettings = WorkspaceSettings['alarm'];

export const ALARM_DEFAULTS: AlarmSettings = DEFAULT_WORKSPACE_SETTINGS.alarm;

/** Alarm settings from a workspace's settings JSON; anything missing or malformed takes its default. */
export function alarmSettingsOf(settings: unknown): AlarmSettings {
  return readSettings(settings).alarm;
}

/** A workspace's alarm settings (defaults when the workspace is gone). */
export async function alarmSettingsFor(db: Executor, workspaceId: string): Promise<AlarmSettings> {
  return (await workspacesService.getWorkspaceSettings(db, workspaceId)).alarm;
}
