import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { escalationListOutput, escalationSettingsInput, escalationSettingsOutput, listEscalationsQuery } from './escalation.schema.js';
import * as escalation from './escalation.service.js';

const tags = ['escalation'];

/** The escalation rule (settings right) and the supervisor's list of escalated requests. */
export function escalationRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/escalation-settings', {
    schema: { tags, summary: "The workspace's escalation rule (version 0: never saved, defaults)", response: { 200: escalationSettingsOutput } },
  }, async (request) => escalation.getEscalationSettingsFor(db, actorOf(request)));

  r.put('/api/v1/escalation-settings', {
    schema: { tags, summary: 'Set the escalation rule: on/off, working minutes, working days and hours, time zone (names the version it read)', body: escalationSettingsInput, response: { 200: escalationSettingsOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => escalation.saveEscalationSettings(trx, actor, request.body));
  });

  r.get('/api/v1/escalations', {
    schema: { tags, summary: 'Escalated requests you may see (their records within your visibility, or escalated to you), newest first', querystring: listEscalationsQuery, response: { 200: escalationListOutput } },
  }, async (request) => escalation.listEscalations(db, actorOf(request), request.query));
}
