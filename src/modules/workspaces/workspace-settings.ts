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

/** One stored value if it passes its schema, else the default: a bad cell never voids its neighbours. */
function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** The stored JSON over the defaults, field by field; a missing or malformed field takes its default. */
export function readSettings(stored: unknown): WorkspaceSettings {
  const raw = (stored === null || stored === undefined ? null : fromJson<Record<string, unknown> | null>(stored)) ?? {};
  const alarm = (typeof raw.alarm === 'object' && raw.alarm !== null ? raw.alarm : {}) as Record<string, unknown>;
  const shape = workspaceSettingsSchema.shape;
  const defaults = DEFAULT_WORKSPACE_SETTINGS;
  return {
    trashRetentionDays: pick(shape.trashRetentionDays, raw.trashRetentionDays, defaults.trashRetentionDays),
    alarm: {
      viewsPerHour: pick(shape.alarm.shape.viewsPerHour, alarm.viewsPerHour, defaults.alarm.viewsPerHour),
      exportsPerHour: pick(shape.alarm.shape.exportsPerHour, alarm.exportsPerHour, defaults.alarm.exportsPerHour),
      blockUser: pick(shape.alarm.shape.blockUser, alarm.blockUser, defaults.alarm.blockUser),
    },
  };
}

export function applySettingsPatch(current: WorkspaceSettings, patch: WorkspaceSettingsPatch): WorkspaceSettings {
  return {
    trashRetentionDays: patch.trashRetentionDays ?? current.trashRetentionDays,
    alarm: { ...current.alarm, ...patch.alarm },
  };
}
