import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';

export { idParams } from '../../platform/schemas.js';

/** An email domain (`example.com`), lowercased. */
const domain = z.string().trim().toLowerCase().max(253, 'too_long').regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'invalid_domain');

/** The issuer URL: https, or http only where the install allows it (checked by the service). */
const issuer = z.string().trim().max(500, 'too_long').url('invalid_url').refine((u) => /^https?:\/\//i.test(u), 'invalid_url');

const providerFields = {
  name: requiredText(100),
  issuer,
  clientId: z.string().trim().min(1, 'required').max(500, 'too_long'),
  allowedDomains: z.array(domain).max(50, 'too_long').refine((list) => new Set(list).size === list.length, 'duplicate'),
  autoCreateUsers: z.boolean(),
  /** Role key new people get; required when `autoCreateUsers` is on. */
  defaultRole: z.string().min(1).max(100).nullable(),
  /** The provider's second factor stands for Kartoteka's code (no code step after it). */
  trustedMfa: z.boolean(),
  enabled: z.boolean(),
};

export const createProviderInput = z.strictObject({
  ...providerFields,
  clientSecret: z.string().min(1, 'required').max(2000, 'too_long'),
  allowedDomains: providerFields.allowedDomains.default([]),
  autoCreateUsers: providerFields.autoCreateUsers.default(false),
  defaultRole: providerFields.defaultRole.default(null),
  trustedMfa: providerFields.trustedMfa.default(false),
  enabled: providerFields.enabled.default(true),
});
export type CreateProviderInput = z.infer<typeof createProviderInput>;

export const updateProviderInput = z.strictObject({
  name: providerFields.name.optional(),
  issuer: providerFields.issuer.optional(),
  clientId: providerFields.clientId.optional(),
  /** Left out: the stored secret stays (it is never answered, so a form cannot send it back). */
  clientSecret: z.string().min(1, 'required').max(2000, 'too_long').optional(),
  allowedDomains: providerFields.allowedDomains.optional(),
  autoCreateUsers: providerFields.autoCreateUsers.optional(),
  defaultRole: providerFields.defaultRole.optional(),
  trustedMfa: providerFields.trustedMfa.optional(),
  enabled: providerFields.enabled.optional(),
  version: z.number().int().positive(),
});
export type UpdateProviderInput = z.infer<typeof updateProviderInput>;

export const providerOutput = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  /** Whether a secret is stored; the secret itself is never answered. */
  hasClientSecret: z.boolean(),
  allowedDomains: z.array(z.string()),
  autoCreateUsers: z.boolean(),
  defaultRole: z.string().nullable(),
  trustedMfa: z.boolean(),
  enabled: z.boolean(),
  /** The redirect URI to register at the provider. */
  redirectUri: z.string(),
  version: z.number().int(),
});

export const providerAnswer = z.object({ provider: providerOutput });
export const providersAnswer = z.object({ items: z.array(providerOutput), redirectUri: z.string() });

export const publicProvidersAnswer = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

export const callbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
}).passthrough();
