import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { listReads, listRefusedAttempts } from './read-audit.service.js';
import { attachReadBuffer, flushReads } from './read-buffer.js';
import { readLogOutput, readLogQuery, refusedOutput, refusedQuery } from './security.schema.js';

/** The read audit and the refused attempts (audit right over the whole workspace). */
export function securityRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  attachReadBuffer(app, db);

  r.get('/api/v1/security/reads', {
    schema: {
      tags: ['audit'], summary: 'The read audit: every request that served records (who, how, which type, rows, weighted units), newest first',
      querystring: readLogQuery, response: { 200: readLogOutput },
    },
  }, async (request) => {
    // This process's latest reads first, so the audit shows the reads just made here.
    await flushReads(db);
    return listReads(db, actorOf(request), request.query);
  });

  r.get('/api/v1/security/refused', {
    schema: {
      tags: ['audit'], summary: 'Refused requests (403, and 404 on records that exist out of sight), one row per person, route and minute with a count',
      querystring: refusedQuery, response: { 200: refusedOutput },
    },
  }, async (request) => listRefusedAttempts(db, actorOf(request), request.query));
}
