import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../../platform/schemas.js';
import { presentDef } from './custom-fields.presenter.js';
import { createFieldInput, fieldResult, fieldsListOutput, listFieldsQuery, reorderInput, retireInput, updateFieldInput } from './custom-fields.schema.js';
import * as customFields from './custom-fields.service.js';

export function customFieldsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/custom-fields', {
    schema: { tags: ['custom fields'], summary: 'Custom fields of a record type, by position', querystring: listFieldsQuery, response: { 200: fieldsListOutput } },
  }, async (request) => {
    const { entity, includeRetired } = request.query;
    const items = await customFields.listFieldsFor(db, actorOf(request), entity, includeRetired === '1' || includeRetired === 'true');
    return { items: items.map(presentDef) };
  });

  r.post('/api/v1/custom-fields', {
    schema: { tags: ['custom fields'], summary: 'Create a custom field (its key is made from the label)', body: createFieldInput, response: { 201: fieldResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const field = await db.transaction().execute((trx) => customFields.createField(trx, actor, request.body));
    return reply.status(201).send({ field: presentDef(field) });
  });

  r.post('/api/v1/custom-fields/reorder', {
    schema: { tags: ['custom fields'], summary: 'Put the fields of a record type in order', body: reorderInput, response: { 200: fieldsListOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    const items = await db.transaction().execute((trx) => customFields.reorderFields(trx, actor, request.body));
    return { items: items.map(presentDef) };
  });

  r.patch('/api/v1/custom-fields/:id', {
    schema: { tags: ['custom fields'], summary: 'Rename a field or change its options, default, help text, required flag', params: idParams, body: updateFieldInput, response: { 200: fieldResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const field = await db.transaction().execute((trx) => customFields.updateField(trx, actor, request.params.id, request.body));
    return { field: presentDef(field) };
  });

  for (const [action, retired] of [['retire', true], ['unretire', false]] as const) {
    r.post(`/api/v1/custom-fields/:id/${action}`, {
      schema: {
        tags: ['custom fields'],
        summary: retired ? 'Retire a field (values are kept)' : 'Bring a retired field back',
        params: idParams,
        body: retireInput,
        response: { 200: fieldResult },
      },
    }, async (request) => {
      const actor = actorOf(request);
      const field = await db.transaction().execute((trx) => customFields.setFieldRetired(trx, actor, request.params.id, retired, request.body?.version));
      return { field: presentDef(field) };
    });
  }
}
