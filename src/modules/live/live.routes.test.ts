import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import '../index.js';
import { connect, type DatabaseHandle } from '../../db/connect.js';
import type { Dialect } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { loadConfig } from '../../platform/config.js';
import { LiveHub } from '../../platform/live/live-hub.js';
import { OutboxDispatcher } from '../../platform/outbox/outbox.dispatcher.js';
import { buildApp } from '../../server/app.js';
import { createPgDatabase, DIALECTS } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { TestClient } from '../../../test/client.js';
import { SESSION_COOKIE } from '../auth/auth-cookies.js';
import { publishDealChanges } from '../sales/deals.live.js';

const logger = pino({ enabled: false });
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** One server process: its app listening on a port and its live hub. */
interface Instance { app: FastifyInstance; url: string; hub: LiveHub }

async function instance(handle: DatabaseHandle, dialect: Dialect, listenUrl: string | null): Promise<Instance> {
  const hub = new LiveHub({ db: handle.db, dialect, logger, listenUrl });
  await hub.start();
  const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000' });
  const app = await buildApp({ db: handle.db, dialect, config, logger: false, live: hub });
  await app.listen({ port: 0, host: '127.0.0.1' });
  closers.push(async () => {
    await app.close();
    await hub.stop();
  });
  return { app, hub, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/**
 * Two server processes on one database (PostgreSQL: two connections, two hubs talking through
 * LISTEN/NOTIFY; SQLite: one instance, as it runs), and an outbox dispatcher in the first.
 */
async function deployment(dialect: Dialect): Promise<{ writer: Instance; reader: Instance; handle: DatabaseHandle }> {
  const url = dialect === 'postgres' ? await createPgDatabase() : null;
  const handle = url ? connect({ databaseUrl: url, poolSize: 4 }) : connect({ sqlitePath: ':memory:' });
  await migrateToLatest(handle.db);
  const writer = await instance(handle, dialect, url);
  let reader = writer;
  if (url) {
    const second = connect({ databaseUrl: url, poolSize: 2 });
    closers.push(() => second.close());
    reader = await instance(second, dialect, url);
  }
  const dispatcher = new OutboxDispatcher({ db: handle.db, dialect, logger, pollMs: 50, listenUrl: url });
  publishDealChanges(dispatcher, writer.hub);
  await dispatcher.start();
  closers.push(async () => {
    await dispatcher.stop();
    await handle.close();
  });
  return { writer, reader, handle };
}

/** A server-sent-events reader: the raw text so far and the parsed events. */
async function stream(url: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  let raw = '';
  const events: Array<{ event: string; data: { type: string; ids: Record<string, string[]> } }> = [];
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        raw += decoder.decode(chunk, { stream: true });
        const blocks = raw.split('\n\n');
        events.length = 0;
        for (const block of blocks.slice(0, -1)) {
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // Aborted.
    }
  })();
  closers.push(async () => {
    controller.abort();
    await reading;
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    raw: () => raw,
    /** Waits until `count` change events arrived, up to `ms`. */
    async changes(count: number, ms: number) {
      const until = Date.now() + ms;
      while (events.filter((e) => e.event === 'change').length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return events.filter((e) => e.event === 'change');
    },
  };
}

describe.each(DIALECTS)('the live board on %s', (dialect) => {
  it('tells every open board of the pipeline about a move within a second, by stage ids only, and visibility applies on the refetch', async () => {
    const { writer, reader, handle } = await deployment(dialect);
    const build = factories(handle.db);
    const workspace = await build.workspace();
    const admin = await build.user({ workspace, role: 'admin' });
    const manager = await build.user({ workspace, role: 'manager' });
    const marketer = await build.user({ workspace, role: 'marketer' });
    const signIn = async (app: FastifyInstance, user: { email: string; password: string }) => {
      const client = new TestClient(app);
      expect((await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
      return client;
    };
    const adminClient = await signIn(writer.app, admin);
    const managerClient = await signIn(reader.app, manager);
    const marketerClient = await signIn(reader.app, marketer);
    const cookieOf = (c: TestClient) => `${SESSION_COOKIE}=${c.cookie(SESSION_COOKIE)}`;

    const pipeline = (await adminClient.get('/api/v1/pipelines')).body.items[0];
    const [first, second] = pipeline.stages;
    const deal = (await adminClient.post('/api/v1/deals', { title: 'Secret Tender', amount: 987_654, currency: 'EUR' })).body.deal;
    const channel = `/api/v1/live?channel=pipeline:${pipeline.id}`;

    // Subscribed on the other instance: the admin (who sees the deal) and a manager (who does not).
    const adminStream = await stream(`${reader.url}${channel}`, cookieOf(await signIn(reader.app, admin)));
    const managerStream = await stream(`${reader.url}${channel}`, cookieOf(managerClient));
    expect(adminStream.status).toBe(200);
    expect(adminStream.contentType).toContain('text/event-stream');
    await new Promise((r) => setTimeout(r, 300));
    const before = (await adminStream.changes(1, 0)).length;

    const started = Date.now();
    const moved = await adminClient.post(`/api/v1/deals/${deal.id}/move`, { stageId: second.id, version: deal.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const seen = await adminStream.changes(before + 1, 3000);
    expect(Date.now() - started).toBeLessThan(1000);
    const move = seen.at(-1)!.data;
    expect(move).toEqual({ type: 'deal.updated', ids: { stages: [first.id, second.id] } });

    // The manager hears that the two columns changed, but nothing about the deal itself...
    const managerSeen = await managerStream.changes(before + 1, 3000);
    expect(managerSeen.at(-1)!.data).toEqual(move);
    for (const secret of ['Secret Tender', '987654', deal.id]) expect(managerStream.raw()).not.toContain(secret);
    // ...and the refetch the event prompts shows them only what they may see.
    const board = (await managerClient.get(`/api/v1/pipelines/${pipeline.id}/board`)).body;
    expect(board.totals.count).toBe(0);
    expect(board.columns.flatMap((c: { items: Array<{ id: string }> }) => c.items.map((d) => d.id))).not.toContain(deal.id);

    // Someone without the deals right, or a pipeline of another workspace, is refused: not found.
    expect((await marketerClient.get(channel)).status).toBe(404);
    const other = await build.workspace();
    const stranger = await signIn(reader.app, await build.user({ workspace: other, role: 'admin' }));
    expect((await stranger.get(channel)).status).toBe(404);
    expect((await adminClient.get('/api/v1/live?channel=nothing:1')).status).toBe(404);
  });
});
