import { formatDateTime, formatNumber, formatShortDate } from '../../i18n/format';
import type { TFunction } from 'i18next';
import type { Notification } from './notifications.api';

/** A notification as a sentence in the interface language. */
export function notificationText(t: TFunction, notification: Notification, timeZone?: string): string {
  // The schema leaves `data` open (it depends on the type); read it as a bag of values.
  const data = (notification.data ?? {}) as Record<string, unknown>;
  const title = typeof data.title === 'string' ? data.title : '';
  if (notification.type === 'task.reminder' || notification.type === 'task.assigned') {
    const due = typeof data.dueAt === 'string' ? (data.allDay === true ? formatShortDate(data.dueAt, timeZone) : formatDateTime(data.dueAt, timeZone)) : null;
    const key = notification.type === 'task.reminder' ? 'reminder' : 'assigned';
    return due ? t(`notifications.task.${key}Due`, { title, due }) : t(`notifications.task.${key}`, { title });
  }
  if (notification.type === 'escalation.owner' || notification.type === 'escalation.head') {
    const since = typeof data.startedAt === 'string' ? formatDateTime(data.startedAt, timeZone) : '';
    const owner = typeof data.ownerName === 'string' ? data.ownerName : '?';
    return notification.type === 'escalation.owner'
      ? t('notifications.escalation.owner', { title, since, count: typeof data.minutes === 'number' ? data.minutes : 0 })
      : t('notifications.escalation.head', { title, since, owner });
  }
  if (notification.type === 'security.alarm' && data.kind === 'read') {
    return t(`notifications.securityAlarm.${data.blocked === true ? 'readsBlocked' : 'reads'}`, {
      name: typeof data.userName === 'string' ? data.userName : '?',
      number: formatNumber(typeof data.count === 'number' ? data.count : 0),
      limitNumber: formatNumber(typeof data.limit === 'number' ? data.limit : 0),
      period: t(`notifications.securityAlarm.period.${data.window === 'day' ? 'day' : 'hour'}`),
    });
  }
  if (notification.type === 'security.alarm') {
    const kind = data.kind === 'export' || data.kind === 'exports' ? 'exports' : 'views';
    const key = data.blocked === true ? `${kind}Blocked` : kind;
    const count = typeof data.count === 'number' ? data.count : 0;
    const limit = typeof data.limit === 'number' ? data.limit : 0;
    return t(`notifications.securityAlarm.${key}`, {
      name: typeof data.userName === 'string' ? data.userName : '?',
      count,
      number: formatNumber(count),
      limitNumber: formatNumber(limit),
    });
  }
  return t(`notifications.types.${notification.type.replaceAll('.', '_')}`, { defaultValue: t('notifications.generic', { type: notification.type }) });
}
