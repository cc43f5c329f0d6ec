import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { createViewInput, deleteViewQuery, listViewsQuery, updateViewInput, viewResult, viewsListOutput } from './saved-views.schema.js';
import * as savedViews from './saved-views.service.js';

export function savedViewsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/saved-views', {
    schema: { tags: ['saved views'], summary: 'My saved views of a list and the shared ones', querystring: listViewsQuery, response: { 200: viewsListOutput } },
  }, async (request) => ({ items: await savedViews.listViews(db, actorOf(request), request.query.entity) }));

  r.post('/api/v1/saved-views', {
    schema: { tags: ['saved views'], summary: 'Save a list view', body: createViewInput, response: { 201: viewResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const view = await db.transaction().execute((trx) => savedViews.createView(trx, actor, request.body));
    return reply.status(201).send({ view });
  });

  r.patch('/api/v1/saved-views/:id', {
    schema: { tags: ['saved views'], summary: 'Rename, share or redefine a saved view (owner or admin)', params: idParams, body: updateViewInput, response: { 200: viewResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const view = await db.transaction().execute((trx) => savedViews.updateView(trx, actor, request.params.id, request.body));
    return { view };
  });

  r.delete('/api/v1/saved-views/:id', {
    schema: { tags: ['saved views'], summary: 'Delete a saved view (owner or admin)', params: idParams, querystring: deleteViewQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => savedViews.deleteView(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });
}
