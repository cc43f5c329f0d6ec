import type { Transaction, Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { now } from '../../platform/clock.js';
import { audit, recordChange } from '../../platform/history/record-change.js';
import * as authService from '../auth/auth.service.js';
import * as userTokens from '../auth/user-tokens.service.js';
import * as departmentsService from '../departments/departments.service.js';
import { listRoles } from '../roles/roles.service.js';
import { revokeAllApiTokens } from '../tokens/tokens.service.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import * as users from './users.repository.js';
import * as usersService from './users.service.js';
import type { UsersTable } from './users.table.js';
import { presentUserAdmin } from './users.presenter.js';
import { assertMayGrant, assertMayManage, assertNotLastAdmin, requireDepartment, requireRole, roleNameOf } from './user-rules.js';
import { sendInvite, type LinkOptions } from './invites.service.js';
import type { CreateUserInput, ListUsersQuery, UpdateUserInput, UserAdmin } from './users-admin.schema.js';

type User = usersService.User;

/** A user as the team screen shows it, with their role's name. */
export async function presentForAdmin(db: Executor, user: User): Promise<UserAdmin> {
  return presentUserAdmin(user, await roleNameOf(db, user.workspace_id, user.role));
}

/**
 * Users of the actor's workspace, by name, filtered by status (default active), department and a
 * text that the name or email contains.
 * @throws AppError forbidden
 */
export async function listUsersForAdmin(db: Executor, actor: Actor, query: ListUsersQuery): Promise<UserAdmin[]> {
  authorize(actor, 'users', 'view');
  const [rows, roles] = await Promise.all([
    users.listUsers(db, actor.workspaceId, { status: query.status, departmentId: query.departmentId }),
    listRoles(db, actor),
  ]);
  const names = new Map(roles.map(({ role }) => [role.key, role.name]));
  const q = query.q?.toLocaleLowerCase();
  // Matched here rather than in SQL: SQLite folds case for ASCII only, and names are often Cyrillic.
  // A workspace has tens or hundreds of users, not millions.
  const matched = q ? rows.filter((u) => u.name.toLocaleLowerCase().includes(q) || u.email.includes(q)) : rows;
  return matched.map((u) => presentUserAdmin(u, names.get(u.role) ?? u.role));
}

/**
 * Adds a user to the actor's workspace in the workspace's language and time zone. Without a
 * password the user is mailed an invite link to choose one.
 * @throws AppError forbidden | validation_failed (role / departmentId: not_found) | conflict (email taken)
 */
export async function createUserByAdmin(trx: Transaction<Database>, actor: Actor, input: CreateUserInput, links: LinkOptions): Promise<User> {
  authorize(actor, 'users', 'create');
  const role = await requireRole(trx, actor.workspaceId, input.role);
  assertMayGrant(actor, role);
  if (input.departmentId) await requireDepartment(trx, actor.workspaceId, input.departmentId);
  const workspace = await workspacesService.findWorkspace(trx, actor.workspaceId);
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  const user = await usersService.createUser(trx, actor, {
    email: input.email,
    name: input.name,
    password: input.password ?? null,
    role: role.key,
    departmentId: input.departmentId ?? null,
    locale: workspace.locale,
    timeZone: workspace.time_zone,
  });
  if (!input.password) await sendInvite(trx, actor, user, links);
  return user;
}

/** The user to change, at the version the caller read. */
async function userAtVersion(db: Executor, actor: Actor, id: string, version: number): Promise<User> {
  const user = await usersService.findUser(db, actor.workspaceId, id);
  if (!user) throw new AppError('not_found', 'User not found');
  await assertMayManage(db, actor, user);
  if (user.version !== version) {
    throw new AppError('conflict', 'The user was changed by someone else; reload and try again', undefined, { current: await presentForAdmin(db, user) });
  }
  return user;
}

/** Writes a versioned change with history, audit and event (`event` names actions beyond a plain edit). */
async function applyChange(
  trx: Transaction<Database>,
  actor: Actor,
  before: User,
  patch: Updateable<UsersTable>,
  action: 'update' | 'rollback',
  event?: string,
): Promise<User> {
  const after = await users.updateUserVersioned(trx, actor.workspaceId, before.id, before.version, { ...patch, updated_at: now() });
  if (!after) throw new AppError('conflict', 'The user was changed by someone else; reload and try again');
  await recordChange(trx, actor, { entityType: 'user', action, before: usersService.userForHistory(before), after: usersService.userForHistory(after), event });
  return after;
}

/**
 * Changes a user's name, email, role or department (also history "restore this version", as
 * action `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version with `current`; email taken; role = 'last_admin') | validation_failed (role / departmentId: not_found)
 */
export async function updateUserByAdmin(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
  action: 'update' | 'rollback' = 'update',
): Promise<User> {
  authorize(actor, 'users', 'edit');
  const before = await userAtVersion(trx, actor, id, input.version);
  const patch: Updateable<UsersTable> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.email !== undefined && input.email !== before.email) {
    const holder = await usersService.findUserByEmail(trx, input.email);
    if (holder && holder.id !== id) throw new AppError('conflict', 'A user with this email already exists', { email: 'taken' });
    patch.email = input.email;
  }
  if (input.role !== undefined && input.role !== before.role) {
    const role = await requireRole(trx, actor.workspaceId, input.role);
    assertMayGrant(actor, role);
    if (role.key !== 'admin') await assertNotLastAdmin(trx, before, 'role');
    patch.role = role.key;
  }
  if (input.departmentId !== undefined && input.departmentId !== before.department_id) {
    if (input.departmentId) await requireDepartment(trx, actor.workspaceId, input.departmentId);
    patch.department_id = input.departmentId;
  }
  return applyChange(trx, actor, before, patch, action);
}

/**
 * Deactivates a user: they can no longer sign in, their sessions, API tokens and mailed links die,
 * they stop heading departments; their records stay theirs until transferred.
 * @throws AppError forbidden | not_found | bad_request (yourself) | conflict (stale version; fields._ = 'last_admin')
 */
export async function deactivateUser(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<User> {
  authorize(actor, 'users', 'delete');
  if (id === actor.userId) throw new AppError('bad_request', 'You cannot deactivate yourself', { _: 'self' });
  const before = await userAtVersion(trx, actor, id, version);
  if (before.is_active !== 1) return before;
  await assertNotLastAdmin(trx, before, '_');
  const after = await applyChange(trx, actor, before, { is_active: 0 }, 'update', 'user.deactivated');
  await authService.revokeAllSessions(trx, id);
  await revokeAllApiTokens(trx, id);
  await userTokens.voidUserTokens(trx, id, ['invite', 'password_reset']);
  await departmentsService.clearHeadOf(trx, actor, id);
  return after;
}

/**
 * Lets a deactivated user sign in again.
 * @throws AppError forbidden | not_found | conflict (stale version)
 */
export async function activateUser(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<User> {
  authorize(actor, 'users', 'delete');
  const before = await userAtVersion(trx, actor, id, version);
  if (before.is_active === 1) return before;
  return applyChange(trx, actor, before, { is_active: 1 }, 'update', 'user.activated');
}

/**
 * Lifts a block (set by the exfiltration alarm) so the user can sign in again.
 * @throws AppError forbidden | not_found | conflict (stale version)
 */
export async function unblockUser(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<User> {
  authorize(actor, 'users', 'edit');
  const before = await userAtVersion(trx, actor, id, version);
  if (!before.blocked_at) return before;
  return applyChange(trx, actor, before, { blocked_at: null, blocked_reason: null }, 'update', 'user.unblocked');
}

/**
 * Resets a user's two-factor sign-in (a lost phone): it goes off and their sessions end; they sign
 * in with their password and, if their role requires it, set it up again. Your own is reset from
 * your account page, which asks for your password.
 * @throws AppError forbidden | not_found | bad_request (fields._ = 'self') | conflict (stale version; fields._ = 'two_factor_off')
 */
export async function resetTwoFactor(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<User> {
  authorize(actor, 'users', 'edit');
  if (id === actor.userId) throw new AppError('bad_request', 'Reset your own two-factor sign-in from your account page', { _: 'self' });
  const before = await userAtVersion(trx, actor, id, version);
  if (before.totp_enabled_at === null) throw new AppError('conflict', 'The user has no two-factor sign-in to reset', { _: 'two_factor_off' });
  const after = await users.clearTwoFactorVersioned(trx, actor.workspaceId, id, version, now());
  if (!after) throw new AppError('conflict', 'The user was changed by someone else; reload and try again');
  await recordChange(trx, actor, {
    entityType: 'user', action: 'update', before: usersService.userForHistory(before), after: usersService.userForHistory(after), event: 'user.two_factor_reset',
  });
  await authService.revokeAllSessions(trx, id);
  return after;
}

/**
 * Ends every session of a user (a lost laptop); audited.
 * @throws AppError forbidden | not_found
 */
export async function signOutEverywhere(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'edit');
  const user = await usersService.findUser(trx, actor.workspaceId, id);
  if (!user) throw new AppError('not_found', 'User not found');
  await assertMayManage(trx, actor, user);
  await authService.revokeAllSessions(trx, id);
  await audit(trx, { ...actor, actorId: actor.userId }, 'user.signed_out_everywhere', { entityType: 'user', entityId: id });
}
