import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../../platform/schemas.js';
import { jobResult } from './jobs.schema.js';
import { getJobProgress } from './jobs.service.js';

/** Progress of long jobs (bulk actions, ownership transfer): polled by the web app until done. */
export function jobsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/jobs/:id', {
    schema: { tags: ['jobs'], summary: 'Progress and result of a job you started (any job, for an administrator)', params: idParams, response: { 200: jobResult } },
  }, async (request) => ({ job: await getJobProgress(db, actorOf(request), request.params.id) }));
}
