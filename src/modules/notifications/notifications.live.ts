import type { LiveHub } from '../../platform/live/live-hub.js';
import { registerLiveChannel } from '../../platform/live/live-channels.js';
import type { OutboxDispatcher } from '../../platform/outbox/outbox.dispatcher.js';
import { NOTIFICATION_CREATED } from './notifications.service.js';

/** The live channel of one user's notifications. */
export const userChannel = (userId: string) => `user:${userId}`;

// Only the user listens to their own channel.
registerLiveChannel('user', async (_db, actor, id) => actor.userId !== null && actor.userId === id);

/**
 * Pushes every committed notification to its user's live channel: the type and the id only; the
 * page refetches the list (and shows a toast for a reminder).
 */
export function publishNotifications(outbox: OutboxDispatcher, hub: LiveHub): void {
  outbox.subscribe<{ userId?: unknown; type?: unknown }>(NOTIFICATION_CREATED, 'live.notifications', async (event) => {
    const { userId, type } = event.payload ?? {};
    if (typeof userId !== 'string' || typeof type !== 'string' || !event.entityId) return;
    await hub.publish(event.workspaceId, userChannel(userId), { type: NOTIFICATION_CREATED, ids: { notifications: [event.entityId], types: [type] } });
  });
}
