import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import * as usersService from '../users/users.service.js';
import { emailSchema, personNameSchema } from '../users/users.schema.js';
import { passwordProblem } from '../auth/password-policy.js';
import { DEFAULT_WORKSPACE_SETTINGS } from './workspace-settings.js';
import { localeSchema } from './workspaces.schema.js';
import * as workspaces from './workspaces.repository.js';
import { createWorkspace } from './workspaces.service.js';

export interface CreateAdminInput {
  email: string;
  name: string;
  password: string;
  workspaceName: string;
  locale: string;
}

/**
 * Headless setup: creates an administrator in the install's first workspace, creating the
 * workspace too on an empty install. Validates like the setup screen does.
 * @throws AppError validation_failed | conflict
 */
export async function createAdmin(db: Kysely<Database>, input: CreateAdminInput): Promise<{ email: string; workspaceName: string }> {
  const fields: Record<string, string> = {};
  const email = emailSchema.safeParse(input.email);
  if (!email.success) fields.email = 'invalid_email';
  const weak = passwordProblem(input.password, DEFAULT_WORKSPACE_SETTINGS.signIn.passwordMinLength);
  if (weak) fields.password = weak;
  if (!personNameSchema.safeParse(input.name).success) fields.name = 'required';
  const locale = localeSchema.safeParse(input.locale);
  if (!locale.success) fields.locale = 'invalid_option';
  if (Object.keys(fields).length || !email.success || !locale.success) {
    throw new AppError('validation_failed', 'Some values are invalid', fields);
  }
  return db.transaction().execute(async (trx) => {
    const existing = await workspaces.firstWorkspace(trx);
    const workspace = existing ?? (await createWorkspace(trx, {
      name: input.workspaceName, locale: locale.data, timeZone: 'UTC', defaultCountry: 'US', defaultCurrency: 'USD',
    }));
    await usersService.createUser(trx, usersService.systemActor(workspace.id), {
      email: email.data, name: input.name, password: input.password, role: 'admin', locale: locale.data, timeZone: workspace.time_zone,
    });
    return { email: email.data, workspaceName: workspace.name };
  });
}
