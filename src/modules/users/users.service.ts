import type { Selectable, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor, RequestContext } from '../../platform/access/actor.js';
import { permissionsForRole } from '../../platform/access/permissions.js';
import { permissionsFor } from '../roles/roles.service.js';
import * as sharingService from '../sharing/sharing.service.js';
import * as departmentsService from '../departments/departments.service.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { recordChange } from '../../platform/history/record-change.js';
import * as users from './users.repository.js';
import type { UsersTable } from './users.table.js';
import type { UpdateMeInput } from './users.schema.js';
import { hashPassword } from './password.js';
import { assertPasswordAllowed } from '../auth/password-policy.js';

export type User = Selectable<UsersTable>;

// Credentials, and sign-in bookkeeping that changes on every sign-in (it is not an edit).
const PRIVATE_FIELDS = new Set(['password_hash', 'totp_secret', 'totp_last_step', 'failed_sign_ins', 'locked_until', 'last_sign_in_at']);

/** The user as history, audit, events and conflict answers carry it: without PRIVATE_FIELDS. */
export function userForHistory(user: User): Record<string, unknown> & { id: string; version: number } {
  return { ...Object.fromEntries(Object.entries(user).filter(([key]) => !PRIVATE_FIELDS.has(key))), id: user.id, version: user.version };
}

export interface NewUserInput {
  email: string;
  name: string;
  password: string | null;
  role: string;
  locale: string;
  timeZone: string;
  departmentId?: string | null;
}

/**
 * Creates a user in the actor's workspace with history and audit. A password must pass the
 * workspace's sign-in policy.
 * @throws AppError conflict (email taken) | weak_password
 */
export async function createUser(trx: Transaction<Database>, actor: Actor, input: NewUserInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (input.password) await assertPasswordAllowed(trx, actor.workspaceId, input.password);
  if (await users.findUserByEmail(trx, email)) {
    throw new AppError('conflict', 'A user with this email already exists', { email: 'taken' });
  }
  const at = now();
  const user = await users.insertUser(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    email,
    name: input.name.trim(),
    password_hash: input.password ? await hashPassword(input.password) : null,
    role: input.role,
    department_id: input.departmentId ?? null,
    locale: input.locale,
    time_zone: input.timeZone,
    is_active: 1,
    failed_sign_ins: 0,
    locked_until: null,
    last_sign_in_at: null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
    version: 1,
  });
  await recordChange(trx, actor, { entityType: 'user', action: 'create', before: null, after: userForHistory(user) });
  return user;
}

/**
 * Updates the signed-in user's own profile (name, language, time zone).
 * @throws AppError not_found | conflict (stale version; `details.current` holds the current record)
 */
export async function updateMe(trx: Transaction<Database>, actor: Actor, input: UpdateMeInput): Promise<User> {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has a profile');
  const before = await users.findUserById(trx, actor.workspaceId, actor.userId);
  if (!before) throw new AppError('not_found', 'User not found');
  if (before.version !== input.version) {
    // The current record goes to the client: never with the password hash or TOTP secret.
    throw new AppError('conflict', 'Your profile was changed elsewhere; reload and try again', undefined, { current: userForHistory(before) });
  }
  const patch: Partial<User> = { updated_at: now() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.locale !== undefined) patch.locale = input.locale;
  if (input.timeZone !== undefined) patch.time_zone = input.timeZone;
  const after = await users.updateUserVersioned(trx, actor.workspaceId, actor.userId, input.version, patch);
  if (!after) throw new AppError('conflict', 'Your profile was changed elsewhere; reload and try again');
  await recordChange(trx, actor, { entityType: 'user', action: 'update', before: userForHistory(before), after: userForHistory(after) });
  return after;
}

export function findUser(db: Executor, workspaceId: string, id: string): Promise<User | undefined> {
  return users.findUserById(db, workspaceId, id);
}

export function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return users.findUserByEmail(db, email.trim().toLowerCase());
}

export { setSignInState, setPasswordHash, listActiveAdmins, blockUser, listUsers, lockActiveAdmins } from './users.repository.js';

/** The actor for a signed-in user: role permissions and the reach of their department. */
export async function actorForUser(db: Executor, user: User, ctx: RequestContext): Promise<Actor> {
  const [departmentIds, role, sharedTypes] = await Promise.all([
    user.department_id ? departmentsService.departmentSubtree(db, user.workspace_id, user.department_id) : Promise.resolve([]),
    permissionsFor(db, user.workspace_id, user.role),
    sharingService.sharedTypesOf(db, user.workspace_id, user.id),
  ]);
  return {
    kind: 'user',
    workspaceId: user.workspace_id,
    userId: user.id,
    role: user.role,
    departmentId: user.department_id,
    departmentIds,
    permissions: role.permissions,
    ...(role.narrowing ? { narrowing: role.narrowing } : {}),
    ...(Object.keys(role.fieldRights).length > 0 ? { fieldRights: role.fieldRights } : {}),
    ...(sharedTypes.length > 0 ? { sharedTypes } : {}),
    requireTwoFactor: role.requireTwoFactor,
    locale: user.locale,
    timeZone: user.time_zone,
    ...ctx,
  };
}

/** The actor for work no person does: CLI commands, jobs, first-run setup. */
export function systemActor(workspaceId: string, ctx: Partial<RequestContext> = {}): Actor {
  return {
    kind: 'system',
    workspaceId,
    userId: null,
    role: 'admin',
    departmentId: null,
    departmentIds: [],
    permissions: permissionsForRole('admin'),
    locale: 'en',
    timeZone: 'UTC',
    ip: ctx.ip ?? null,
    userAgent: ctx.userAgent ?? null,
    requestId: ctx.requestId ?? null,
  };
}
