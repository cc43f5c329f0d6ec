import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { mergeIdParams, mergeInput, mergeResult, mergesOutput, mergesQuery } from './duplicates.schema.js';
import { getMerge, listMerges, mergeRecords, presentMerge, undoMerge } from './merges.service.js';

export function mergesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/merges', {
    schema: { tags: ['duplicates'], summary: 'Merge records into one (undoable)', body: mergeInput, response: { 201: mergeResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const merge = await db.transaction().execute((trx) => mergeRecords(trx, actor, request.body));
    return reply.status(201).send({ merge: presentMerge(actor, await getMerge(db, actor, merge)) });
  });

  r.post('/api/v1/merges/:id/undo', {
    schema: { tags: ['duplicates'], summary: 'Undo a merge: every record and moved row back as it was', params: mergeIdParams, response: { 200: mergeResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const merge = await db.transaction().execute((trx) => undoMerge(trx, actor, request.params.id));
    return { merge: presentMerge(actor, await getMerge(db, actor, merge)) };
  });

  r.get('/api/v1/merges', {
    schema: { tags: ['duplicates'], summary: 'Recent merges into records you can see, newest first', querystring: mergesQuery, response: { 200: mergesOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return { items: (await listMerges(db, actor, request.query)).map((m) => presentMerge(actor, m)) };
  });
}
