import { z } from 'zod';
import { workspaceSettingsInput } from './workspaces.schema.js';
import { emailSchema, passwordSchema, personNameSchema } from '../users/users.schema.js';

export const setupInput = z.strictObject({
  workspace: workspaceSettingsInput,
  admin: z.strictObject({
    name: personNameSchema,
    email: emailSchema,
    password: passwordSchema,
  }),
});
export type SetupInput = z.infer<typeof setupInput>;
