import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { now } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import * as sessions from './sessions.repository.js';

export interface SessionSummary {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

function signedInUserId(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has sessions');
  return actor.userId;
}

/**
 * The actor's own live sessions, the one making this request flagged `current`.
 * @throws AppError forbidden (no user)
 */
export async function listMySessions(db: Executor, actor: Actor, currentSessionId: string | null): Promise<SessionSummary[]> {
  const rows = await sessions.listLiveUserSessions(db, actor.workspaceId, signedInUserId(actor), now());
  return rows.map((row) => ({
    id: row.id, ip: row.ip, userAgent: row.user_agent, createdAt: row.created_at, lastSeenAt: row.last_seen_at, current: row.id === currentSessionId,
  }));
}

/**
 * Ends every session of the actor but the one making the request ("sign out everywhere else").
 * Audited `auth.sessions_revoked`. Answers how many ended.
 * @throws AppError forbidden (no user)
 */
export async function revokeMyOtherSessions(trx: Transaction<Database>, actor: Actor, currentSessionId: string | null): Promise<number> {
  const ended = await sessions.revokeOtherUserSessions(trx, actor.workspaceId, signedInUserId(actor), currentSessionId, now());
  await audit(trx, { ...actor, actorId: actor.userId }, 'auth.sessions_revoked', { changes: { ended } });
  return ended;
}

/**
 * Ends one of the actor's own sessions (a lost phone, a shared computer). Another user's session
 * looks missing.
 * @throws AppError forbidden (no user) | not_found
 */
export async function revokeMySession(trx: Transaction<Database>, actor: Actor, sessionId: string): Promise<void> {
  if (!(await sessions.revokeUserSession(trx, actor.workspaceId, signedInUserId(actor), sessionId, now()))) {
    throw new AppError('not_found', 'Session not found');
  }
  await audit(trx, { ...actor, actorId: actor.userId }, 'auth.session_revoked', { entityType: 'session', entityId: sessionId });
}
