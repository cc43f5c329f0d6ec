import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { searchRecords } from './search.service.js';
import { searchOutput, searchQuery } from './search.schema.js';

export function searchRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/search', {
    schema: {
      tags: ['search'],
      summary: 'Records of every searchable type by name (Cyrillic or Latin), phone in any format, email or tax id, with how many match',
      querystring: searchQuery,
      response: { 200: searchOutput },
    },
  }, async (request) => ({ groups: await searchRecords(db, actorOf(request), request.query.q, request.query.limit) }));
}
