import type { FastifyInstance } from 'fastify';
import { openApiPath } from '../src/server/plugins/openapi-statuses.js';

/** Header the test server adds to each answer: the route pattern that answered (`/api/v1/contacts/:id`). */
export const ROUTE_HEADER = 'x-test-route';

type Doc = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

/** Statuses seen during this test process per operation (`GET /api/v1/contacts`). */
export const seenStatuses = new Map<string, Set<number>>();

/** Makes the app name the route that answered each request (tests only). */
export function exposeRoutes(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    const url = request.routeOptions.url;
    if (url && !request.is404) reply.header(ROUTE_HEADER, url);
  });
}

/**
 * The operation behind an answer and whether its status is documented. Operations the document
 * hides (health, the document itself) and unrouted URLs are not checked.
 */
export function checkDocumentedStatus(app: FastifyInstance, method: string, route: string | undefined, status: number): string | null {
  // 5xx are failures, documented once as the `default` answer; the fuzzer asserts there are none.
  if (!route || status >= 500) return null;
  const path = openApiPath(route);
  const operation = (app.swagger() as unknown as Doc).paths[path]?.[method.toLowerCase()];
  if (!operation) return null;
  const key = `${method.toUpperCase()} ${path}`;
  let seen = seenStatuses.get(key);
  if (!seen) seenStatuses.set(key, (seen = new Set()));
  seen.add(status);
  if (operation.responses && Object.hasOwn(operation.responses, String(status))) return null;
  return `${key} answered ${status}, which its OpenAPI operation does not document (${Object.keys(operation.responses ?? {}).join(', ')})`;
}
