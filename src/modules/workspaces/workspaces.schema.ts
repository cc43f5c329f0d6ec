import { z } from 'zod';
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

export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'invalid_country');
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'invalid_currency');

export const workspaceSettingsInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
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
  name: z.string().trim().min(1, 'required').max(200, 'too_long').optional(),
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
  alarm: workspaceSettingsSchema.shape.alarm.optional().describe('The exfiltration alarm; present only for callers with the settings right "manage_settings"'),
});

export const workspaceDetailsOutput = workspaceOutput.extend({ settings: workspaceSettingsOutput, version: z.number().int() });
