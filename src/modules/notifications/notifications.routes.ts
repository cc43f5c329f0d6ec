import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { emptyInput, idParams } from '../auth/auth.schema.js';
import { listNotificationsQuery, notificationListOutput, notificationSettingsInput, notificationSettingsOutput } from './notifications.schema.js';
import * as settingsService from './notification-settings.service.js';
import * as notificationsService from './notifications.service.js';
import { noContent } from '../../platform/schemas.js';

export function notificationsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/notifications', {
    schema: { tags: ['notifications'], summary: 'Your notifications, newest first, and how many are unread', querystring: listNotificationsQuery, response: { 200: notificationListOutput } },
  }, async (request) => notificationsService.listMyNotifications(db, actorOf(request), request.query));

  r.post('/api/v1/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark a notification read', params: idParams, body: emptyInput, response: { 204: noContent } },
  }, async (request, reply) => {
    await notificationsService.markMyNotificationRead(db, actorOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  r.post('/api/v1/notifications/read-all', {
    schema: { tags: ['notifications'], summary: 'Mark all your notifications read', body: emptyInput, response: { 204: noContent } },
  }, async (request, reply) => {
    await notificationsService.markAllMyNotificationsRead(db, actorOf(request));
    return reply.status(204).send(null);
  });

  r.get('/api/v1/me/notification-settings', {
    schema: { tags: ['notifications'], summary: 'Which notification types also come to you by email (in-app is always on)', response: { 200: notificationSettingsOutput } },
  }, async (request) => settingsService.getMyNotificationSettings(db, actorOf(request)));

  r.put('/api/v1/me/notification-settings', {
    schema: { tags: ['notifications'], summary: 'Choose email on or off per notification type; types not named keep their choice', body: notificationSettingsInput, response: { 200: notificationSettingsOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => settingsService.saveMyNotificationSettings(trx, actor, request.body));
  });
}
