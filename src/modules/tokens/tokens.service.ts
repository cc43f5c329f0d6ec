import { randomBytes } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { addMs, now, toIso } from '../../platform/clock.js';
import { fromJson, toJson } from '../../platform/json.js';
import { audit } from '../../platform/history/record-change.js';
import { hashToken } from '../auth/session-token.js';
import * as usersService from '../users/users.service.js';
import * as apiTokens from './api-tokens.repository.js';
import type { ApiTokensTable } from './api-tokens.table.js';
import type { CreateApiTokenInput } from './tokens.schema.js';

export type ApiToken = Selectable<ApiTokensTable>;

/** Every secret starts with this, so it is recognisable in code, logs and secret scanners. */
export const TOKEN_PREFIX = 'kt_';
const SHOWN_PREFIX_LENGTH = 8;
// `last_used_at` is written at most this often, so a busy integration does not cost a write per call.
const TOUCH_EVERY_MS = 60_000;

function signedInUserId(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has API tokens');
  return actor.userId;
}

/**
 * Creates a personal API token for the actor. The secret (`kt_` + 32 random bytes, base64url) is
 * answered once and only its SHA-256 is stored. The token acts as its owner, narrowed to its scopes.
 * @throws AppError forbidden (no user) | validation_failed (fields.expiresAt = in_past)
 */
export async function createApiToken(trx: Transaction<Database>, actor: Actor, input: CreateApiTokenInput): Promise<{ token: ApiToken; secret: string }> {
  const userId = signedInUserId(actor);
  const at = now();
  const expiresAt = input.expiresAt ? toIso(input.expiresAt) : null;
  if (expiresAt !== null && expiresAt <= at) throw new AppError('validation_failed', 'The expiry must be in the future', { expiresAt: 'in_past' });
  const body = randomBytes(32).toString('base64url');
  const secret = `${TOKEN_PREFIX}${body}`;
  const scopes = [...new Set(input.scopes)].sort();
  const token = await apiTokens.insertApiToken(trx, {
    id: newId(), workspace_id: actor.workspaceId, user_id: userId, name: input.name, token_prefix: body.slice(0, SHOWN_PREFIX_LENGTH),
    token_hash: hashToken(secret), scopes: toJson(scopes), expires_at: expiresAt, last_used_at: null, revoked_at: null, created_at: at,
  });
  await audit(trx, { ...actor, actorId: userId }, 'api_token.created', {
    entityType: 'api_token', entityId: token.id, changes: { name: token.name, prefix: token.token_prefix, scopes, expiresAt },
  });
  return { token, secret };
}

/** The actor's own tokens, newest first. @throws AppError forbidden (no user) */
export function listMyApiTokens(db: Executor, actor: Actor): Promise<ApiToken[]> {
  return apiTokens.listUserApiTokens(db, actor.workspaceId, signedInUserId(actor));
}

/**
 * Revokes one of the actor's own tokens; it stops working at once. Revoking twice is harmless.
 * Another user's token looks missing.
 * @throws AppError forbidden (no user) | not_found
 */
export async function revokeMyApiToken(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  const userId = signedInUserId(actor);
  const token = await apiTokens.findUserApiToken(trx, actor.workspaceId, userId, id);
  if (!token) throw new AppError('not_found', 'API token not found');
  if (await apiTokens.revokeApiToken(trx, token.id, now())) {
    await audit(trx, { ...actor, actorId: userId }, 'api_token.revoked', { entityType: 'api_token', entityId: token.id, changes: { name: token.name, prefix: token.token_prefix } });
  }
}

/** Revokes every token of a user (deactivation). Answers how many were live. */
export function revokeAllApiTokens(db: Executor, userId: string): Promise<number> {
  return apiTokens.revokeUserApiTokens(db, userId, now());
}

export interface ResolvedApiToken {
  token: ApiToken;
  scopes: string[];
  user: usersService.User;
}

/**
 * The live token behind a `kt_…` secret and its owner, or null when it is unknown, revoked,
 * expired, or its owner is deactivated or gone. A blocked owner is answered: the caller refuses it
 * with its own code. Notes `last_used_at` (at most once a minute).
 */
export async function resolveApiToken(db: Executor, secret: string): Promise<ResolvedApiToken | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const at = now();
  const token = await apiTokens.findLiveApiToken(db, hashToken(secret), at);
  if (!token) return null;
  const user = await usersService.findUser(db, token.workspace_id, token.user_id);
  if (!user || user.is_active !== 1) return null;
  if (!token.last_used_at || Date.parse(at) - Date.parse(token.last_used_at) >= TOUCH_EVERY_MS) await apiTokens.touchApiToken(db, token.id, at, addMs(at, -TOUCH_EVERY_MS));
  return { token, scopes: fromJson<string[]>(token.scopes), user };
}
