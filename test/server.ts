import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import type { Dialect } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/connect.js';
import { testDatabase } from './db.js';
import { factories } from './factories.js';
import { checkDocumentedStatus, exposeRoutes, ROUTE_HEADER } from './documented-statuses.js';

export interface TestResponse {
  status: number;
  body: any;
  headers: LightMyRequestResponse['headers'];
}

/** A client that keeps cookies and sends the CSRF header like the web app does. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    const csrf = this.cookies.get('kt_csrf');
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // Every answer of the suite is held to the OpenAPI document: an undocumented status fails the test.
    const undocumented = checkDocumentedStatus(this.app, method, res.headers[ROUTE_HEADER] as string | undefined, res.statusCode);
    if (undocumented) throw new Error(`${undocumented}; body: ${res.body.slice(0, 300)}`);
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      // Non-JSON answers (HTML, docs) stay text.
    }
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }

  get(url: string, headers?: Record<string, string>) { return this.request('GET', url, undefined, headers); }
  post(url: string, body: unknown = {}, headers?: Record<string, string>) { return this.request('POST', url, body, headers); }
  patch(url: string, body: unknown, headers?: Record<string, string>) { return this.request('PATCH', url, body, headers); }
  delete(url: string, headers?: Record<string, string>) { return this.request('DELETE', url, undefined, headers); }
  cookie(name: string) { return this.cookies.get(name); }
}

export interface TestServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  config: Config;
  build: ReturnType<typeof factories>;
  client(): TestClient;
  /** A client signed in as the user. */
  as(user: { email: string; password: string }): Promise<TestClient>;
}

const servers = new Map<string, Promise<TestServer>>();

/**
 * An in-process server on a migrated database of the dialect, shared by the tests of one file
 * (tests isolate themselves by workspace) and closed after the file.
 */
export function testServer(dialect: Dialect, env: Record<string, string> = {}): Promise<TestServer> {
  const key = `${dialect}:${JSON.stringify(env)}`;
  let server = servers.get(key);
  if (!server) {
    server = (async () => {
      const handle = await testDatabase(dialect);
      const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000', ...env });
      const app = await buildApp({ db: handle.db, dialect, config, logger: false });
      exposeRoutes(app);
      await app.ready();
      return {
        app, handle, config,
        build: factories(handle.db),
        client: () => new TestClient(app),
        async as(user) {
          const client = new TestClient(app);
          const res = await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
          if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
          return client;
        },
      };
    })();
    servers.set(key, server);
  }
  return server;
}

afterAll(async () => {
  for (const server of servers.values()) {
    const s = await server;
    await s.app.close();
    await s.handle.close();
  }
  servers.clear();
});
