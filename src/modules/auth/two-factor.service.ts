import type { Kysely, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { now, nowMs } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import { permissionsFor } from '../roles/roles.service.js';
import * as usersService from '../users/users.service.js';
import { verifyPassword } from '../users/password.js';
import * as twoFactor from './two-factor.repository.js';
import { matchTotp, newTotpSecret, otpauthUrl } from './totp.js';
import { isSealed, openSecret, sealSecret } from '../../platform/secrets/secret-box.js';

/** Whether a user has two-factor sign-in switched on (not merely a pending setup). */
export function hasTwoFactor(user: usersService.User): boolean {
  return user.totp_enabled_at !== null && user.totp_secret !== null;
}

/** Whether the user's role demands two-factor sign-in; read from the actor when it already knows. */
export async function roleRequiresTwoFactor(db: Executor, user: usersService.User, actor?: Actor): Promise<boolean> {
  if (actor?.requireTwoFactor !== undefined) return actor.requireTwoFactor;
  return (await permissionsFor(db, user.workspace_id, user.role)).requireTwoFactor;
}

/** The role demands two-factor sign-in and the user has not set it up: the API is closed to them but for setup. */
export async function isTwoFactorSetupRequired(db: Executor, user: usersService.User, actor?: Actor): Promise<boolean> {
  return !hasTwoFactor(user) && (await roleRequiresTwoFactor(db, user, actor));
}

/**
 * Checks a code from the user's authenticator and claims its time step, so the same code never
 * works twice. False for a wrong, stale or already used code.
 */
export async function verifyTwoFactorCode(db: Executor, user: usersService.User, code: string): Promise<boolean> {
  if (!user.totp_secret) return false;
  const step = matchTotp(openSecret(user.totp_secret), code, nowMs(), user.totp_last_step);
  return step !== null && (await twoFactor.claimTotpStep(db, user.id, step));
}

async function signedInUser(db: Executor, actor: Actor): Promise<usersService.User> {
  const user = actor.userId ? await usersService.findUser(db, actor.workspaceId, actor.userId) : undefined;
  if (!user) throw new AppError('not_found', 'User not found');
  return user;
}

/**
 * Starts two-factor setup: a new secret, pending until a code from it is entered. Starting again
 * replaces a pending secret.
 * @throws AppError not_found | conflict (already on: turn it off first)
 */
export async function startTwoFactorSetup(trx: Transaction<Database>, actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await signedInUser(trx, actor);
  if (hasTwoFactor(user)) throw new AppError('conflict', 'Two-factor sign-in is already on; turn it off first', { _: 'already_enabled' });
  const secret = newTotpSecret();
  await twoFactor.setPendingTotpSecret(trx, user.id, secret);
  await audit(trx, { ...actor, actorId: actor.userId }, 'auth.two_factor_setup_started', { entityType: 'user', entityId: user.id });
  return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
}

/**
 * Switches two-factor sign-in on once the user proves their app holds the pending secret.
 * @throws AppError not_found | conflict (no setup started, or already on) | validation_failed (fields.code = invalid_code)
 */
export async function enableTwoFactor(trx: Transaction<Database>, actor: Actor, code: string): Promise<void> {
  const user = await signedInUser(trx, actor);
  if (hasTwoFactor(user)) throw new AppError('conflict', 'Two-factor sign-in is already on', { _: 'already_enabled' });
  if (!user.totp_secret) throw new AppError('conflict', 'Start two-factor setup first', { _: 'setup_not_started' });
  const step = matchTotp(openSecret(user.totp_secret), code, nowMs());
  if (step === null) throw new AppError('validation_failed', 'The code is wrong or has expired; try the current one', { code: 'invalid_code' });
  await twoFactor.enableTotp(trx, user.id, now(), step);
  await audit(trx, { ...actor, actorId: actor.userId }, 'auth.two_factor_enabled', { entityType: 'user', entityId: user.id });
}

/**
 * Switches two-factor sign-in off (or drops a pending setup) after the password is confirmed.
 * A wrong password is audited.
 * @throws AppError not_found | validation_failed (fields.password = invalid_credentials) | conflict (the role requires it)
 */
export async function disableTwoFactor(db: Kysely<Database>, actor: Actor, password: string): Promise<void> {
  const user = await signedInUser(db, actor);
  const who = { ...actor, actorId: actor.userId };
  if (!(await verifyPassword(user.password_hash, password))) {
    await audit(db, who, 'auth.two_factor_disable_failed', { entityType: 'user', entityId: user.id });
    throw new AppError('validation_failed', 'Wrong password', { password: 'invalid_credentials' });
  }
  if (hasTwoFactor(user) && (await roleRequiresTwoFactor(db, user))) {
    throw new AppError('conflict', 'Your role requires two-factor sign-in; it cannot be turned off', { _: 'required_by_role' });
  }
  await db.transaction().execute(async (trx) => {
    await twoFactor.clearTotp(trx, user.id);
    if (hasTwoFactor(user)) await audit(trx, who, 'auth.two_factor_disabled', { entityType: 'user', entityId: user.id });
  });
}

/**
 * Seals TOTP secrets stored plain (before encryption at rest); run at start, idempotent.
 * @returns how many were sealed
 */
export async function sealStoredTotpSecrets(db: Executor): Promise<number> {
  const plain = (await twoFactor.listTotpSecrets(db)).filter((row): row is { id: string; totp_secret: string } => row.totp_secret !== null && !isSealed(row.totp_secret));
  for (const row of plain) await twoFactor.setTotpSecret(db, row.id, row.totp_secret, sealSecret(row.totp_secret));
  return plain.length;
}
