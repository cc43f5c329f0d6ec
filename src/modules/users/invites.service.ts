import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { isAdmin, type Actor, type RequestContext } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { addMs, now } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import { sendMail } from '../../platform/mail/mail.service.js';
import * as authService from '../auth/auth.service.js';
import * as userTokens from '../auth/user-tokens.service.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import * as users from './users.repository.js';
import * as usersService from './users.service.js';
import { assertMayManage } from './user-rules.js';
import { teamMail, type TeamMailKind } from './invite-mail.js';
import { hashPassword } from './password.js';
import { assertPasswordAllowed } from '../auth/password-policy.js';
import type { AcceptInviteInput } from './users-admin.schema.js';

const HOUR = 60 * 60 * 1000;
const TTL: Record<TeamMailKind, number> = { invite: 7 * 24 * HOUR, password_reset: 24 * HOUR };
const PURPOSES: readonly TeamMailKind[] = ['invite', 'password_reset'];

/** Where mailed links point: the install's public address. */
export interface LinkOptions {
  publicUrl: string;
}

/** A new one-time `/accept-invite?token=…` link of the kind; earlier links of that kind stop working. Only the token's hash is stored. */
async function issueLink(trx: Transaction<Database>, user: usersService.User, kind: TeamMailKind, options: LinkOptions): Promise<InviteLink> {
  const expiresAt = addMs(now(), TTL[kind]);
  const token = await userTokens.issueUserToken(trx, { workspaceId: user.workspace_id, userId: user.id }, kind, expiresAt);
  return { link: `${options.publicUrl.replace(/\/+$/, '')}/accept-invite?token=${encodeURIComponent(token)}`, expiresAt };
}

/**
 * Mails the user a one-time `/accept-invite?token=…` link in their language, replacing any earlier
 * link of the same kind. Only the token's hash is stored; the mail goes out only if the caller's
 * transaction commits.
 */
async function mailLink(trx: Transaction<Database>, actor: Actor, user: usersService.User, kind: TeamMailKind, options: LinkOptions): Promise<void> {
  const { link } = await issueLink(trx, user, kind, options);
  const [workspace, sender] = await Promise.all([
    workspacesService.findWorkspace(trx, user.workspace_id),
    actor.userId ? usersService.findUser(trx, actor.workspaceId, actor.userId) : Promise.resolve(undefined),
  ]);
  const mail = teamMail(kind, user.locale, { name: user.name, inviter: sender?.name ?? null, workspace: workspace?.name ?? 'Kartoteka', link });
  await sendMail(trx, { to: user.email, ...mail, workspaceId: user.workspace_id });
  await audit(trx, { ...actor, actorId: actor.userId }, kind === 'invite' ? 'user.invited' : 'user.password_reset_sent', {
    entityType: 'user', entityId: user.id, changes: { email: user.email },
  });
}

/** A link an administrator passes on by hand, and when it stops working. */
export interface InviteLink {
  link: string;
  expiresAt: string;
}

/**
 * Issues a fresh invitation link (valid 7 days) for a user who has not chosen a password yet, for
 * an administrator to pass on by hand: without SMTP the mailed invite goes nowhere, and its link
 * is never logged. Earlier invitation links of the user stop working. Administrators only (not
 * through an API token): the link lets whoever holds it become the user. Audited
 * `user.invite_link_issued`.
 * @throws AppError forbidden | not_found | conflict (fields._ = 'inactive' | 'not_pending': the user already has a password)
 */
export async function issueInviteLink(trx: Transaction<Database>, actor: Actor, id: string, options: LinkOptions): Promise<InviteLink> {
  if (!isAdmin(actor)) throw new AppError('forbidden', 'Only an administrator can copy an invitation link');
  const user = await usersService.findUser(trx, actor.workspaceId, id);
  if (!user) throw new AppError('not_found', 'User not found');
  await assertMayManage(trx, actor, user);
  if (user.is_active !== 1) throw new AppError('conflict', 'Activate the user first', { _: 'inactive' });
  if (user.password_hash !== null) throw new AppError('conflict', 'This user has already chosen a password; send a password reset instead', { _: 'not_pending' });
  const issued = await issueLink(trx, user, 'invite', options);
  await audit(trx, { ...actor, actorId: actor.userId }, 'user.invite_link_issued', {
    entityType: 'user', entityId: user.id, changes: { email: user.email, expiresAt: issued.expiresAt },
  });
  return issued;
}

/** Mails a just-created user the link to choose a password (valid 7 days). */
export async function sendInvite(trx: Transaction<Database>, actor: Actor, user: usersService.User, options: LinkOptions): Promise<void> {
  await mailLink(trx, actor, user, 'invite', options);
}

/**
 * Mails a user a link to set a new password (valid 24 hours); the current password keeps working
 * until then.
 * @throws AppError forbidden | not_found | conflict (fields._ = 'inactive': the user is deactivated)
 */
export async function sendPasswordReset(trx: Transaction<Database>, actor: Actor, id: string, options: LinkOptions): Promise<void> {
  authorize(actor, 'users', 'edit');
  const user = await usersService.findUser(trx, actor.workspaceId, id);
  if (!user) throw new AppError('not_found', 'User not found');
  await assertMayManage(trx, actor, user);
  if (user.is_active !== 1) throw new AppError('conflict', 'Activate the user first', { _: 'inactive' });
  await mailLink(trx, actor, user, 'password_reset', options);
}

/**
 * Sets the password of the user a mailed token names, uses the token up, ends the user's sessions
 * and signs them in. A user with two-factor sign-in keeps the new password but gets the second
 * step of signing in instead of a session: a mailed link is not a second factor.
 * @throws AppError validation_failed (fields.token = 'invalid': unknown, used or expired) | weak_password | forbidden (deactivated) | account_blocked | two_factor_required (`challenge`)
 */
export async function acceptInvite(db: Kysely<Database>, settings: authService.AuthSettings, input: AcceptInviteInput, ctx: RequestContext): Promise<authService.IssuedSession> {
  const passwordHash = await hashPassword(input.password);
  const accepted = await db.transaction().execute(async (trx) => {
    const invalid = new AppError('validation_failed', 'This link is invalid or has expired; ask your administrator for a new one', { token: 'invalid' });
    const token = await userTokens.consumeUserToken(trx, input.token, PURPOSES);
    if (!token) throw invalid;
    const user = await usersService.findUser(trx, token.workspace_id, token.user_id);
    if (!user) throw invalid;
    if (user.is_active !== 1) throw new AppError('forbidden', 'This account is deactivated; ask your administrator', { token: 'deactivated' });
    if (user.blocked_at) throw authService.blockedError();
    // Refused here, inside the transaction: the link stays usable for a better password.
    await assertPasswordAllowed(trx, user.workspace_id, input.password);
    const who = { workspaceId: user.workspace_id, actorId: user.id, ...ctx };
    const at = now();
    await users.setPasswordHash(trx, user.workspace_id, user.id, passwordHash, at);
    await userTokens.voidUserTokens(trx, user.id, PURPOSES);
    await authService.revokeAllSessions(trx, user.id);
    await audit(trx, who, 'user.password_set', { entityType: 'user', entityId: user.id, changes: { via: token.purpose } });
    if (user.totp_enabled_at) return { user, session: null };
    const signedIn = { ...user, failed_sign_ins: 0, locked_until: null, last_sign_in_at: at };
    const session = await authService.issueSession(trx, settings, signedIn, ctx);
    await usersService.setSignInState(trx, user.id, { failed_sign_ins: 0, locked_until: null, last_sign_in_at: at });
    await audit(trx, who, 'auth.signed_in');
    return { user: signedIn, session };
  });
  // With two-factor sign-in this answers the challenge for the code, exactly as signing in with the new password would.
  return accepted.session ?? authService.signIn(db, settings, { email: accepted.user.email, password: input.password }, ctx);
}
