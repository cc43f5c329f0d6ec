import type { Executor } from '../../db/database.js';
import './two-factor.table.js';
import { sealSecret } from '../../platform/secrets/secret-box.js';

// The two-factor columns on `users` (totp_*) belong to the auth module; nothing else writes them.

/** Stores a pending secret; it signs nobody in until `enableTotp`. */
export async function setPendingTotpSecret(db: Executor, userId: string, secret: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret: sealSecret(secret), totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
}

/** Turns the pending secret on, remembering the step of the code that proved it. */
export async function enableTotp(db: Executor, userId: string, at: string, step: number): Promise<void> {
  await db.updateTable('users').set({ totp_enabled_at: at, totp_last_step: step }).where('id', '=', userId).where('totp_secret', 'is not', null).execute();
}

export async function clearTotp(db: Executor, userId: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
}

/**
 * Claims a time step for a user: true if it is later than any step used before. Two requests with
 * the same code race here and only one wins, in any number of processes.
 */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every stored TOTP secret (for sealing plain ones at start). */
export function listTotpSecrets(db: Executor) {
  return db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).execute();
}

/** Replaces a stored TOTP secret if it is still the one read. */
export async function setTotpSecret(db: Executor, userId: string, was: string, sealed: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret: sealed }).where('id', '=', userId).where('totp_secret', '=', was).execute();
}
