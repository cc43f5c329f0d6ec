import { z } from 'zod';
import { countryCode, currencyCode, requiredText } from '../../platform/schemas.js';
import { workspaceSettingsPatch, workspaceSettingsSchema } from './workspace-settings.js';

export const LOCALES = ['en', 'ru', 'bg'] as const;
export const localeSchema = z.enum(LOCALES);

/** An IANA time zone the runtime knows (`Europe/Sofia`, `UTC`). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'invalid_time_zone');

/** ISO 3166-1 alpha-2 (`BG`). */
export const countrySchema = countryCode;
/** ISO 4217 (`EUR`). */
export const currencySchema = currencyCode;
const workspaceName = requiredText(200);

export const workspaceSettingsInput = z.strictObject({
  name: workspaceName,
  locale: localeSchema,
  timeZone: timeZoneSchema,
  defaultCountry: countrySchema,
  defaultCurrency: currencySchema,
});

export const workspaceOutput = z.object({
  id: z.string(),
  name: z.string(),
  locale: localeSchema,
  timeZone: z.string(),
  defaultCountry: z.string(),
  defaultCurrency: z.string(),
});

export type WorkspaceSettingsInput = z.infer<typeof workspaceSettingsInput>;

export const setupStatusOutput = z.object({ needed: z.boolean() });

export const updateWorkspaceInput = z.strictObject({
  name: workspaceName.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  defaultCountry: countrySchema.optional(),
  defaultCurrency: currencySchema.optional(),
  settings: workspaceSettingsPatch.optional(),
  version: z.number().int().positive(),
});
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceInput>;

/** The settings as answered: the alarm's limits and block option only to those who manage settings. */
export const workspaceSettingsOutput = workspaceSettingsSchema.extend({
  alarm: workspaceSettingsSchema.shape.alarm.optional().describe('The exfiltration alarm, with the read limits per role; present only for callers with the settings right "manage_settings"'),
  readAuditDays: workspaceSettingsSchema.shape.readAuditDays.optional().describe('Days the read audit keeps; present only for callers with "manage_settings"'),
  signIn: workspaceSettingsSchema.shape.signIn.optional().describe('The sign-in policy (passwords, sessions, IP allowlists per role); present only for callers with "manage_settings"'),
});

export const workspaceDetailsOutput = workspaceOutput.extend({ settings: workspaceSettingsOutput, version: z.number().int() });
