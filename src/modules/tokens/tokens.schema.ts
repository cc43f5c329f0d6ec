import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';
import { TOKEN_SCOPES } from '../../platform/access/actor.js';

export const apiTokenOutput = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the secret after `kt_`, so a person can tell tokens apart. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiTokenOutput = z.infer<typeof apiTokenOutput>;

export const createApiTokenInput = z.strictObject({
  name: requiredText(100),
  scopes: z.array(z.string().refine((s) => TOKEN_SCOPES.includes(s), 'invalid_scope')).min(1, 'required').max(TOKEN_SCOPES.length, 'too_long'),
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const apiTokenListOutput = z.object({ items: z.array(apiTokenOutput) });
export const createdApiTokenOutput = z.object({ token: apiTokenOutput, secret: z.string() });
