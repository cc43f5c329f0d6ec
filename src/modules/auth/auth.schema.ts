import { z } from 'zod';
import { meOutput } from '../users/users.schema.js';

export const signInInput = z.strictObject({
  // Not validated as an email: a malformed address is simply a failed sign-in, not a hint.
  email: z.string().trim().min(1, 'required').max(254, 'too_long'),
  password: z.string().min(1, 'required').max(256, 'too_long'),
});
export type SignInInput = z.infer<typeof signInInput>;

export const emptyInput = z.strictObject({}).optional();

export const signedInOutput = z.object({ user: meOutput });

export const twoFactorSignInInput = z.strictObject({
  challenge: z.string().min(1, 'required').max(200, 'too_long'),
  // Apps show "123 456"; spaces are dropped when the code is checked.
  code: z.string().trim().min(1, 'required').max(20, 'too_long'),
});
export type TwoFactorSignInInput = z.infer<typeof twoFactorSignInInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'required').max(256, 'too_long'),
  newPassword: z.string().min(1, 'required').max(256, 'too_long'),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
export const changePasswordOutput = z.object({ endedSessions: z.number().int().describe('Other sessions of yours that were signed out') });

export const signOutOthersOutput = z.object({ ended: z.number().int() });

export const twoFactorSetupOutput = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const twoFactorEnableInput = z.strictObject({ code: z.string().trim().min(1, 'required').max(20, 'too_long') });
export const twoFactorDisableInput = z.strictObject({ password: z.string().min(1, 'required').max(256, 'too_long') });


export { idParams } from '../../platform/schemas.js';
export const sessionsOutput = z.object({
  items: z.array(z.object({
    id: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable(), createdAt: z.string(), lastSeenAt: z.string(), current: z.boolean(),
  })),
});

export const passwordPolicyQuery = z.strictObject({
  token: z.string().max(200, 'too_long').optional().describe('An invite or reset token: the policy of its workspace'),
});
export const passwordPolicyOutput = z.object({
  minLength: z.number().int().describe('Fewest characters (code points) a new password may have'),
  refusesCommon: z.boolean().describe('Passwords on the bundled list of the most common ones are refused'),
});
