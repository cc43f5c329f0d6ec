import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { permissionsFor } from '../roles/roles.service.js';
import { AppError } from '../../platform/errors.js';
import { presentMe } from '../users/users.presenter.js';
import type { User } from '../users/users.service.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { isTwoFactorSetupRequired } from './two-factor.service.js';

/**
 * `{ user: Me }` for a user who just signed in or changed their sign-in security.
 * @throws AppError not_found (the workspace is gone)
 */
export async function presentSignedIn(db: Executor, user: User, actor?: Actor) {
  const [workspace, twoFactorSetupRequired, role] = await Promise.all([
    workspacesService.findWorkspace(db, user.workspace_id),
    isTwoFactorSetupRequired(db, user, actor),
    actor ? Promise.resolve(actor) : permissionsFor(db, user.workspace_id, user.role),
  ]);
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  return { user: presentMe(user, workspace, { twoFactorSetupRequired, permissions: role.permissions }) };
}
