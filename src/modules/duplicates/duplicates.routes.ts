import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.js';
import { actorOf } from '../../server/plugins/auth.js';
import { checkInput, checkOutput, groupsOutput, groupsQuery } from './duplicates.schema.js';
import { checkDuplicates, findDuplicateGroups } from './duplicates.service.js';
import { presentGroup } from './duplicates.presenter.js';
import { mergesRoutes } from './merges.routes.js';

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
    const groups = await findDuplicateGroups(db, actorOf(request), request.query.entity, request.query.limit);
    return { groups: groups.map(presentGroup) };
  });
}
