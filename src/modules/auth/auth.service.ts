import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor, RequestContext } from '../../platform/access/actor.js';
import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.js';
import { countHit } from '../../platform/rate-limit/rate-limit.repository.js';
import { newId } from '../../platform/ids.js';
import { addMs, now } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import { verifyPassword } from '../users/password.js';
import * as sessions from './sessions.repository.js';
import { hashToken, newToken } from './session-token.js';
import * as userTokens from './user-tokens.repository.js';
import { hasTwoFactor, verifyTwoFactorCode } from './two-factor.service.js';
import { enforceSessionLimit, refuseSignInFromOutside, sessionEndReason, signInPolicyOf, type SignInPolicy } from './sign-in-policy.js';
import type { SignInInput, TwoFactorSignInInput } from './auth.schema.js';

export interface AuthSettings {
  sessionTtlDays: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: usersService.User;
}

const DAY = 24 * 60 * 60 * 1000;
const TWO_FACTOR_CHALLENGE = 'two_factor_challenge';
const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const CHALLENGE_MAX_ATTEMPTS = 5;
// Last use and the sliding expiry are written at most this often, so reads do not each cost a
// write; the idle timeout (in minutes) is then exact to within this minute.
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * Signs a user in by email and password. Failures are counted per user; after
 * `loginMaxFailures` in a row the account is locked for `loginLockMinutes`. Every attempt is audited.
 * A user with two-factor sign-in gets a challenge instead of a session (see `signInWithTwoFactor`).
 * The role's IP allowlist is checked once the password is right, so a refusal tells nothing about the account.
 * @throws AppError unauthenticated (wrong email or password) | account_locked | forbidden (deactivated) | account_blocked
 *   | ip_not_allowed | two_factor_required (`details.challenge` is the one-time token for the second step)
 */
export async function signIn(db: Kysely<Database>, settings: AuthSettings, input: SignInInput, ctx: RequestContext): Promise<IssuedSession> {
  const user = await usersService.findUserByEmail(db, input.email);
  const at = now();
  // The hash runs for every attempt, locked or unknown alike, so timing tells nothing either.
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user) return refuseUnknownEmail(db, settings, input.email, at);
  if (user.locked_until && user.locked_until > at) {
    await audit(db, { workspaceId: user.workspace_id, actorId: user.id, ...ctx }, 'auth.sign_in_blocked');
    throw lockedError(user.locked_until);
  }
  if (!ok) {
    await countFailure(db, settings, user, ctx);
    throw invalidCredentials();
  }
  // The password alone proves half; failures stay counted until the code proves the rest.
  return proceedAfterFirstFactor(db, settings, user, ctx, { trustedSecondFactor: false, changes: {} });
}

/**
 * After a first factor (a password, or an OpenID provider's word): refuses deactivated and blocked
 * accounts and addresses outside the role's allowlist, then asks for the authenticator code when
 * the user has two-factor sign-in (unless the first factor already was two, `trustedSecondFactor`),
 * else issues the session.
 * @throws AppError forbidden (deactivated) | account_blocked | ip_not_allowed | two_factor_required (`details.challenge`)
 */
export async function proceedAfterFirstFactor(
  db: Kysely<Database>, settings: AuthSettings, user: usersService.User, ctx: RequestContext,
  options: { trustedSecondFactor: boolean; changes: Record<string, unknown> },
): Promise<IssuedSession> {
  await refuseUnusable(db, user, ctx);
  await refuseSignInFromOutside(db, user, await signInPolicyOf(db, user.workspace_id), ctx);
  if (hasTwoFactor(user) && !options.trustedSecondFactor) {
    const challenge = newToken();
    await userTokens.insertUserToken(db, {
      workspaceId: user.workspace_id, userId: user.id, purpose: TWO_FACTOR_CHALLENGE, tokenHash: hashToken(challenge), expiresAt: addMs(now(), CHALLENGE_TTL_MS),
    });
    await audit(db, { workspaceId: user.workspace_id, actorId: user.id, ...ctx }, 'auth.two_factor_challenged', Object.keys(options.changes).length ? { changes: options.changes } : undefined);
    throw new AppError('two_factor_required', 'Enter the code from your authenticator app', undefined, { challenge });
  }
  return completeSignIn(db, settings, user, ctx, options.changes);
}

/**
 * The second step of signing in with two-factor: the challenge from the first step and a code from
 * the authenticator app. After `CHALLENGE_MAX_ATTEMPTS` wrong codes the challenge is void; wrong
 * codes also count towards the account lock, like wrong passwords.
 * @throws AppError unauthenticated (fields.challenge = invalid, or fields.code = invalid_code) | account_locked | account_blocked | forbidden (deactivated)
 */
export async function signInWithTwoFactor(db: Kysely<Database>, settings: AuthSettings, input: TwoFactorSignInInput, ctx: RequestContext): Promise<IssuedSession> {
  const invalidChallenge = () => new AppError('unauthenticated', 'This sign-in has expired; enter your email and password again', { challenge: 'invalid' });
  const token = await userTokens.findLiveUserToken(db, hashToken(input.challenge), TWO_FACTOR_CHALLENGE);
  if (!token) throw invalidChallenge();
  const user = await usersService.findUser(db, token.workspace_id, token.user_id);
  if (!user || !hasTwoFactor(user)) throw invalidChallenge();
  if (user.locked_until && user.locked_until > now()) throw lockedError(user.locked_until);
  await refuseUnusable(db, user, ctx);
  if (!(await verifyTwoFactorCode(db, user, input.code))) {
    const attempts = await userTokens.countUserTokenAttempt(db, token.id);
    if (attempts >= CHALLENGE_MAX_ATTEMPTS) await userTokens.consumeUserToken(db, token.id);
    await countFailure(db, settings, user, ctx, 'two_factor_code');
    throw new AppError('unauthenticated', 'The code is wrong or has expired', attempts >= CHALLENGE_MAX_ATTEMPTS ? { code: 'invalid_code', challenge: 'invalid' } : { code: 'invalid_code' });
  }
  if (!(await userTokens.consumeUserToken(db, token.id))) throw invalidChallenge();
  return completeSignIn(db, settings, user, ctx, { twoFactor: true });
}

function invalidCredentials(): AppError {
  return new AppError('unauthenticated', 'Wrong email or password', { password: 'invalid_credentials' });
}

/**
 * An email no account has answers as an account would (decision 0024): wrong password, and after
 * `loginMaxFailures` attempts in a row `account_locked` for `loginLockMinutes`, counted in the
 * request-guard buckets under a hash of the email, so nobody learns from the answers which emails
 * have accounts.
 * @throws AppError unauthenticated | account_locked, always
 */
async function refuseUnknownEmail(db: Executor, settings: AuthSettings, email: string, at: string): Promise<never> {
  const key = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  const lock = await countHit(db, `sign-in-lock:${key}`, at, at);
  if (lock.expiresAt > at) throw lockedError(lock.expiresAt);
  const failures = await countHit(db, `sign-in-failures:${key}`, at, addMs(at, DAY));
  if (failures.count % settings.loginMaxFailures !== 0) throw invalidCredentials();
  const locked = await countHit(db, `sign-in-lock:${key}`, at, addMs(at, settings.loginLockMinutes * 60_000));
  throw lockedError(locked.expiresAt);
}

/** Deactivated and blocked accounts stop here, after the password proved who is asking. */
async function refuseUnusable(db: Kysely<Database>, user: usersService.User, ctx: RequestContext): Promise<void> {
  const who = { workspaceId: user.workspace_id, actorId: user.id, ...ctx };
  if (user.is_active !== 1) {
    await audit(db, who, 'auth.sign_in_failed', { changes: { reason: 'deactivated' } });
    throw new AppError('forbidden', 'This account is deactivated; ask your administrator', { email: 'deactivated' });
  }
  if (user.blocked_at) {
    await audit(db, who, 'auth.sign_in_failed', { changes: { reason: 'blocked' } });
    throw blockedError();
  }
}

/** The account is blocked (the exfiltration alarm, or an administrator). */
export function blockedError(): AppError {
  return new AppError('account_blocked', 'This account is blocked; ask your administrator to unblock it');
}

/**
 * Issues the session of a sign-in whose proofs are all in (password and code, or an OpenID provider
 * and code): the IP allowlist is checked again, since the address may have changed between steps.
 * @throws AppError ip_not_allowed
 */
export async function completeSignIn(db: Kysely<Database>, settings: AuthSettings, user: usersService.User, ctx: RequestContext, changes: Record<string, unknown>): Promise<IssuedSession> {
  await refuseSignInFromOutside(db, user, await signInPolicyOf(db, user.workspace_id), ctx);
  return db.transaction().execute(async (trx) => {
    const issued = await issueSession(trx, settings, user, ctx);
    await usersService.setSignInState(trx, user.id, { failed_sign_ins: 0, locked_until: null, last_sign_in_at: now() });
    await audit(trx, { workspaceId: user.workspace_id, actorId: user.id, ...ctx }, 'auth.signed_in', Object.keys(changes).length ? { changes } : undefined);
    return issued;
  });
}

async function countFailure(db: Kysely<Database>, settings: AuthSettings, user: usersService.User, ctx: RequestContext, reason?: 'two_factor_code'): Promise<void> {
  const failures = user.failed_sign_ins + 1;
  const lock = failures >= settings.loginMaxFailures;
  const lockedUntil = lock ? addMs(now(), settings.loginLockMinutes * 60_000) : null;
  await db.transaction().execute(async (trx) => {
    await usersService.setSignInState(trx, user.id, { failed_sign_ins: lock ? 0 : failures, locked_until: lockedUntil });
    const who = { workspaceId: user.workspace_id, actorId: user.id, ...ctx };
    await audit(trx, who, 'auth.sign_in_failed', { changes: reason ? { failures, reason } : { failures } });
    if (lock) await audit(trx, who, 'auth.locked', { changes: { until: lockedUntil } });
  });
  if (lockedUntil) throw lockedError(lockedUntil);
}

function lockedError(until: string): AppError {
  const minutes = Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 60_000));
  return new AppError('account_locked', `Too many failed attempts; try again in ${minutes} min`, undefined, { lockedUntil: until, minutes });
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  user: usersService.User;
  /** The workspace's sign-in policy, read for this request anyway (the IP allowlist is checked with it). */
  policy: SignInPolicy;
}

/**
 * The session and user behind a cookie token, or null when missing, expired, revoked, the user is
 * gone, or the workspace's policy ends it now (idle too long, older than the maximum age: it is then
 * revoked and audited `auth.session_expired`).
 */
export async function resolveSession(db: Executor, settings: AuthSettings, token: string): Promise<ResolvedSession | null> {
  const at = now();
  const session = await sessions.findLiveSession(db, hashToken(token), at);
  if (!session) return null;
  const [user, policy] = await Promise.all([usersService.findUser(db, session.workspace_id, session.user_id), signInPolicyOf(db, session.workspace_id)]);
  if (!user || user.is_active !== 1) return null;
  const ended = sessionEndReason(session, policy, at);
  if (ended) {
    await sessions.revokeSession(db, session.id, at);
    await audit(db, { workspaceId: user.workspace_id, actorId: user.id, ip: null, userAgent: null, requestId: null }, 'auth.session_expired', {
      entityType: 'session', entityId: session.id, changes: { reason: ended },
    });
    return null;
  }
  if (Date.parse(at) - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) {
    await sessions.touchSession(db, session.id, at, addMs(at, settings.sessionTtlDays * DAY));
  }
  return { sessionId: session.id, csrfToken: session.csrf_token, user, policy };
}

/** Ends one session. */
export async function signOut(db: Kysely<Database>, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sessions.revokeSession(trx, sessionId, now());
    await audit(trx, { ...actor, actorId: actor.userId }, 'auth.signed_out');
  });
}

/**
 * Issues a session for a user who just proved who they are; past the workspace's limit of
 * concurrent sessions the user's oldest ones end.
 */
export async function issueSession(db: Executor, settings: AuthSettings, user: usersService.User, ctx: RequestContext): Promise<IssuedSession> {
  const at = now();
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = addMs(at, settings.sessionTtlDays * DAY);
  await sessions.insertSession(db, {
    id: newId(), workspace_id: user.workspace_id, user_id: user.id, token_hash: hashToken(token), csrf_token: csrfToken,
    ip: ctx.ip, user_agent: ctx.userAgent?.slice(0, 500) ?? null, created_at: at, last_seen_at: at, expires_at: expiresAt, revoked_at: null,
  });
  const ended = await enforceSessionLimit(db, user, await signInPolicyOf(db, user.workspace_id), at);
  if (ended > 0) await audit(db, { workspaceId: user.workspace_id, actorId: user.id, ...ctx }, 'auth.sessions_limited', { changes: { ended } });
  return { token, csrfToken, expiresAt, user };
}

/** Ends every session of a user (deactivation, "sign out everywhere", password reset). */
export async function revokeAllSessions(db: Executor, userId: string): Promise<void> {
  await sessions.revokeUserSessions(db, userId, now());
}
