import type { Notification } from './notifications.api';

const data = (n: Notification) => (n.data ?? {}) as Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** Where clicking a notification leads: the record it is about, or null. */
export function notificationTarget(notification: Notification): string | null {
  const d = data(notification);
  if (notification.type === 'security.alarm') return '/settings/users';
  if (notification.type.startsWith('task.')) {
    const id = str(d.activityId);
    return id ? `/activities/${id}` : null;
  }
  if (notification.type.startsWith('escalation.')) {
    const id = str(d.subjectId);
    if (!id) return '/settings/escalations';
    return d.subjectType === 'deal' ? `/deals/${id}` : `/activities/${id}`;
  }
  return null;
}

/** Whether a notification that arrives while the page is open deserves a toast. */
export function isToastWorthy(notification: Notification): boolean {
  return notification.type === 'task.reminder' || notification.type.startsWith('escalation.');
}
