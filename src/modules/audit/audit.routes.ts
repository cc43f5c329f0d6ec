import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { now } from '../../platform/clock.js';
import { auditFilterQuery, auditListQuery, auditPageOutput } from './audit.schema.js';
import { presentAuditEntry } from './audit.presenter.js';
import * as auditService from './audit.service.js';

/** The audit screen: filtered, cursor-paged list and CSV export (module permission `audit`). */
export function auditRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/audit', {
    schema: { tags: ['audit'], summary: 'The audit log, newest first, filtered and paged by cursor', querystring: auditListQuery, response: { 200: auditPageOutput } },
  }, async (request) => {
    const { rows, nextCursor } = await auditService.listAudit(db, actorOf(request), request.query);
    return { items: rows.map(presentAuditEntry), nextCursor };
  });

  r.get('/api/v1/audit/export', {
    schema: {
      tags: ['audit'],
      summary: `The filtered audit log as CSV (UTF-8 with BOM), newest first, at most ${auditService.AUDIT_EXPORT_CAP} rows`,
      querystring: auditFilterQuery,
    },
  }, async (request, reply) => {
    const result = await auditService.exportAudit(db, actorOf(request), request.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${now().slice(0, 10)}.csv"`)
      .header('x-export-rows', String(result.rows))
      .header('x-export-truncated', String(result.truncated))
      .send(Readable.from(result.chunks));
  });
}
