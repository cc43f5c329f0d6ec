import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';
import { SCOPES } from '../../platform/access/permissions.js';
import { localeSchema, timeZoneSchema, workspaceOutput } from '../workspaces/workspaces.schema.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email('invalid_email')
  .transform((e) => e.toLowerCase());

/**
 * A password as a request carries it. No composition rules (NIST SP 800-63B); its length and the
 * common-password check follow the workspace's sign-in policy (auth/password-policy.ts); 8 is the
 * floor of every policy, refused here with the other fields.
 */
export const passwordSchema = z.string().min(8, 'too_short').max(256, 'too_long');

export const personNameSchema = requiredText(200);

export const meOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  locale: localeSchema,
  timeZone: z.string(),
  role: z.string(),
  version: z.number().int(),
  workspace: workspaceOutput,
  twoFactorEnabled: z.boolean(),
  /** The role requires two-factor sign-in and it is not set up: only /me, /me/two-factor/* and sign-out answer. */
  twoFactorSetupRequired: z.boolean(),
  /** What the user's role allows: module → action → none / own / department / all (the UI hides what it cannot do). */
  permissions: z.record(z.string(), z.record(z.string(), z.enum(SCOPES))),
});

export const updateMeInput = z.strictObject({
  name: personNameSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  version: z.number().int().positive(),
});
export type UpdateMeInput = z.infer<typeof updateMeInput>;
