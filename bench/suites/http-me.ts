/**
 * Authenticated `GET /api/v1/me` through the whole app (session lookup, actor, user and workspace
 * reads, response schema) against a bare Fastify answering the same JSON bytes, both on loopback
 * with keep-alive connections. Latency is reported as seen by the client and inside the server.
 */
import { Worker } from 'node:worker_threads';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { seedDemo } from '../../src/modules/demo/seed.js';
import { stats, type Result } from '../harness.js';
import type { LoadJob, LoadResult } from '../http-load.worker.js';
import type { SuiteContext } from './context.js';

const ROUNDS = 10;

/** Starts the TypeScript load worker; a worker does not inherit tsx's loader, so it registers it first. */
export function startLoadWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('../http-load.worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

export function load(worker: Worker, job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (msg: { result?: LoadResult; error?: string }) => {
      worker.off('error', onError);
      if (msg.result) resolve(msg.result);
      else reject(new Error(msg.error));
    });
    worker.postMessage(job);
  });
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** Records how long the server spent on each response (Fastify's `reply.elapsedTime`). */
function serverTimer(app: FastifyInstance) {
  const samples: number[] = [];
  let recording = false;
  app.addHook('onResponse', async (_request, reply) => {
    if (recording) samples.push(reply.elapsedTime);
  });
  return { samples, set: (on: boolean) => (recording = on) };
}

async function signIn(port: number, email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

interface Sides {
  appPort: number;
  barePort: number;
  cookie: string;
}

/** Fires the requests in rounds, alternating the app and the floor; returns client latencies and wall time per side. */
async function drive(worker: Worker, sides: Sides, requests: number, connections: number) {
  const job = (port: number, n: number): LoadJob => ({ port, path: '/api/v1/me', headers: { cookie: sides.cookie }, requests: n, connections });
  const client = { app: [] as number[], bare: [] as number[] };
  const wall = { app: 0, bare: 0 };
  const perRound = Math.ceil(requests / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which server goes first, so drift in machine load falls on both alike.
    const order = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const side of order) {
      const result = await load(worker, job(side === 'app' ? sides.appPort : sides.barePort, perRound));
      if (result.failures > 0) throw new Error(`${result.failures} requests to the ${side} server did not answer 200`);
      client[side].push(...result.latenciesMs);
      wall[side] += result.wallMs;
    }
  }
  return { client, wall };
}

/** `requests` authenticated GET /api/v1/me over `connections` keep-alive connections, and the same to the floor. */
export async function benchHttpMe(ctx: SuiteContext, requests = 20_000, connections = 4): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'http');
  const demo = await seedDemo(handle.db, handle.dialect);
  const config = loadConfig({ DATA_DIR: ctx.dbs.tmpDir, RUN_WORKERS: 'false' });
  const app = await buildApp({ db: handle.db, dialect: handle.dialect, config, logger: false });
  const bare = Fastify({ logger: false });
  const appTimer = serverTimer(app);
  const bareTimer = serverTimer(bare);
  let worker: Worker | null = null;
  try {
    const appPort = await listen(app);
    const cookie = await signIn(appPort, demo.adminEmail, demo.adminPassword);
    const probe = await fetch(`http://127.0.0.1:${appPort}/api/v1/me`, { headers: { cookie } });
    const body = await probe.text();
    if (probe.status !== 200 || !body.includes(demo.adminEmail)) throw new Error(`GET /api/v1/me answered ${probe.status}: ${body}`);
    bare.get('/api/v1/me', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
    const barePort = await listen(bare);

    worker = startLoadWorker();
    const sides = { appPort, barePort, cookie };
    await drive(worker, sides, 1000, connections); // warm-up: 1,000 to each side, not recorded
    appTimer.set(true);
    bareTimer.set(true);
    const { client, wall } = await drive(worker, sides, requests, connections);
    const size = `demo workspace, ${body.length} B of JSON`;
    return [
      {
        operation: `GET /api/v1/me, client side (${connections} keep-alive connection${connections === 1 ? '' : 's'})`,
        dialect: ctx.dialect,
        size,
        op: stats(client.app),
        floor: stats(client.bare),
        rate: { op: client.app.length / (wall.app / 1000), floor: client.bare.length / (wall.bare / 1000), unit: 'req/s' },
      },
      {
        operation: `GET /api/v1/me, in the server (onRequest → onResponse; ${connections} in flight)`,
        dialect: ctx.dialect,
        size,
        op: stats(appTimer.samples),
        floor: stats(bareTimer.samples),
      },
    ];
  } finally {
    await worker?.terminate();
    await app.close();
    await bare.close();
  }
}
