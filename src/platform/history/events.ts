import type { Executor } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { notifyOutbox } from '../outbox/outbox.repository.js';
import { insertOutboxEvent } from './history.repository.js';

/**
 * Appends a domain event that is not a record version (a purge, say) to the outbox, in the caller's
 * transaction, so subscribers (notifications, webhooks, automation) hear of it after commit.
 */
export async function emitEvent(db: Executor, actor: Actor, event: { type: string; entityType: string; entityId: string; payload: unknown }): Promise<void> {
  await insertOutboxEvent(db, { workspaceId: actor.workspaceId, type: event.type, entityType: event.entityType, entityId: event.entityId, actorId: actor.userId, payload: event.payload });
  await notifyOutbox(db);
}
