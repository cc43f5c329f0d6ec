import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { now } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { assertPasswordAllowed } from './password-policy.js';
import * as sessions from './sessions.repository.js';
import type { ChangePasswordInput } from './auth.schema.js';

/**
 * Changes the signed-in user's own password: the current one proves it is them, the new one must
 * pass the workspace's sign-in policy. Every other session of the user ends (this one stays).
 * Audited `user.password_changed`.
 * @throws AppError forbidden (no user) | unauthenticated (fields.currentPassword = invalid_credentials) | weak_password (fields.newPassword)
 */
export async function changeMyPassword(db: Kysely<Database>, actor: Actor, sessionId: string | null, input: ChangePasswordInput): Promise<{ endedSessions: number }> {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has a password');
  const user = await usersService.findUser(db, actor.workspaceId, actor.userId);
  if (!user) throw new AppError('forbidden', 'Only a signed-in user has a password');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await audit(db, { ...actor, actorId: actor.userId }, 'user.password_change_failed', { entityType: 'user', entityId: user.id });
    throw new AppError('unauthenticated', 'The current password is wrong', { currentPassword: 'invalid_credentials' });
  }
  await assertPasswordAllowed(db, user.workspace_id, input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const at = now();
    await usersService.setPasswordHash(trx, user.workspace_id, user.id, passwordHash, at);
    const endedSessions = await sessions.revokeOtherUserSessions(trx, user.workspace_id, user.id, sessionId, at);
    await audit(trx, { ...actor, actorId: actor.userId }, 'user.password_changed', { entityType: 'user', entityId: user.id, changes: { endedSessions } });
    return { endedSessions };
  });
}
