import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { drillListOutput, drillQuery, monthQuery, saveSourceCostsInput, sourceCostsOutput, widgetOutput, widgetParams, widgetQuery, widgetsOutput } from './analytics.schema.js';
import { getSourceCosts, saveSourceCosts } from './source-costs.service.js';
import { drillList, listWidgets, runWidget } from './analytics.service.js';

/** Dashboard widgets and the drill-down behind their numbers (docs/api-analytics.md). */
export function analyticsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analytics'];

  r.get('/api/v1/analytics/widgets', {
    schema: { tags, summary: 'The widgets a dashboard can show, titled in my language', response: { 200: widgetsOutput } },
  }, async (request) => listWidgets(actorOf(request)));

  r.get('/api/v1/analytics/widgets/:key', {
    schema: { tags, summary: "One widget's figures over the records I may see", params: widgetParams, querystring: widgetQuery, response: { 200: widgetOutput } },
  }, async (request) => runWidget(db, actorOf(request), request.params.key, request.query));

  r.get('/api/v1/analytics/drill', {
    schema: { tags, summary: 'The records behind a number no list filter names (ids, those I may see)', querystring: drillQuery, response: { 200: drillListOutput } },
  }, async (request) => drillList(db, actorOf(request), request.query.type, request.query.ids));

  r.get('/api/v1/analytics/source-costs', {
    schema: { tags, summary: "A month's costs per lead source", querystring: monthQuery, response: { 200: sourceCostsOutput } },
  }, async (request) => getSourceCosts(db, actorOf(request), request.query.month));

  r.put('/api/v1/analytics/source-costs', {
    schema: { tags, summary: "Set a month's costs per lead source (the list replaces the month's)", querystring: monthQuery, body: saveSourceCostsInput, response: { 200: sourceCostsOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => saveSourceCosts(trx, actor, request.query.month, request.body.items));
  });
}
