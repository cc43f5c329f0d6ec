import { z } from 'zod';
import { queryInt } from '../../platform/schemas.js';

export const notificationOutput = z.object({
  id: z.string(),
  type: z.string(),
  data: z.unknown(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationOutput = z.infer<typeof notificationOutput>;

export const listNotificationsQuery = z.strictObject({
  limit: queryInt(1, 100).default(50),
  cursor: z.string().max(200).optional(),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

export const notificationListOutput = z.object({
  items: z.array(notificationOutput),
  /** Unread notifications in all, not only on this page. */
  unread: z.number().int(),
  nextCursor: z.string().nullable(),
});

export const notificationSettingsOutput = z.object({
  /** Every type that can also come by email; in-app notifications are always on. */
  types: z.array(z.object({ type: z.string(), inApp: z.literal(true), email: z.boolean() })),
});
export type NotificationSettingsOutput = z.infer<typeof notificationSettingsOutput>;

export const notificationSettingsInput = z.strictObject({
  types: z.array(z.strictObject({ type: z.string().max(100), email: z.boolean() })).max(100),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsInput>;
