import type { Kysely, Selectable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { RequestContext } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { isIpAllowed } from '../../platform/net/ip-allowlist.js';
import { getWorkspaceSettings } from '../workspaces/workspaces.service.js';
import type { SignInPolicy } from '../workspaces/workspace-settings.js';
import { noteRefused } from '../security/refused.service.js';
import * as usersService from '../users/users.service.js';
import * as sessions from './sessions.repository.js';
import type { SessionsTable } from './sessions.table.js';

export type { SignInPolicy };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The workspace's sign-in policy (decision 0028). */
export async function signInPolicyOf(db: Executor, workspaceId: string): Promise<SignInPolicy> {
  return (await getWorkspaceSettings(db, workspaceId)).signIn;
}

/** Why a live session must end now under the policy: unused too long (`idle`), too old (`max_age`); null while it may go on. */
export function sessionEndReason(session: Pick<Selectable<SessionsTable>, 'created_at' | 'last_seen_at'>, policy: SignInPolicy, at: string): 'idle' | 'max_age' | null {
  const now = Date.parse(at);
  if (policy.maxSessionAgeHours !== null && now - Date.parse(session.created_at) >= policy.maxSessionAgeHours * HOUR) return 'max_age';
  // last_seen_at is written at most once a minute, so idleness is known to within that minute.
  if (policy.idleTimeoutMinutes !== null && now - Date.parse(session.last_seen_at) >= policy.idleTimeoutMinutes * MINUTE) return 'idle';
  return null;
}

/** Whether the role's IP allowlist (none or empty: any address) admits this address. */
export function isAddressAllowed(policy: SignInPolicy, role: string, ip: string | null): boolean {
  const list = Object.hasOwn(policy.ipAllowlists, role) ? policy.ipAllowlists[role]! : [];
  return isIpAllowed(list, ip);
}

/** The refusal of a sign-in or request from outside the role's allowlist. */
export function ipNotAllowedError(): AppError {
  return new AppError('ip_not_allowed', 'Your role may not sign in or work from this network; ask your administrator');
}

/**
 * Refuses a sign-in from an address outside the user's role allowlist: audited as a failed sign-in
 * and counted as a refused attempt (route `sign-in`).
 * @throws AppError ip_not_allowed
 */
export async function refuseSignInFromOutside(db: Kysely<Database>, user: usersService.User, policy: SignInPolicy, ctx: RequestContext): Promise<void> {
  if (isAddressAllowed(policy, user.role, ctx.ip)) return;
  await audit(db, { workspaceId: user.workspace_id, actorId: user.id, ...ctx }, 'auth.sign_in_failed', { changes: { reason: 'ip_not_allowed', ip: ctx.ip } });
  await noteRefused(db, await usersService.actorForUser(db, user, ctx), 'POST sign-in', { status: 403, entityType: null, entityId: null });
  throw ipNotAllowedError();
}

/**
 * Signs out a user's oldest live sessions past the policy's limit, after a new one was issued.
 * Answers how many ended.
 */
export async function enforceSessionLimit(db: Executor, user: Pick<usersService.User, 'id' | 'workspace_id'>, policy: SignInPolicy, at: string): Promise<number> {
  if (policy.maxSessionsPerUser === null) return 0;
  const live = await sessions.listLiveUserSessionsByAge(db, user.workspace_id, user.id, at);
  const excess = live.slice(policy.maxSessionsPerUser).map((s) => s.id);
  if (excess.length > 0) await sessions.revokeSessions(db, excess, at);
  return excess.length;
}
