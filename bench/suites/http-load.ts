/**
 * The client base through HTTP under load, as integrations and a busy team hit it: 16 keep-alive
 * connections (a load thread, so the client does not share the server's event loop) against the
 * app built as `npm start` builds it, authenticated with API tokens of several users, on a base
 * of `--size` contacts. Each path runs next to its floor, in alternating rounds: a bare Fastify on
 * the same machine answering the same route with the bare driver's one query (prepared once).
 */
import type { AddressInfo } from 'node:net';
import type { Worker } from 'node:worker_threads';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { TOKEN_SCOPES } from '../../src/platform/access/actor.js';
import { Random } from '../../src/platform/demo/random.js';
import { foldForSearch } from '../../src/platform/text/translit.js';
import { createApiToken } from '../../src/modules/tokens/tokens.service.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import { benchContactId, contactRow, fillContacts, type FilledContacts } from '../contact-rows.js';
import { formatTable, stats, type Result } from '../harness.js';
import type { LoadTarget } from '../http-load.worker.js';
import { load, startLoadWorker } from './http-me.js';
import type { SuiteContext } from './context.js';

const CONNECTIONS = 16;
const ROUNDS = 4;
const OWNERS = 30;

interface Path {
  name: string;
  targets: LoadTarget[];
  /** The floor's one query and its arguments per request (the same request index as the app's target). */
  floor: { sqlite: string; pg: string; args: (i: number) => unknown[] };
  /** Targets are used once each (creates, updates): the requests must not outnumber them. */
  once?: boolean;
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** An API token for each user: the admin (sees all) and three managers. */
async function tokens(filled: FilledContacts): Promise<{ userIndex: number; header: Record<string, string> }[]> {
  const db = filled.handle.db;
  const users = [{ id: filled.adminId, index: OWNERS }, ...[0, 1, 2].map((k) => ({ id: filled.owners[k]!, index: k }))];
  const out = [];
  for (const u of users) {
    const user = (await findUser(db, filled.workspaceId, u.id))!;
    const actor = await actorForUser(db, user, { ip: null, userAgent: null, requestId: null });
    const { secret } = await db.transaction().execute((trx) => createApiToken(trx, actor, { name: 'bench', scopes: [...TOKEN_SCOPES] }));
    out.push({ userIndex: u.index, header: { authorization: `Bearer ${secret}` } });
  }
  return out;
}

/** A custom text field `region` on 1 in 10 contacts, for the custom-field filter. */
async function addCustomField(filled: FilledContacts): Promise<void> {
  const at = new Date().toISOString();
  await filled.handle.db.insertInto('custom_fields').values({
    id: '019ab0c4-0000-7000-8000-000000000001', workspace_id: filled.workspaceId, entity_type: 'contact', key: 'region', label: 'Region',
    type: 'text', options: '[]', required: 0, default_value: null, help_text: null, position: 0, retired_at: null, created_at: at, updated_at: at, version: 1,
  }).execute();
  if (filled.handle.raw.sqlite) filled.handle.raw.sqlite.exec(`UPDATE contacts SET custom = json_object('region', 'R' || (rowid % 50)) WHERE rowid % 10 = 0`);
  else await filled.handle.raw.pool!.query(`UPDATE contacts SET custom = jsonb_build_object('region', 'R' || (abs(hashtext(id::text)) % 50)) WHERE abs(hashtext(id::text)) % 10 = 0`);
}

function paths(ctx: SuiteContext, filled: FilledContacts, auth: Awaited<ReturnType<typeof tokens>>, requests: number): Path[] {
  const random = new Random(ctx.generator.seed + 29);
  const n = 2000;
  const ws = filled.workspaceId;
  const admin = auth[0]!.header;
  const get = (path: string, headers = admin): LoadTarget => ({ method: 'GET', path, headers });
  const people = Array.from({ length: n }, () => random.int(0, ctx.size - 1));
  // Contact i belongs to owner i % 30: a manager's cards are those with their index.
  const visible = (k: number, user: (typeof auth)[number]) => {
    const i = people[k]!;
    return user.userIndex === OWNERS ? i : i - (i % OWNERS) + user.userIndex < ctx.size ? i - (i % OWNERS) + user.userIndex : user.userIndex;
  };
  const cardIds = people.map((_, k) => benchContactId(visible(k, auth[k % auth.length]!)));
  const list = (query: string) => `/api/v1/contacts?limit=20&${query}`;
  const bare = (where: string, order: string, pgWhere = where) => ({
    sqlite: `SELECT * FROM contacts WHERE workspace_id = ? AND deleted_at IS NULL ${where} ORDER BY ${order} LIMIT 21`,
    pg: `SELECT * FROM contacts WHERE workspace_id = $1 AND deleted_at IS NULL ${pgWhere} ORDER BY ${order} LIMIT 21`,
  });
  const person = (k: number) => ctx.generator.personAt(people[k]!);
  const lastNames = people.map((_, k) => person(k).lastName);
  const prefixes = lastNames.map((l) => l.slice(0, 5));
  const built = people.map((_, k) => contactRow(person(k), ws, people[k]!, 'RU'));
  const searches = people.map((_, k) => (k % 3 === 0 ? lastNames[k]! : k % 3 === 1 ? person(k).phone.typed : person(k).email));
  const ftsArg = (q: string) => `"${foldForSearch(q).replace(/[^\p{L}\p{N}@. ]/gu, ' ').trim().replace(/"/g, '""')}"`;
  const sorts: [string, string][] = [['-name', 'sort_name DESC, id DESC'], ['createdAt', 'created_at, id'], ['-updatedAt', 'updated_at DESC, id DESC'], ['lastActivityAt', 'last_activity_at, id']];
  const creates = Math.min(requests, 50_000);
  const out: Path[] = [
    {
      name: 'GET /contacts/:id (random ids, 4 users)',
      targets: cardIds.map((id, k) => get(`/api/v1/contacts/${id}`, auth[k % auth.length]!.header)),
      floor: { sqlite: 'SELECT * FROM contacts WHERE workspace_id = ? AND id = ? AND deleted_at IS NULL', pg: 'SELECT * FROM contacts WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL', args: (i) => [ws, cardIds[i % n]] },
    },
    { name: 'list, default order (name)', targets: [get(list('sort=name'))], floor: { ...bare('', 'sort_name, id'), args: () => [ws] } },
    ...sorts.map(([sort, order]): Path => ({ name: `list sorted by ${sort}`, targets: [get(list(`sort=${sort}`))], floor: { ...bare('', order), args: () => [ws] } })),
    { name: 'list, status=client', targets: [get(list('status=client'))], floor: { ...bare('AND status = ?', 'sort_name, id', 'AND status = $2'), args: () => [ws, 'client'] } },
    { name: 'list, ownerId (one of 30)', targets: [get(list(`ownerId=${filled.owners[5]}`))], floor: { ...bare('AND owner_id = ?', 'sort_name, id', 'AND owner_id = $2'), args: () => [ws, filled.owners[5]] } },
    {
      name: 'list, tag=VIP', targets: [get(list('tag=VIP'))],
      floor: {
        ...bare("AND EXISTS (SELECT 1 FROM record_tags t WHERE t.entity_type = 'contact' AND t.entity_id = contacts.id AND t.tag = ?)", 'sort_name, id',
          "AND EXISTS (SELECT 1 FROM record_tags t WHERE t.entity_type = 'contact' AND t.entity_id = contacts.id AND t.tag = $2)"),
        args: () => [ws, 'VIP'],
      },
    },
    {
      name: 'list, exact last name', targets: lastNames.map((l) => get(list(`filter=${encodeURIComponent(JSON.stringify([{ field: 'lastName', op: 'eq', value: l }]))}`))),
      floor: { ...bare('AND last_name = ?', 'sort_name, id', 'AND last_name = $2'), args: (i) => [ws, lastNames[i % n]] },
    },
    {
      name: 'list, custom field region = R7', targets: [get(list(`filter=${encodeURIComponent(JSON.stringify([{ field: 'custom.region', op: 'eq', value: 'R7' }]))}`))],
      floor: { ...bare(`AND json_extract(custom, '$.region') = ?`, 'sort_name, id', `AND custom->>'region' = $2`), args: () => [ws, 'R7'] },
    },
    {
      name: 'list, q= first 5 letters of a surname', targets: prefixes.map((p) => get(list(`q=${encodeURIComponent(p)}`))),
      floor: {
        sqlite: 'SELECT c.* FROM search_fts f JOIN search_documents d ON d.id = f.rowid JOIN contacts c ON c.id = d.entity_id WHERE search_fts MATCH ? AND c.workspace_id = ? AND c.deleted_at IS NULL LIMIT 21',
        pg: 'SELECT c.* FROM search_documents d JOIN contacts c ON c.id = d.entity_id WHERE d.text LIKE $1 AND c.workspace_id = $2 AND c.deleted_at IS NULL LIMIT 21',
        args: (i) => [ctx.dialect === 'sqlite' ? ftsArg(prefixes[i % n]!) : `%${foldForSearch(prefixes[i % n]!)}%`, ws],
      },
    },
    {
      name: 'global search (names, phones, emails)', targets: searches.map((q) => get(`/api/v1/search?q=${encodeURIComponent(q)}`)),
      floor: {
        sqlite: 'SELECT d.entity_id FROM search_fts f JOIN search_documents d ON d.id = f.rowid JOIN contacts c ON c.id = d.entity_id WHERE search_fts MATCH ? AND c.workspace_id = ? AND c.deleted_at IS NULL LIMIT 10',
        pg: 'SELECT d.entity_id FROM search_documents d JOIN contacts c ON c.id = d.entity_id WHERE d.text LIKE $1 AND c.workspace_id = $2 AND c.deleted_at IS NULL LIMIT 10',
        args: (i) => [ctx.dialect === 'sqlite' ? ftsArg(searches[i % n]!) : `%${foldForSearch(searches[i % n]!)}%`, ws],
      },
    },
    {
      name: 'POST /contacts (create)', once: true,
      targets: Array.from({ length: creates }, (_, k) => {
        const p = ctx.generator.personAt(ctx.size + k);
        return { method: 'POST', path: '/api/v1/contacts', headers: admin, body: JSON.stringify({ firstName: p.firstName, lastName: p.lastName, phones: [{ value: p.phone.e164 }], emails: [{ value: p.email }] }) };
      }),
      floor: {
        sqlite: `INSERT INTO contacts (${Object.keys(built[0]!.row).join(',')}) VALUES (${Object.keys(built[0]!.row).map(() => '?').join(',')})`,
        pg: `INSERT INTO contacts (${Object.keys(built[0]!.row).join(',')}) VALUES (${Object.keys(built[0]!.row).map((_, j) => `$${j + 1}`).join(',')})`,
        args: (i) => Object.values({ ...built[i % n]!.row, id: benchContactId(20_000_000 + i) }),
      },
    },
    {
      name: 'PATCH /contacts/:id (update)', once: true,
      targets: Array.from({ length: Math.min(requests, ctx.size) }, (_, k) => ({ method: 'PATCH', path: `/api/v1/contacts/${benchContactId(k)}`, headers: admin, body: JSON.stringify({ position: 'Director', version: 1 }) })),
      floor: {
        sqlite: 'UPDATE contacts SET position = ?, version = version + 1 WHERE workspace_id = ? AND id = ?',
        pg: 'UPDATE contacts SET position = $1, version = version + 1 WHERE workspace_id = $2 AND id = $3',
        args: (i) => ['Director', ws, benchContactId(ctx.size - 1 - (i % ctx.size))],
      },
    },
  ];
  return out;
}

/** The floor: a bare Fastify whose route `/floor/<path index>?i=<request>` runs the path's one query. */
async function floorServer(filled: FilledContacts, all: Path[]): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  const sqlite = filled.handle.raw.sqlite;
  const run = all.map((p, index) => {
    if (sqlite) {
      const stmt = sqlite.prepare(p.floor.sqlite);
      return (args: unknown[]) => (stmt.reader ? stmt.all(args) : stmt.run(args));
    }
    return async (args: unknown[]) => (await filled.handle.raw.pool!.query({ name: `floor_${index}`, text: p.floor.pg, values: args })).rows;
  });
  const handler = async (request: { params: unknown; query: unknown }) => {
    const index = Number((request.params as { p: string }).p);
    const i = Number((request.query as { i?: string }).i ?? 0);
    return JSON.stringify(await run[index]!(all[index]!.floor.args(i)));
  };
  app.get('/floor/:p', handler);
  app.post('/floor/:p', handler);
  app.patch('/floor/:p', handler);
  return app;
}

/** `--requests` per path (creates and updates once per target), at 16 connections, next to the floor. */
export async function benchHttpLoad(ctx: SuiteContext, requests: number): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'http_load');
  ctx.log(`fill ${ctx.size.toLocaleString('en-US')} contacts for the HTTP load (bare driver, not measured)`);
  const filled = await fillContacts(handle, ctx.generator, ctx.size, ctx.log);
  await addCustomField(filled);
  const auth = await tokens(filled);
  const config = loadConfig({ DATA_DIR: ctx.dbs.tmpDir, RUN_WORKERS: 'false', NODE_ENV: 'production' });
  const app = await buildApp({ db: handle.db, dialect: handle.dialect, config, logger: false });
  const all = paths(ctx, filled, auth, requests);
  const bare = await floorServer(filled, all);
  let worker: Worker | null = null;
  const results: Result[] = [];
  try {
    const appPort = await listen(app);
    const barePort = await listen(bare);
    worker = startLoadWorker();
    for (const [index, path] of all.entries()) {
      const total = path.once ? Math.min(requests, path.targets.length) : requests;
      const perRound = Math.ceil(total / ROUNDS);
      const warm = path.once ? 0 : Math.min(200, perRound);
      ctx.log(`  ${path.name}: ${total} requests at ${CONNECTIONS} connections`);
      const floorTargets = (from: number, count: number): LoadTarget[] => Array.from({ length: count }, (_, k) => ({
        method: path.targets[0]!.method, path: `/floor/${index}?i=${from + k}`, headers: {}, body: path.targets[0]!.body === undefined ? undefined : '{}',
      }));
      if (warm) {
        await load(worker, { port: appPort, targets: path.targets, requests: warm, connections: CONNECTIONS });
        await load(worker, { port: barePort, targets: floorTargets(0, warm), requests: warm, connections: CONNECTIONS });
      }
      const lat = { app: [] as number[], bare: [] as number[] };
      const wall = { app: 0, bare: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const from = round * perRound;
        const sides = round % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
        for (const side of sides) {
          const targets = side === 'app' ? (path.once ? path.targets.slice(from, from + perRound) : rotate(path.targets, from)) : floorTargets(from, perRound);
          const result = await load(worker, { port: side === 'app' ? appPort : barePort, targets, requests: targets.length < perRound && path.once ? targets.length : perRound, connections: CONNECTIONS });
          if (result.failures > 0) throw new Error(`${path.name}: ${result.failures} requests to the ${side} server failed; first: ${result.firstFailure}`);
          lat[side].push(...result.latenciesMs);
          wall[side] += result.wallMs;
        }
      }
      const result: Result = {
        operation: `HTTP ${path.name}`, dialect: ctx.dialect, size: `${ctx.size.toLocaleString('en-US')} contacts`,
        op: stats(lat.app), floor: stats(lat.bare),
        rate: { op: lat.app.length / (wall.app / 1000), floor: lat.bare.length / (wall.bare / 1000), unit: 'req/s' },
      };
      results.push(result);
      // Each line as it comes: a long run stopped half-way still leaves its figures in the log.
      ctx.log(`    ${formatTable([result]).split('\n')[2]}`);
    }
  } finally {
    await worker?.terminate();
    await app.close();
    await bare.close();
  }
  return results;
}

function rotate<T>(items: T[], from: number): T[] {
  const at = from % items.length;
  return at === 0 ? items : [...items.slice(at), ...items.slice(0, at)];
}
