import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { STATUS_BY_CODE } from '../../platform/errors.js';
import { OPERATION_EXAMPLES } from './openapi-examples.js';
import { openApiPath, operationErrors, type OperationErrors } from './openapi-statuses.js';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'fields'],
      properties: {
        code: { type: 'string', enum: Object.keys(STATUS_BY_CODE), description: 'Machine code; one status per code' },
        message: { type: 'string', description: 'For people; never echoes the request' },
        fields: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Field path (`addresses.0.country`) → short code (`required`, `invalid_country`, ...)',
        },
      },
      additionalProperties: true,
      description: 'A stale version (409) also carries the current record; a two-factor sign-in (401) its `challenge`.',
    },
  },
} as const;

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`)',
  401: 'Not signed in, or the API token is unknown, revoked or expired',
  403: 'Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token',
  404: 'The record does not exist or is out of your reach',
  409: 'Conflict: the version you named is stale (the answer carries the current record) or the value is taken',
  413: 'The body is over the size limit',
  414: 'A path segment is over 100 characters',
  415: 'The body is not `application/json`',
  423: 'The account is locked after repeated failed sign-ins',
  429: 'Too many requests; try again later',
  503: 'Not ready',
};

const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'kt_session', description: 'The web app\'s session cookie (set by `POST /api/v1/auth/sign-in`).' },
  csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'With the session cookie, every unsafe request repeats the `kt_csrf` cookie in this header.' },
  bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'kt_…', description: 'A personal API token (`POST /api/v1/tokens`), acting as its owner narrowed by its scopes; no CSRF header.' },
};

/** Who may call an operation, as OpenAPI security requirements. */
function securityOf(errors: OperationErrors, unsafe: boolean): Array<Record<string, string[]>> {
  if (errors.isPublic) return [];
  const session: Record<string, string[]> = unsafe ? { session: [], csrf: [] } : { session: [] };
  return errors.sessionOnly ? [session] : [session, { bearer: [] }];
}

/**
 * Routes that answer 204 but whose route files do not declare it yet (contacts and companies,
 * being rewritten onto the record registry); their `response: { 204: noContent }` replaces this.
 */

type Operation = { responses?: Record<string, unknown>; security?: unknown; requestBody?: { content?: Record<string, { examples?: unknown }> } };

/**
 * OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json and browsable at
 * /api/docs. Every operation also documents, from one rule (`operationErrors`), the error
 * statuses it can answer with the error schema, and its security (session cookie with the CSRF
 * header, or a Bearer token).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  const operations = new Map<string, { errors: OperationErrors; unsafe: boolean }>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      const errors = operationErrors(route, method);
      operations.set(`${method.toLowerCase()} ${openApiPath(route.url)}`, { errors, unsafe: method !== 'GET' });
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kartoteka API',
        version: '1',
        description: 'REST API of Kartoteka, the self-hosted CRM. Every error answers `{ error: { code, message, fields } }` (components/schemas/Error); see docs/api.md for limits.',
      },
      components: { securitySchemes: SECURITY_SCHEMES as never },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => {
      const openapiObject = (documentObject as { openapiObject: unknown }).openapiObject;
      const doc = openapiObject as { paths?: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, unknown> } };
      doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, Error: ERROR_SCHEMA } };
      for (const [path, item] of Object.entries(doc.paths ?? {})) {
        for (const [method, operation] of Object.entries(item)) {
          const known = operations.get(`${method} ${path}`);
          if (!known) continue;
          operation.security = securityOf(known.errors, known.unsafe);
          operation.responses ??= {};
          for (const status of known.errors.statuses) {
            operation.responses[status] ??= { description: STATUS_TEXT[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
          }
          operation.responses.default ??= { description: 'Unexpected failure on the server (500 `internal`) or not ready (503)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
          addExamples(`${method.toUpperCase()} ${path}`, operation);
        }
      }
      return openapiObject as never;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}

function addExamples(key: string, operation: Operation): void {
  const example = OPERATION_EXAMPLES[key];
  if (!example) return;
  const json = operation.requestBody?.content?.['application/json'];
  if (example.request && json) (json as { example?: unknown }).example = example.request;
  for (const [status, body] of Object.entries(example.responses ?? {})) {
    const response = operation.responses?.[status] as { content?: Record<string, { example?: unknown }> } | undefined;
    const media = response?.content?.['application/json'];
    if (media) media.example = body;
  }
}
