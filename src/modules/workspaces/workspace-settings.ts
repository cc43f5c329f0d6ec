import { z } from 'zod';
import { NAME_ORDERS } from '../../platform/text/name-order.js';
import { fromJson } from '../../platform/json.js';
import { isPhoneCountry } from '../../platform/phones/phones.js';
import { isIpRange } from '../../platform/net/ip-allowlist.js';

/** An ISO 3166-1 alpha-2 code phones are known for (`BG`, `RU`); anything else is `invalid_country`. */
const clientCountry = z.string().refine(isPhoneCountry, 'invalid_country');

const readLimit = z.number().int().min(1).max(1_000_000_000);
/** One role's read limits; either may be left out to take the workspace's. */
export const roleReadLimits = z.strictObject({ unitsPerHour: readLimit.optional(), unitsPerDay: readLimit.optional() });

/** One role's IP allowlist: ranges (`203.0.113.0/24`, `2001:db8::/32`) or single addresses; empty allows any. */
export const ipAllowlist = z.array(z.string().trim().max(50, 'too_long').refine(isIpRange, 'invalid_ip_range')).max(100, 'too_long');

/** The sign-in policy (decision 0028). */
export const signInPolicySchema = z.strictObject({
  /** Shortest password accepted when one is chosen or set. */
  passwordMinLength: z.number().int().min(8).max(128),
  /** A session unused this many minutes ends; null: no idle limit. */
  idleTimeoutMinutes: z.number().int().min(5).max(43_200).nullable(),
  /** A session ends this many hours after sign-in however busy; null: only the sliding expiry. */
  maxSessionAgeHours: z.number().int().min(1).max(8_760).nullable(),
  /** Live sessions one user may hold; signing in past it ends the oldest. null: any number. */
  maxSessionsPerUser: z.number().int().min(1).max(100).nullable(),
  /** Per role key: the addresses its users may sign in and work from (missing or empty: any). */
  ipAllowlists: z.record(z.string().min(1).max(100), ipAllowlist).refine((m) => Object.keys(m).length <= 100, 'too_long'),
});
export type SignInPolicy = z.infer<typeof signInPolicySchema>;

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
    /** Weighted units of records read (decision 0024) one user may take within an hour. */
    unitsPerHour: readLimit,
    /** Weighted units of records read one user may take within the last 24 hours. */
    unitsPerDay: readLimit,
    /** Per role key: its own read limits over the workspace's (a missing one takes the workspace's). */
    roleLimits: z.record(z.string().min(1).max(100), roleReadLimits).refine((m) => Object.keys(m).length <= 100, 'too_long'),
  }),
  /** The read audit (who read which records) keeps this many days. */
  readAuditDays: z.number().int().min(1).max(3650),
  /**
   * Countries the clients come from, tried in this order for a phone typed without a country code.
   * Empty: only the workspace's own country.
   */
  clientCountries: z.array(clientCountry).max(30, 'too_long').refine((list) => new Set(list).size === list.length, 'duplicate'),
  /** A deal must name a client (a company or a person) before it is saved. */
  dealsRequireClient: z.boolean(),
  /** Every open deal needs a planned next step (an activity): deals without one are flagged on the board and in the list. */
  dealsNeedNextStep: z.boolean(),
  signIn: signInPolicySchema,
  /** How people's names are written and composed (decision 0038); null: by the workspace's language. */
  nameOrder: z.enum(NAME_ORDERS).nullable(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  trashRetentionDays: 30,
  alarm: { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false, unitsPerHour: 3000, unitsPerDay: 15000, roleLimits: {} },
  readAuditDays: 90,
  clientCountries: [],
  dealsRequireClient: false,
  dealsNeedNextStep: false,
  signIn: { passwordMinLength: 10, idleTimeoutMinutes: null, maxSessionAgeHours: null, maxSessionsPerUser: null, ipAllowlists: {} },
  nameOrder: null,
};

/** A patch: any subset of the settings. */
export const workspaceSettingsPatch = z.strictObject({
  trashRetentionDays: workspaceSettingsSchema.shape.trashRetentionDays.optional(),
  alarm: workspaceSettingsSchema.shape.alarm.partial().optional(),
  readAuditDays: workspaceSettingsSchema.shape.readAuditDays.optional(),
  clientCountries: workspaceSettingsSchema.shape.clientCountries.optional(),
  dealsRequireClient: workspaceSettingsSchema.shape.dealsRequireClient.optional(),
  dealsNeedNextStep: workspaceSettingsSchema.shape.dealsNeedNextStep.optional(),
  signIn: signInPolicySchema.partial().optional(),
  nameOrder: workspaceSettingsSchema.shape.nameOrder.optional(),
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
  const signIn = (typeof raw.signIn === 'object' && raw.signIn !== null ? raw.signIn : {}) as Record<string, unknown>;
  const policy = signInPolicySchema.shape;
  const shape = workspaceSettingsSchema.shape;
  const defaults = DEFAULT_WORKSPACE_SETTINGS;
  return {
    trashRetentionDays: pick(shape.trashRetentionDays, raw.trashRetentionDays, defaults.trashRetentionDays),
    alarm: {
      viewsPerHour: pick(shape.alarm.shape.viewsPerHour, alarm.viewsPerHour, defaults.alarm.viewsPerHour),
      exportsPerHour: pick(shape.alarm.shape.exportsPerHour, alarm.exportsPerHour, defaults.alarm.exportsPerHour),
      blockUser: pick(shape.alarm.shape.blockUser, alarm.blockUser, defaults.alarm.blockUser),
      unitsPerHour: pick(shape.alarm.shape.unitsPerHour, alarm.unitsPerHour, defaults.alarm.unitsPerHour),
      unitsPerDay: pick(shape.alarm.shape.unitsPerDay, alarm.unitsPerDay, defaults.alarm.unitsPerDay),
      roleLimits: pick(shape.alarm.shape.roleLimits, alarm.roleLimits, defaults.alarm.roleLimits),
    },
    readAuditDays: pick(shape.readAuditDays, raw.readAuditDays, defaults.readAuditDays),
    clientCountries: pick(shape.clientCountries, raw.clientCountries, defaults.clientCountries),
    dealsRequireClient: pick(shape.dealsRequireClient, raw.dealsRequireClient, defaults.dealsRequireClient),
    dealsNeedNextStep: pick(shape.dealsNeedNextStep, raw.dealsNeedNextStep, defaults.dealsNeedNextStep),
    signIn: {
      passwordMinLength: pick(policy.passwordMinLength, signIn.passwordMinLength, defaults.signIn.passwordMinLength),
      idleTimeoutMinutes: pick(policy.idleTimeoutMinutes, signIn.idleTimeoutMinutes, defaults.signIn.idleTimeoutMinutes),
      maxSessionAgeHours: pick(policy.maxSessionAgeHours, signIn.maxSessionAgeHours, defaults.signIn.maxSessionAgeHours),
      maxSessionsPerUser: pick(policy.maxSessionsPerUser, signIn.maxSessionsPerUser, defaults.signIn.maxSessionsPerUser),
      ipAllowlists: pick(policy.ipAllowlists, signIn.ipAllowlists, defaults.signIn.ipAllowlists),
    },
    nameOrder: pick(shape.nameOrder, raw.nameOrder, defaults.nameOrder),
  };
}

/** The settings after a patch: a named part replaces the current one, the rest stays. */
export function applySettingsPatch(current: WorkspaceSettings, patch: WorkspaceSettingsPatch): WorkspaceSettings {
  return {
    trashRetentionDays: patch.trashRetentionDays ?? current.trashRetentionDays,
    alarm: { ...current.alarm, ...patch.alarm },
    readAuditDays: patch.readAuditDays ?? current.readAuditDays,
    clientCountries: patch.clientCountries ?? current.clientCountries,
    dealsRequireClient: patch.dealsRequireClient ?? current.dealsRequireClient,
    dealsNeedNextStep: patch.dealsNeedNextStep ?? current.dealsNeedNextStep,
    signIn: { ...current.signIn, ...patch.signIn },
    nameOrder: patch.nameOrder !== undefined ? patch.nameOrder : current.nameOrder,
  };
}

/**
 * The countries a phone typed without a country code is tried in: the workspace's own country when
 * the list is empty, else the list in its order.
 */
export function phoneCountries(settings: WorkspaceSettings, defaultCountry: string): string[] {
  return settings.clientCountries.length > 0 ? [...settings.clientCountries] : [defaultCountry];
}
