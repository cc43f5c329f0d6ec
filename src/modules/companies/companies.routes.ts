import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.js';
import { actorOf } from '../../server/plugins/auth.js';
import { now } from '../../platform/clock.js';
import { idParams } from '../../platform/schemas.js';
import { trackAccess } from '../security/alarm.service.js';
import { bulkOutput, deleteQuery } from '../contacts/client-schema.js';
import {
  companyBulkInput, companyExportQuery, companyListOutput, companyListQuery, companyResult, createCompanyInput, updateCompanyInput,
} from './companies.schema.js';
import * as companiesService from './companies.service.js';
import './company.entity.js';
import { startClientBulk } from '../contacts/client-bulk.job.js';
import { getJobProgress } from '../jobs/jobs.service.js';
import { jobResult } from '../jobs/jobs.schema.js';
import { COMPANY } from '../contacts/client-kind.js';

/** Companies (docs/api-clients.md); their people are linked through /contacts/:id/companies. */
export function companiesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['companies'];

  r.get('/api/v1/companies', {
    schema: { tags, summary: 'Companies, filtered, sorted and paged by cursor', querystring: companyListQuery, response: { 200: companyListOutput } },
  }, async (request) => companiesService.listCompanies(db, actorOf(request), request.query));

  r.post('/api/v1/companies', {
    schema: { tags, summary: 'Create a company', body: createCompanyInput, response: { 201: companyResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const company = await db.transaction().execute((trx) => companiesService.createCompany(trx, actor, request.body));
    return reply.status(201).send({ company });
  });

  r.get('/api/v1/companies/export', {
    schema: { tags, summary: 'The filtered companies as CSV (UTF-8 with BOM); needs the export right', querystring: companyExportQuery },
  }, async (request, reply) => {
    const result = await companiesService.exportCompanies(db, actorOf(request), request.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="companies-${now().slice(0, 10)}.csv"`)
      .header('x-export-rows', String(result.rows))
      .send(Readable.from(result.chunks));
  });

  r.post('/api/v1/companies/bulk', {
    schema: { tags, summary: 'One action over picked companies or all a filter matches; those out of reach are skipped. Over 200 runs as a job (202)', body: companyBulkInput, response: { 200: bulkOutput, 202: jobResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const started = await startClientBulk(db, actor, COMPANY, request.body);
    if (started.status === 200) return started.body;
    return reply.status(202).send({ job: await getJobProgress(db, actor, started.jobId) });
  });

  r.get('/api/v1/companies/:id', {
    schema: { tags, summary: 'One company with its people (counts toward the exfiltration alarm)', params: idParams, response: { 200: companyResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const company = await companiesService.getCompany(db, actor, request.params.id);
    await trackAccess(db, actor, { kind: 'view', entityType: 'company', entityId: company.id });
    return { company };
  });

  r.patch('/api/v1/companies/:id', {
    schema: { tags, summary: 'Change a company (names the version it read)', params: idParams, body: updateCompanyInput, response: { 200: companyResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const company = await db.transaction().execute((trx) => companiesService.updateCompany(trx, actor, request.params.id, request.body));
    return { company };
  });

  r.delete('/api/v1/companies/:id', {
    schema: { tags, summary: 'Move a company to the trash', params: idParams, querystring: deleteQuery },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => companiesService.deleteCompany(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send();
  });
}
