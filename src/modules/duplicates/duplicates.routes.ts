import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { noContent } from '../../platform/schemas.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { checkInput, checkOutput, groupsOutput, groupsQuery } from './duplicates.schema.js';
import { checkDuplicates, findDuplicateGroups } from './duplicates.service.js';
import { presentGroup } from './duplicates.presenter.js';
import { mergesRoutes } from './merges.routes.js';
import { pairInput, pairsOutput, pairsQuery, rebuildInput, rebuildOutput } from './duplicate-pairs.schema.js';
import { dismissPair, listDuplicatePairs, requestRebuild, undismissPair } from './duplicate-pairs.service.js';

/** Duplicate checks and groups, and the merges that resolve them. */
export function duplicatesRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  mergesRoutes(app, deps);

  r.post('/api/v1/duplicates/check', {
    schema: { tags: ['duplicates'], summary: 'Records that may be the same as a draft (forms call it before saving)', body: checkInput, response: { 200: checkOutput } },
  }, async (request) => ({ items: await checkDuplicates(db, actorOf(request), request.body) }));

  r.get('/api/v1/duplicates', {
    schema: { tags: ['duplicates'], summary: 'Groups of records that look like one, strongest first', querystring: groupsQuery, response: { 200: groupsOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    const groups = await findDuplicateGroups(db, actor, request.query.entity, request.query.limit);
    return { groups: groups.map((group) => presentGroup(group, actor, request.query.entity)) };
  });

  r.get('/api/v1/duplicates/pairs', {
    schema: { tags: ['duplicates'], summary: 'Candidate duplicate pairs over the whole base, strongest first, by cursor', querystring: pairsQuery, response: { 200: pairsOutput } },
  }, async (request) => listDuplicatePairs(db, actorOf(request), request.query));

  r.post('/api/v1/duplicates/dismissals', {
    schema: { tags: ['duplicates'], summary: 'Mark a pair "not a duplicate" (it comes back if an edit adds new evidence)', body: pairInput, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => dismissPair(trx, actorOf(request), request.body));
    return reply.status(204).send(null);
  });

  r.delete('/api/v1/duplicates/dismissals', {
    schema: { tags: ['duplicates'], summary: 'Undo "not a duplicate"', querystring: pairInput, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => undismissPair(trx, actorOf(request), request.query));
    return reply.status(204).send(null);
  });

  r.post('/api/v1/duplicates/rebuild', {
    schema: { tags: ['duplicates'], summary: 'Rebuild the duplicate pairs of a record type in the background (runs once at a time)', body: rebuildInput, response: { 202: rebuildOutput } },
  }, async (request, reply) => reply.status(202).send({ jobId: await requestRebuild(db, actorOf(request), request.body.entity) }));
}
