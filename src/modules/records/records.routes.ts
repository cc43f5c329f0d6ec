import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { now } from '../../platform/clock.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { recordTypes } from '../../platform/records/registry.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { AppError } from '../../platform/errors.js';
import { XLSX_CONTENT_TYPE } from '../../platform/xlsx/xlsx-writer.js';
import { trackAccess } from '../security/alarm.service.js';
import { trackRead } from '../security/read-alarm.service.js';
import { fullUnits, rowUnits, sumUnits } from '../security/read-weights.js';
import { getJobProgress } from '../jobs/jobs.service.js';
import { jobResult } from '../jobs/jobs.schema.js';
import { bulkOutput, deleteQuery, listFilterFields, listPageFields, type ListFilter } from './record-schema.js';
import * as records from './records.service.js';

const EXPORT_FILES = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  vcard: { type: 'text/vcard; charset=utf-8', extension: 'vcf' },
  xlsx: { type: XLSX_CONTENT_TYPE, extension: 'xlsx' },
};

/** The list query of a type: the shared filter parameters and the type's own. */
function filterShape(kind: RecordType) {
  const own = Object.fromEntries([...(kind.listParams ?? [])].map(([name, param]) => [name, param.schema]));
  return { ...listFilterFields, ...own };
}

/**
 * The REST routes every record type gets from its registration: list, export, bulk, and one
 * record's read, create, update and delete, under `/api/v1/<plural>`.
 */
function recordRoutes(app: FastifyInstance, { db }: AppDeps, kind: RecordType): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = [kind.plural];
  const base = `/api/v1/${kind.plural}`;
  const key = kind.resultKey;
  const result = z.object({ [key]: kind.schemas.output });
  const listQuery = z.strictObject({ ...filterShape(kind), ...listPageFields });
  const exportQuery = z.strictObject({
    ...filterShape(kind),
    format: z.enum(['csv', 'xlsx', 'vcard']).optional(),
    delimiter: z.enum([',', ';']).optional(),
    // The list's shown columns, by the web's column keys (`phone,owner,custom.region`); the name comes first anyway.
    columns: z.string().max(2000, 'too_long').regex(/^[\w.]+(,[\w.]+)*$/, 'invalid_option').optional(),
    // Headers are the API's field names in every language; the web's locale is taken and changes nothing.
    locale: z.enum(['en', 'ru', 'bg']).optional(),
  });
  const listOutput = z.object({ items: z.array(kind.schemas.listItem), nextCursor: z.string().nullable(), total: z.number().int().optional() });

  r.get(base, {
    schema: { tags, summary: `${kind.plural}: filtered, sorted and paged by cursor`, querystring: listQuery, response: { 200: listOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    const query = request.query as ListFilter & { limit: number; cursor?: string };
    const page = await records.listPage(db, actor, kind, query);
    // The filter the page was read with; paging and the count are not part of what was asked.
    const { cursor: _cursor, limit: _limit, count: _count, ...filter } = query as typeof query & { count?: string };
    await trackRead(db, actor, { path: 'list', entityType: kind.entityType, rows: page.items.length, units: sumUnits(page.items, rowUnits), detail: { filter } });
    return page;
  });

  r.post(base, {
    schema: { tags, summary: `Create a ${kind.entityType}`, body: kind.schemas.create, response: { 201: result } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const created = await db.transaction().execute((trx) => records.createRecord(trx, actor, kind, request.body as Record<string, unknown>));
    return reply.status(201).send({ [key]: created });
  });

  r.get(`${base}/export`, {
    schema: { tags, summary: `The filtered ${kind.plural} as CSV (UTF-8 with BOM; \`delimiter\` , or ;), XLSX (\`format=xlsx\`)${kind.entityType === 'contact' ? ' or vCard 4.0 (`format=vcard`)' : ''}; \`columns\` narrows it to a list's columns; needs the export right`, querystring: exportQuery },
  }, async (request, reply) => {
    const { format = 'csv', delimiter = ',', locale: _locale, columns, ...filter } = request.query as ListFilter & { format?: string; delimiter?: ',' | ';'; locale?: string; columns?: string };
    if (format === 'vcard' && kind.entityType !== 'contact') throw new AppError('validation_failed', 'Only contacts export as vCard', { format: 'not_supported' });
    const shape = { format: format as 'csv' | 'vcard' | 'xlsx', delimiter, ...(columns ? { columns: columns.split(',') } : {}) };
    const exported = await records.exportList(db, actorOf(request), kind, filter as ListFilter, shape);
    const file = EXPORT_FILES[shape.format];
    return reply
      .header('content-type', file.type)
      .header('content-disposition', `attachment; filename="${kind.plural}-${now().slice(0, 10)}.${file.extension}"`)
      .header('x-export-rows', String(exported.rows))
      .send(Readable.from(exported.chunks));
  });

  if (kind.bulk) {
    r.post(`${base}/bulk`, {
      schema: {
        tags, summary: `One action over picked ${kind.plural} or all a filter matches; those out of reach are skipped. Over 200 runs as a job (202)`,
        body: kind.bulk.input, response: { 200: bulkOutput, 202: jobResult },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const started = await records.startBulk(db, actor, kind, request.body);
      if (started.status === 200) return started.body;
      return reply.status(202).send({ job: await getJobProgress(db, actor, started.jobId) });
    });
  }

  r.get(`${base}/:id`, {
    schema: { tags, summary: `One ${kind.entityType} (counts toward the exfiltration alarm)`, params: idParams, response: { 200: result } },
  }, async (request) => {
    const actor = actorOf(request);
    const record = (await records.getRecord(db, actor, kind, request.params.id)) as { id: string };
    await trackAccess(db, actor, { kind: 'view', entityType: kind.entityType, entityId: record.id });
    await trackRead(db, actor, { path: 'card', entityType: kind.entityType, entityId: record.id, rows: 1, units: fullUnits(record) });
    return { [key]: record };
  });

  r.patch(`${base}/:id`, {
    schema: { tags, summary: `Change a ${kind.entityType} (names the version it read)`, params: idParams, body: kind.schemas.update, response: { 200: result } },
  }, async (request) => {
    const actor = actorOf(request);
    const updated = await db.transaction().execute((trx) => records.updateRecord(trx, actor, kind, request.params.id, request.body as Record<string, unknown> & { version: number }));
    return { [key]: updated };
  });

  r.delete(`${base}/:id`, {
    schema: { tags, summary: `Move a ${kind.entityType} to the trash`, params: idParams, querystring: deleteQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => records.deleteRecord(trx, actor, kind, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });
}

/** Mounts the routes of every registered record type (registrations are imported before the app is built). */
export function recordsRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const kind of recordTypes()) recordRoutes(app, deps, kind);
}
