import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { trackReads } from '../security/read-alarm.service.js';
import { hitUnits, sumUnits } from '../security/read-weights.js';
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
  }, async (request) => {
    const actor = actorOf(request);
    const groups = await searchRecords(db, actor, request.query.q, request.query.limit);
    // The query itself may be a phone or a name: the log keeps only its length.
    await trackReads(db, actor, groups.map((g) => ({
      path: 'search' as const, entityType: g.type, rows: g.items.length, units: sumUnits(g.items, hitUnits), detail: { queryLength: request.query.q.length },
    })));
    return { groups };
  });
}
