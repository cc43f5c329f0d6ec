import { trackRead } from '../security/read-alarm.service.js';
import { rowUnits, sumUnits } from '../security/read-weights.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { createNoteInput, deleteNoteQuery, noteResult, timelinePageOutput, timelineQuery, updateNoteInput } from './timeline.schema.js';
import { presentTimelineItem } from './timeline.presenter.js';
import * as timelineService from './timeline.service.js';

export function timelineRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/timeline', {
    schema: { tags: ['timeline'], summary: "A contact's or company's feed, newest first (a company's includes its people's items)", querystring: timelineQuery, response: { 200: timelinePageOutput } },
  }, async (request) => {
    const { subjectType, subjectId, cursor, limit } = request.query;
    const actor = actorOf(request);
    const page = await timelineService.listTimeline(db, actor, subjectType, subjectId, cursor, limit);
    const items = page.items.map(presentTimelineItem);
    await trackRead(db, actor, { path: 'timeline', entityType: subjectType, entityId: subjectId, rows: items.length, units: sumUnits(items, rowUnits) });
    return { items, nextCursor: page.nextCursor };
  });

  r.post('/api/v1/notes', {
    schema: { tags: ['timeline'], summary: 'Write a note on a contact or company', body: createNoteInput, response: { 201: noteResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const note = await db.transaction().execute((trx) => timelineService.createNote(trx, actor, request.body));
    return reply.status(201).send({ note: presentTimelineItem(note) });
  });

  r.patch('/api/v1/notes/:id', {
    schema: { tags: ['timeline'], summary: "Change a note's text (its author, or someone who may delete on the record)", params: idParams, body: updateNoteInput, response: { 200: noteResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const note = await db.transaction().execute((trx) => timelineService.updateNote(trx, actor, request.params.id, request.body));
    return { note: presentTimelineItem(note) };
  });

  r.delete('/api/v1/notes/:id', {
    schema: { tags: ['timeline'], summary: 'Delete a note (soft; audited)', params: idParams, querystring: deleteNoteQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => timelineService.deleteNote(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });
}
