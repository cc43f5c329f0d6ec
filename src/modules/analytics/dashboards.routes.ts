import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import {
  createDashboardInput, dashboardAnswer, dashboardsOutput, deleteVersionQuery, roleDashboardInput, roleDashboardOutput, updateDashboardInput,
} from './dashboards.schema.js';
import * as dashboards from './dashboards.service.js';

/** Dashboards, and the default dashboard of a role. */
export function dashboardsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];

  r.get('/api/v1/dashboards', {
    schema: { tags, summary: "My dashboards, those shared with me or my role, and my role's default", response: { 200: dashboardsOutput } },
  }, async (request) => dashboards.listDashboardsFor(db, actorOf(request)));

  r.post('/api/v1/dashboards', {
    schema: { tags, summary: 'Create a dashboard', body: createDashboardInput, response: { 201: dashboardAnswer } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const dashboard = await db.transaction().execute((trx) => dashboards.createDashboard(trx, actor, request.body));
    return reply.status(201).send({ dashboard });
  });

  r.get('/api/v1/dashboards/:id', {
    schema: { tags, summary: 'A dashboard', params: idParams, response: { 200: dashboardAnswer } },
  }, async (request) => ({ dashboard: await dashboards.getDashboard(db, actorOf(request), request.params.id) }));

  r.patch('/api/v1/dashboards/:id', {
    schema: { tags, summary: 'Rename, share or rearrange a dashboard (409 on a stale version)', params: idParams, body: updateDashboardInput, response: { 200: dashboardAnswer } },
  }, async (request) => {
    const actor = actorOf(request);
    return { dashboard: await db.transaction().execute((trx) => dashboards.updateDashboard(trx, actor, request.params.id, request.body)) };
  });

  r.delete('/api/v1/dashboards/:id', {
    schema: { tags, summary: 'Delete a dashboard', params: idParams, querystring: deleteVersionQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => dashboards.deleteDashboard(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });

  r.put('/api/v1/roles/:id/dashboard', {
    schema: { tags, summary: "Set (or clear) a role's default dashboard (administrators)", params: idParams, body: roleDashboardInput, response: { 200: roleDashboardOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => dashboards.setRoleDashboard(trx, actor, request.params.id, request.body.dashboardId));
  });
}
