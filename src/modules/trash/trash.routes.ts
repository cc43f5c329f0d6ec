import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { trashOutput, trashParams, trashQuery } from './trash.schema.js';
import * as trashService from './trash.service.js';
import { noContent } from '../../platform/schemas.js';

/** The trash of every registered record type: list, restore, purge. */
export function trashRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/trash', {
    schema: { tags: ['trash'], summary: 'Deleted records you may see, newest deletion first', querystring: trashQuery, response: { 200: trashOutput } },
  }, async (request) => ({ items: await trashService.listTrash(db, actorOf(request), request.query) }));

  r.post('/api/v1/trash/:entityType/:id/restore', {
    schema: { tags: ['trash'], summary: 'Take a record out of the trash', params: trashParams, body: z.strictObject({}), response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => trashService.restoreFromTrash(trx, actor, request.params.entityType, request.params.id));
    return reply.status(204).send(null);
  });

  r.delete('/api/v1/trash/:entityType/:id', {
    schema: { tags: ['trash'], summary: 'Purge a deleted record for good (needs the right to delete all records of its module)', params: trashParams, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => trashService.purgeFromTrash(trx, actor, request.params.entityType, request.params.id));
    return reply.status(204).send(null);
  });
}
