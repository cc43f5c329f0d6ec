import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { UsersTable } from './users.table.js';
import type { WorkspacesTable } from '../workspaces/workspaces.table.js';
import { presentWorkspace } from '../workspaces/workspaces.presenter.js';
import type { meOutput } from './users.schema.js';
import type { UserAdmin } from './users-admin.schema.js';
import type { PermissionMatrix } from '../../platform/access/permissions.js';

/** `security.twoFactorSetupRequired`: the role demands two-factor sign-in and the user has none (auth's `isTwoFactorSetupRequired`). */
export function presentMe(
  user: Selectable<UsersTable>,
  workspace: Selectable<WorkspacesTable>,
  security: { twoFactorSetupRequired?: boolean; permissions: PermissionMatrix },
): z.infer<typeof meOutput> {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale as 'en' | 'ru' | 'bg',
    timeZone: user.time_zone,
    role: user.role,
    version: user.version,
    workspace: presentWorkspace(workspace),
    twoFactorEnabled: user.totp_enabled_at !== null,
    twoFactorSetupRequired: security.twoFactorSetupRequired ?? false,
    permissions: security.permissions,
  };
}

/** A user as the team screen shows it; `roleName` comes from the workspace's roles. */
export function presentUserAdmin(user: Selectable<UsersTable>, roleName: string): UserAdmin {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    roleName,
    departmentId: user.department_id,
    isActive: user.is_active === 1,
    blocked: user.blocked_at ? { at: user.blocked_at, reason: user.blocked_reason } : null,
    twoFactorEnabled: user.totp_enabled_at !== null,
    invitePending: user.password_hash === null,
    lastSignInAt: user.last_sign_in_at,
    createdAt: user.created_at,
    version: user.version,
  };
}
