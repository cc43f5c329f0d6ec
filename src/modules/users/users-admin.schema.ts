import { z } from 'zod';
import { optionalText, requiredText, UUID_PATTERN } from '../../platform/schemas.js';
import { emailSchema, passwordSchema, personNameSchema } from './users.schema.js';

export { idParams } from '../../platform/schemas.js';

/** An id naming another record in a body: anything that is not an id names nothing (`not_found`). */
export const refId = z.string().regex(UUID_PATTERN, 'not_found');

export const roleKeySchema = requiredText(100);

export const versionSchema = z.number().int().positive();

export const listUsersQuery = z.strictObject({
  status: z.enum(['active', 'deactivated', 'all']).default('active'),
  departmentId: refId.optional(),
  q: optionalText(200).unwrap().unwrap().optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const createUserInput = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  role: roleKeySchema,
  departmentId: refId.nullable().optional(),
  /** Without a password the user gets an invite email to choose one. */
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  name: personNameSchema.optional(),
  email: emailSchema.optional(),
  role: roleKeySchema.optional(),
  departmentId: refId.nullable().optional(),
  version: versionSchema,
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const versionInput = z.strictObject({ version: versionSchema });

export const transferInput = z.strictObject({ toUserId: refId });

export const acceptInviteInput = z.strictObject({
  token: z.string().trim().min(1, 'required').max(200, 'too_long'),
  password: passwordSchema,
});
export type AcceptInviteInput = z.infer<typeof acceptInviteInput>;

export const userAdminOutput = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  roleName: z.string(),
  departmentId: z.string().nullable(),
  isActive: z.boolean(),
  blocked: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
  twoFactorEnabled: z.boolean(),
  /** Invited and has not chosen a password yet: an administrator may copy an invitation link. */
  invitePending: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserAdmin = z.infer<typeof userAdminOutput>;

export const userOutput = z.object({ user: userAdminOutput });
export const usersListOutput = z.object({ items: z.array(userAdminOutput) });
export const transferOutput = z.object({ moved: z.record(z.string(), z.number().int()) });
export const inviteLinkOutput = z.object({ link: z.string(), expiresAt: z.string() });
