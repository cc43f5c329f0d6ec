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
