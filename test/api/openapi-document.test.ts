import { describe, expect, it } from 'vitest';
import { testServer } from '../server.js';
import { ROUTE_STATUSES } from '../../src/server/plugins/openapi-statuses.js';

type Response = { content?: Record<string, { schema?: { $ref?: string }; example?: unknown }> };
type Operation = { responses: Record<string, Response>; security?: Array<Record<string, string[]>>; requestBody?: { content: Record<string, { example?: unknown }> } };

describe('the OpenAPI document', () => {
  it('documents, on every operation, its error statuses with the error schema, and who may call it', async () => {
    const server = await testServer('sqlite');
    const doc = (await server.client().get('/api/openapi.json')).body;
    expect(doc.components.securitySchemes).toEqual({
      session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'kt_session' }),
      csrf: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }),
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message', 'fields']);
    const operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, op })));
    expect(operations.length).toBeGreaterThan(80);
    for (const { key, method, path, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(statuses, key).toContain('400');
      for (const status of statuses.filter((s) => s === 'default' || Number(s) >= 400)) {
        expect(op.responses[status]!.content?.['application/json']?.schema, `${key} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
      }
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (path.startsWith('/api/v1/')) expect(statuses, key).toContain('401');
      if (!isPublic) {
        expect(statuses, key).toContain('403');
        const schemes = op.security!.flatMap((s) => Object.keys(s));
        expect(schemes, key).toContain('session');
        if (method !== 'get') expect(op.security!.find((s) => 'session' in s), key).toEqual({ session: [], csrf: [] });
      }
      if (path.includes('{')) expect(statuses, key).toEqual(expect.arrayContaining(['404', '414']));
      if (method !== 'get') expect(statuses, key).toEqual(expect.arrayContaining(['413', '415']));
      if (statuses.includes('204')) {
        expect(op.responses['204']!.content, key).toBeUndefined();
        expect(statuses, key).not.toContain('200');
      }
    }
    const byKey = new Map(operations.map((o) => [o.key, o.op]));
    // Every 204 the issue found documented as 200 is now a 204.
    for (const key of [
      'DELETE /api/v1/contacts/{id}', 'DELETE /api/v1/companies/{id}', 'DELETE /api/v1/contact-companies/{linkId}', 'DELETE /api/v1/departments/{id}',
      'DELETE /api/v1/notes/{id}', 'DELETE /api/v1/roles/{id}', 'DELETE /api/v1/saved-views/{id}', 'DELETE /api/v1/trash/{entityType}/{id}',
      'POST /api/v1/trash/{entityType}/{id}/restore', 'POST /api/v1/notifications/{id}/read', 'POST /api/v1/notifications/read-all',
      'POST /api/v1/users/{id}/reset-password', 'POST /api/v1/users/{id}/sign-out-everywhere', 'POST /api/v1/auth/sign-out',
      'DELETE /api/v1/tokens/{id}', 'DELETE /api/v1/sessions/{id}', 'DELETE /api/v1/attachments/{id}',
    ]) expect(Object.keys(byKey.get(key)?.responses ?? {}), key).toContain('204');
    // Account-level routes take no token; rate-limited ones say so.
    expect(byKey.get('POST /api/v1/tokens')!.security).toEqual([{ session: [], csrf: [] }]);
    expect(Object.keys(byKey.get('POST /api/v1/auth/sign-in')!.responses)).toEqual(expect.arrayContaining(['401', '423', '429']));
    // Each route-specific status names an operation that exists.
    for (const key of Object.keys(ROUTE_STATUSES).filter((k) => k.includes('/api/v1/'))) expect(byKey.has(key), key).toBe(true);
    // Examples on the main operations.
    expect(byKey.get('POST /api/v1/contacts')!.requestBody!.content['application/json']!.example).toMatchObject({ firstName: expect.any(String) });
    expect(byKey.get('POST /api/v1/contacts')!.responses['400']!.content!['application/json']!.example).toMatchObject({ error: { code: 'validation_failed' } });
    expect(byKey.get('PATCH /api/v1/contacts/{id}')!.responses['409']!.content!['application/json']!.example).toMatchObject({ error: { code: 'conflict' } });
  });
});
