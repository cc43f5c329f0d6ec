import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { noContent } from '../../platform/schemas.js';
import { emptyInput } from '../auth/auth.schema.js';
import { calendarFeedOutput, createdCalendarFeedOutput, icsParams } from './calendar-feed.schema.js';
import * as calendarFeed from './calendar-feed.service.js';
// Tasks and meetings go into the feed.
import './activity-feed-source.js';

const tags = ['calendar feed'];

/** The user's secret calendar address (make, look, revoke) and the feed itself at `/ics/<token>.ics`. */
export function calendarFeedRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/calendar-feed', {
    schema: { tags, summary: 'Whether you have a calendar address, when it was made and last read', response: { 200: calendarFeedOutput } },
  }, async (request) => calendarFeed.getMyCalendarFeed(db, actorOf(request)));

  r.post('/api/v1/me/calendar-feed', {
    schema: { tags, summary: 'Make a new secret calendar (ICS) address; the old one stops working. The address is shown only now', body: emptyInput, response: { 201: createdCalendarFeedOutput } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const created = await db.transaction().execute((trx) => calendarFeed.createMyCalendarFeed(trx, actor, config.publicUrl));
    return reply.status(201).send(created);
  });

  r.delete('/api/v1/me/calendar-feed', {
    schema: { tags, summary: 'Revoke your calendar address', response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => calendarFeed.revokeMyCalendarFeed(trx, actor));
    return reply.status(204).send(null);
  });

  r.get('/ics/:token.ics', {
    schema: {
      tags, summary: "A user's tasks and meetings as iCalendar (VEVENT), for Google Calendar, Apple Calendar and Thunderbird; no session, the secret address is the key",
      params: icsParams, response: { 200: z.string().describe('text/calendar') },
    },
  }, async (request, reply) => {
    const body = await calendarFeed.renderCalendarFeed(db, request.params.token);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', 'inline; filename="kartoteka.ics"')
      .send(body);
  });
}
