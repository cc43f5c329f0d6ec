import type { Executor } from '../../db/database.js';
import { narrowByTokenScopes, type Actor, type RequestContext } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { actorForUser, findUser } from '../users/users.service.js';

/** Who started a job, as stored in its payload; the actor is rebuilt from it before every chunk. */
export interface ActorRef {
  userId: string;
  /** The scopes of the API token the job was started with; null for a session. */
  tokenScopes: string[] | null;
  request: RequestContext;
}

/**
 * The reference a job keeps of the person starting it.
 * @throws AppError forbidden when no user acts (the system starts no person-facing job)
 */
export function actorRef(actor: Actor): ActorRef {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user starts this job');
  return { userId: actor.userId, tokenScopes: actor.tokenScopes ? [...actor.tokenScopes] : null, request: { ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId } };
}

/**
 * The actor of a job as of now: the user's current role and department, narrowed by the token's
 * scopes, so a right taken away (or a user deactivated or blocked) meanwhile stops the job.
 * @throws AppError forbidden when the user can no longer act
 */
export async function currentJobActor(db: Executor, workspaceId: string, ref: ActorRef): Promise<Actor> {
  const user = await findUser(db, workspaceId, ref.userId);
  if (!user || user.deleted_at || user.is_active !== 1 || user.blocked_at) throw new AppError('forbidden', 'The user who started this job can no longer act');
  const actor = await actorForUser(db, user, ref.request);
  return ref.tokenScopes ? { ...actor, permissions: narrowByTokenScopes(actor.permissions, ref.tokenScopes), tokenScopes: ref.tokenScopes } : actor;
}
