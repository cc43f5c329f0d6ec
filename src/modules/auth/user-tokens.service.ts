import type { Executor } from '../../db/database.js';
import { hashToken, newToken } from './session-token.js';
import * as userTokens from './user-tokens.repository.js';

/**
 * One-time tokens of users (invitations, password resets) for other modules: only a token's hash is
 * stored; the plain token goes to the user once.
 */

/** A new one-time token of the purpose, valid until `expiresAt`; the user's earlier unused tokens of that purpose stop working. */
export async function issueUserToken(db: Executor, user: { workspaceId: string; userId: string }, purpose: string, expiresAt: string): Promise<string> {
  await userTokens.voidUserTokens(db, user.userId, purpose);
  const token = newToken();
  await userTokens.insertUserToken(db, { ...user, purpose, tokenHash: hashToken(token), expiresAt });
  return token;
}

/**
 * Uses up a live token of one of the purposes (tried in order): its row, or undefined when it is
 * unknown, expired, already used, or used by someone else at the same moment (two tabs, a replay).
 */
export async function consumeUserToken(db: Executor, token: string, purposes: readonly string[]) {
  const tokenHash = hashToken(token);
  for (const purpose of purposes) {
    const row = await userTokens.findLiveUserToken(db, tokenHash, purpose);
    if (row) return (await userTokens.consumeUserToken(db, row.id)) ? row : undefined;
  }
  return undefined;
}

/** Voids a user's unused tokens of the purposes (the password was set, the user was removed). */
export async function voidUserTokens(db: Executor, userId: string, purposes: readonly string[]): Promise<void> {
  for (const purpose of purposes) await userTokens.voidUserTokens(db, userId, purpose);
}
