import { z } from 'zod';
import { fromJson } from '../../platform/json.js';

/** Settings an admin tunes per workspace; stored as JSON on the workspace, read with defaults. */
export const workspaceSettingsSchema = z.strictObject({
  /** Deleted records stay in the Trash this many days, then are purged. */
  trashRetentionDays: z.number().int().min(1).max(3650),
  alarm: z.strictObject({
    /** Distinct client cards one user may open within an hour before admins are alarmed. */
    viewsPerHour: z.number().int().min(1).max(1_000_000),
    /** Records one user may export within an hour before admins are alarmed. */
    exportsPerHour: z.number().int().min(1).max(100_000_000),
    /** Block the user until an admin unblocks them when the alarm fires. */
    blockUser: z.boolean(),
  }),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  trashRetentionDays: 30,
  alarm: { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false },
};

/** A patch: any subset of the settings. */
export const workspaceSettingsPatch = z.strictObject({
  trashRetentionDays: workspaceSettingsSchema.shape.trashRetentionDays.optional(),
  alarm: workspaceSettingsSchema.shape.alarm.partial().optional(),
});
export type WorkspaceSettingsPatch = z.infer<typeof workspaceSettingsPatch>;

/** The stored JSON merged over the defaults; unknown or malformed stored values fall back to defaults. */
export function readSettings(stored: unknown): WorkspaceSettings {
  const raw = (stored === null || stored === undefined ? {} : fromJson<Record<string, unknown>>(stored)) ?? {};
  const alarm = (raw.alarm ?? {}) as Record<string, unknown>;
  const merged = {
    trashRetentionDays: raw.trashRetentionDays ?? DEFAULT_WORKSPACE_SETTINGS.trashRetentionDays,
    alarm: { ...DEFAULT_WORKSPACE_SETTINGS.alarm, ...alarm },
  };
  const parsed = workspaceSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_WORKSPACE_SETTINGS;
}

export function applySettingsPatch(current: WorkspaceSettings, patch: WorkspaceSettingsPatch): WorkspaceSettings {
  return {
    trashRetentionDays: patch.trashRetentionDays ?? current.trashRetentionDays,
    alarm: { ...current.alarm, ...patch.alarm },
  };
}
