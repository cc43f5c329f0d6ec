import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { tagsOutput, tagsQuery } from './client-schema.js';
import { createLinkInput, linkParams, linkResult, updateLinkInput } from './contacts.schema.js';
import * as contactsService from './contacts.service.js';
import * as links from './contact-companies.service.js';

/**
 * Links between contacts and companies, and the tags in use (docs/api-clients.md). The records
 * themselves are served by the generic record routes (contact.record.ts registers the type).
 */
export function contactsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.post('/api/v1/contacts/:id/companies', {
    schema: { tags, summary: 'Link a contact to a company', params: idParams, body: createLinkInput, response: { 201: linkResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const link = await db.transaction().execute((trx) => links.linkCompany(trx, actor, request.params.id, request.body));
    return reply.status(201).send({ link });
  });

  r.patch('/api/v1/contact-companies/:linkId', {
    schema: { tags, summary: 'Change the role or dates of a contact–company link', params: linkParams, body: updateLinkInput, response: { 200: linkResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { link: await db.transaction().execute((trx) => links.updateCompanyLink(trx, actor, request.params.linkId, request.body)) };
  });

  r.delete('/api/v1/contact-companies/:linkId', {
    schema: { tags, summary: 'Unlink a contact from a company', params: linkParams, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => links.unlinkCompany(trx, actor, request.params.linkId));
    return reply.status(204).send(null);
  });

  r.get('/api/v1/tags', {
    schema: { tags, summary: 'Tags in use on contacts or companies, most used first', querystring: tagsQuery, response: { 200: tagsOutput } },
  }, async (request) => {
    const { entity, q, limit } = request.query;
    return { items: await contactsService.listTags(db, actorOf(request), entity, q, limit) };
  });
}
