import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import type { Dialect } from '../src/db/database.js';
import type { DatabaseHandle } from '../src/db/connect.js';
import { testDatabase } from './db.js';
import { factories } from './factories.js';
import { exposeRoutes } from './documented-statuses.js';
import { TestClient } from './client.js';
import { testServers } from './server-cache.js';

export { TestClient, type TestResponse } from './client.js';

export interface TestServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  config: Config;
  build: ReturnType<typeof factories>;
  client(): TestClient;
  /** A client signed in as the user. */
  as(user: { email: string; password: string }): Promise<TestClient>;
}

const servers = testServers as Map<string, Promise<TestServer>>;

/**
 * An in-process server on a migrated database of the dialect, shared by the tests of one file
 * (tests isolate themselves by workspace) and closed after the file.
 */
/** The key stored secrets are sealed with in tests (every test process shares it, as PostgreSQL deployments must). */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export function testServer(dialect: Dialect, env: Record<string, string> = {}): Promise<TestServer> {
  const key = `${dialect}:${JSON.stringify(env)}`;
  let server = servers.get(key);
  if (!server) {
    server = (async () => {
      const handle = await testDatabase(dialect);
      const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000', KARTOTEKA_SECRET_KEY: TEST_SECRET_KEY, ...env });
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
