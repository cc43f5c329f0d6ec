import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { deleteVersionQuery } from './dashboards.schema.js';
import { runReport } from './report-run.service.js';
import {
  createReportInput, exportBody, exportQuery, reportDefinition, reportRunOutput, savedReportAnswer, savedReportsOutput, updateReportInput,
} from './reports.schema.js';
import * as reports from './reports.service.js';

/** The report builder: run a definition, saved reports, exports. */
export function reportsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];
  const attachment = (filename: string) => `attachment; filename="report.${filename.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

  r.post('/api/v1/reports/run', {
    schema: { tags, summary: 'Run a report definition over the records I may see', body: reportDefinition, response: { 200: reportRunOutput } },
  }, async (request) => runReport(db, actorOf(request), request.body));

  r.post('/api/v1/reports/export', {
    schema: { tags, summary: 'An unsaved report as CSV or XLSX (needs the right to export reports; audited)', body: exportBody },
  }, async (request, reply) => {
    const file = await reports.exportReport(db, actorOf(request), request.body.definition, request.body.format, request.body.name ?? 'report');
    return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.filename)).send(file.body);
  });

  r.get('/api/v1/reports', {
    schema: { tags, summary: 'My saved reports and those shared with me or my role', response: { 200: savedReportsOutput } },
  }, async (request) => reports.listReportsFor(db, actorOf(request)));

  r.post('/api/v1/reports', {
    schema: { tags, summary: 'Save a report', body: createReportInput, response: { 201: savedReportAnswer } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const report = await db.transaction().execute((trx) => reports.createReport(trx, actor, request.body));
    return reply.status(201).send({ report });
  });

  r.get('/api/v1/reports/:id', {
    schema: { tags, summary: 'A saved report', params: idParams, response: { 200: savedReportAnswer } },
  }, async (request) => ({ report: await reports.getReport(db, actorOf(request), request.params.id) }));

  r.get('/api/v1/reports/:id/run', {
    schema: { tags, summary: 'Run a saved report with my own visibility', params: idParams, response: { 200: reportRunOutput } },
  }, async (request) => reports.runSavedReport(db, actorOf(request), request.params.id));

  r.patch('/api/v1/reports/:id', {
    schema: { tags, summary: 'Change a saved report (409 on a stale version)', params: idParams, body: updateReportInput, response: { 200: savedReportAnswer } },
  }, async (request) => {
    const actor = actorOf(request);
    return { report: await db.transaction().execute((trx) => reports.updateReport(trx, actor, request.params.id, request.body)) };
  });

  r.delete('/api/v1/reports/:id', {
    schema: { tags, summary: 'Delete a saved report', params: idParams, querystring: deleteVersionQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => reports.deleteReport(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });

  r.get('/api/v1/reports/:id/export', {
    schema: { tags, summary: 'A saved report as CSV or XLSX (needs the right to export reports; audited)', params: idParams, querystring: exportQuery },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const saved = await reports.getReport(db, actor, request.params.id);
    const file = await reports.exportReport(db, actor, reportDefinition.parse(saved.definition), request.query.format, saved.name, saved.id);
    return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.filename)).send(file.body);
  });
}
