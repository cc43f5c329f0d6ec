import { z } from 'zod';
import { workspaceSettingsInput } from './workspaces.schema.js';
import { emailSchema, passwordSchema, personNameSchema } from '../users/users.schema.js';
import { passwordProblem } from '../auth/password-policy.js';
import { DEFAULT_WORKSPACE_SETTINGS } from './workspace-settings.js';

/**
 * The first administrator's password, under the default sign-in policy (the workspace is being
 * created): refused with the other fields, as `admin.password: too_short | common`.
 */
const firstPassword = passwordSchema.superRefine((password, ctx) => {
  const problem = passwordProblem(password, DEFAULT_WORKSPACE_SETTINGS.signIn.passwordMinLength);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const setupInput = z.strictObject({
  workspace: workspaceSettingsInput,
  admin: z.strictObject({
    name: personNameSchema,
    email: emailSchema,
    password: firstPassword,
  }),
});
export type SetupInput = z.infer<typeof setupInput>;
