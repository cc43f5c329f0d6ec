import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { planProgress } from './plan-fact.service.js';
import { deletePlanQuery, listPlansQuery, monthParams, plansOutput, progressOutput, progressQuery, savePlansInput } from './plans.schema.js';
import * as plans from './plans.service.js';

/** Sales plans per user and department per month, and plan against fact. */
export function plansRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sales plans'];

  r.get('/api/v1/sales-plans', {
    schema: { tags, summary: 'The sales plans of a period the viewer may see, with the people and departments of the grid', querystring: listPlansQuery, response: { 200: plansOutput } },
  }, async (request) => plans.listPlansFor(db, actorOf(request), request.query));

  r.put('/api/v1/sales-plans/:month', {
    schema: { tags, summary: "Set a month's targets (a grid at once; existing ones name their version)", params: monthParams, body: savePlansInput, response: { 200: plansOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => plans.savePlans(trx, actor, request.params.month, request.body.items));
  });

  r.delete('/api/v1/sales-plans/:id', {
    schema: { tags, summary: 'Delete a target', params: idParams, querystring: deletePlanQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => plans.deletePlan(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });

  r.get('/api/v1/sales-plans/progress', {
    schema: { tags, summary: 'Plan against fact for a user (default: me) or a department over a period of months', querystring: progressQuery, response: { 200: progressOutput } },
  }, async (request) => planProgress(db, actorOf(request), request.query));
}
