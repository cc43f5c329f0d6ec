import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { createRateInput, deleteRateQuery, listRatesQuery, rateResult, ratesOutput, updateRateInput } from './currencies.schema.js';
import * as rates from './currencies.service.js';

/** Exchange rates into the workspace currency, per date: administrators only. */
export function currenciesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['currencies'];

  r.get('/api/v1/exchange-rates', {
    schema: { tags, summary: 'Exchange rates into the workspace currency, newest day first', querystring: listRatesQuery, response: { 200: ratesOutput } },
  }, async (request) => rates.listRates(db, actorOf(request), request.query));

  r.post('/api/v1/exchange-rates', {
    schema: { tags, summary: 'Enter the rate of a currency from a day on', body: createRateInput, response: { 201: rateResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    return reply.status(201).send({ rate: await db.transaction().execute((trx) => rates.createRate(trx, actor, request.body)) });
  });

  r.patch('/api/v1/exchange-rates/:id', {
    schema: { tags, summary: "Change a rate's day or value", params: idParams, body: updateRateInput, response: { 200: rateResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { rate: await db.transaction().execute((trx) => rates.updateRate(trx, actor, request.params.id, request.body)) };
  });

  r.delete('/api/v1/exchange-rates/:id', {
    schema: { tags, summary: 'Delete a rate', params: idParams, querystring: deleteRateQuery, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => rates.deleteRate(trx, actor, request.params.id, request.query.version));
    return reply.status(204).send(null);
  });
}
