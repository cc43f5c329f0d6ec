import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.js';
import { actorOf } from '../../server/plugins/auth.js';
import { now } from '../../platform/clock.js';
import { idParams } from '../../platform/schemas.js';
import { trackAccess } from '../security/alarm.service.js';
import { bulkOutput, deleteQuery, tagsOutput, tagsQuery } from './client-schema.js';
import {
  contactBulkInput, contactExportQuery, contactListOutput, contactListQuery, contactResult, createContactInput, createLinkInput, linkParams, linkResult,
  updateContactInput, updateLinkInput,
} from './contacts.schema.js';
import * as contactsService from './contacts.service.js';
import * as links from './contact-companies.service.js';
import './contact.entity.js';
import { startClientBulk } from './client-bulk.job.js';
import { getJobProgress } from '../jobs/jobs.service.js';
import { jobResult } from '../jobs/jobs.schema.js';
import { CONTACT } from './client-kind.js';

/** Contacts, their links to companies, and the tags in use (docs/api-clients.md). */
export function contactsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.get('/api/v1/contacts', {
    schema: { tags, summary: 'Contacts, filtered, sorted and paged by cursor', querystring: contactListQuery, response: { 200: contactListOutput } },
  }, async (request) => contactsService.listContacts(db, actorOf(request), request.query));

  r.post('/api/v1/contacts', {
    schema: { tags, summary: 'Create a contact', body: createContactInput, response: { 201: contactResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const contact = await db.transaction().execute((trx) => contactsService.createContact(trx, actor, request.body));
    return reply.status(201).send({ contact });
  });

  r.get('/api/v1/contacts/export', {
    schema: { tags, summary: 'The filtered contacts as CSV (UTF-8 with BOM); needs the export right', querystring: contactExportQuery },
  }, async (request, reply) => {
    const result = await contactsService.exportContacts(db, actorOf(request), request.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="contacts-${now().slice(0, 10)}.csv"`)
      .header('x-export-rows', String(result.rows))
      .send(Readable.from(result.chunks));
  });

  r.post('/api/v1/contacts/bulk', {
    schema: { tags, summary: 'One action over picked contacts or all a filter matches; those out of reach are skipped. Over 200 runs as a job (202)', body: contactBulkInput, response: { 200: bulkOutput, 202: jobResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const started = await startClientBulk(db, actor, CONTACT, request.body);
    if (started.status === 200) return started.body;
    return reply.status(202).send({ job: await getJobProgress(db, actor, started.jobId) });
  });

  r.get('/api/v1/contacts/:id', {
    schema: { tags, summary: 'One contact with its companies (counts toward the exfiltration alarm)', params: idParams, response: { 200: contactResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const contact = await contactsService.getContact(db, actor, request.params.id);
    await trackAccess(db, actor, { kind: 'view', entityType: 'contact', entityId: contact.id });
    return { contact };
  });

  r.patch('/api/v1/contacts/:id', {
    schema: { tags, summary: 'Change a contact (names the version it read)', params: idParams, body: updateContactInput, response: { 200: contactResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const contact = await db.transaction().execute((trx) => contactsService.updateContact(trx, actor, request.params.id, request.body));
    return { contact };
  });

  r.delete('/api/v1/contacts/:id', {
    schema: { tags, summary: 'Move a contact to the trash', params: idParams, querystring: deleteQuery },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => contactsService.deleteContact(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send();
  });

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
    schema: { tags, summary: 'Unlink a contact from a company', params: linkParams },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => links.unlinkCompany(trx, actor, request.params.linkId));
    return reply.status(204).send();
  });

  r.get('/api/v1/tags', {
    schema: { tags, summary: 'Tags in use on contacts or companies, most used first', querystring: tagsQuery, response: { 200: tagsOutput } },
  }, async (request) => {
    const { entity, q, limit } = request.query;
    return { items: await contactsService.listTags(db, actorOf(request), entity, q, limit) };
  });
}
