/**
 * Where the time of one request goes, for the paths of the load benchmark: Fastify hooks stamp
 * each request at preValidation, preHandler (query string and params validated), onSend (handler
 * done: services, SQL, presenter) and onResponse (response serialized and written). The app's own
 * onRequest hooks (authentication) run before any hook added here, so their share is the rest:
 * the whole `inject` call less the three phases. Requests go one at a time, so the phases are the
 * work itself, not queueing; the card's bookkeeping (the alarm) is timed apart by calling it directly.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { TOKEN_SCOPES } from '../../src/platform/access/actor.js';
import { Random } from '../../src/platform/demo/random.js';
import { createApiToken } from '../../src/modules/tokens/tokens.service.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import { getContact } from '../../src/modules/contacts/contacts.service.js';
import { trackAccess } from '../../src/modules/security/alarm.service.js';
import { benchContactId, fillContacts } from '../contact-rows.js';
import { stats, timeOnce } from '../harness.js';
import type { SuiteContext } from './context.js';

const PHASES = ['validation', 'handler', 'serialize'] as const;

function stamp(app: FastifyInstance) {
  const marks = new WeakMap<object, number[]>();
  const samples: Record<(typeof PHASES)[number], number[]> = { validation: [], handler: [], serialize: [] };
  let on = false;
  const t = () => Number(process.hrtime.bigint()) / 1e6;
  app.addHook('preValidation', async (req) => void marks.set(req, [t()]));
  app.addHook('preHandler', async (req) => void marks.get(req)?.push(t()));
  app.addHook('onSend', async (req) => void marks.get(req)?.push(t()));
  app.addHook('onResponse', async (req) => {
    const m = marks.get(req);
    if (!on || !m || m.length !== 3) return;
    m.push(t());
    PHASES.forEach((phase, i) => samples[phase].push(m[i + 1]! - m[i]!));
  });
  return { samples, set: (value: boolean) => (on = value) };
}

/** A Markdown table: mean and p95 of each phase per path, at `--size` contacts. */
export async function benchProfile(ctx: SuiteContext): Promise<string> {
  const handle = await ctx.dbs.open(ctx.dialect, 'profile');
  const filled = await fillContacts(handle, ctx.generator, ctx.size, ctx.log);
  const db = handle.db;
  const user = (await findUser(db, filled.workspaceId, filled.adminId))!;
  const actor = await actorForUser(db, user, { ip: null, userAgent: null, requestId: null });
  const { secret } = await db.transaction().execute((trx) => createApiToken(trx, actor, { name: 'profile', scopes: [...TOKEN_SCOPES] }));
  const app = await buildApp({ db, dialect: handle.dialect, config: loadConfig({ DATA_DIR: ctx.dbs.tmpDir, RUN_WORKERS: 'false' }), logger: false });
  const timer = stamp(app);
  await app.ready();
  const random = new Random(ctx.generator.seed + 31);
  const headers = { authorization: `Bearer ${secret}` };
  const lastName = (i: number) => ctx.generator.personAt(i).lastName;
  const paths: [string, (i: number) => string][] = [
    ['GET /contacts/:id', () => `/api/v1/contacts/${benchContactId(random.int(0, ctx.size - 1))}`],
    ['list, default order', () => '/api/v1/contacts?limit=20'],
    ['list, exact last name', () => `/api/v1/contacts?limit=20&filter=${encodeURIComponent(JSON.stringify([{ field: 'lastName', op: 'eq', value: lastName(random.int(0, ctx.size - 1)) }]))}`],
    ['global search', () => `/api/v1/search?q=${encodeURIComponent(lastName(random.int(0, ctx.size - 1)))}`],
    ['GET /me (no data)', () => '/api/v1/me'],
  ];
  const lines = [
    `Profile on ${ctx.dialect} at ${ctx.size.toLocaleString('en-US')} contacts, one request at a time (inject), mean / p95 in ms:`,
    '',
    `| path | auth, routing (the rest) | ${PHASES.join(' | ')} | total |`,
    `| --- | --- | ${PHASES.map(() => '---').join(' | ')} | --- |`,
  ];
  const iterations = 400;
  try {
    for (const [name, url] of paths) {
      for (let i = 0; i < 50; i++) await app.inject({ url: url(i), headers });
      timer.set(true);
      for (const phase of PHASES) timer.samples[phase].length = 0;
      const totals: number[] = [];
      for (let i = 0; i < iterations; i++) {
        totals.push(await timeOnce(async () => {
          const res = await app.inject({ url: url(i), headers });
          if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
        }));
      }
      timer.set(false);
      const cell = (xs: number[]) => { const s = stats(xs); return `${s.mean.toFixed(2)} / ${s.p95.toFixed(2)}`; };
      const rest = stats(totals).mean - PHASES.reduce((sum, p) => sum + stats(timer.samples[p]).mean, 0);
      lines.push(`| ${name} | ${rest.toFixed(2)} / — | ${PHASES.map((p) => cell(timer.samples[p])).join(' | ')} | ${cell(totals)} |`);
    }
    // The card's parts, called directly: the service read, and the alarm's bookkeeping (first view of a card in the hour; a repeat).
    const ids = Array.from({ length: iterations }, () => benchContactId(random.int(0, ctx.size - 1)));
    const read: number[] = [];
    for (const id of ids) read.push(await timeOnce(() => getContact(db, actor, id)));
    const first: number[] = [];
    const repeat: number[] = [];
    for (const id of ids) first.push(await timeOnce(() => trackAccess(db, actor, { kind: 'view', entityType: 'contact', entityId: id })));
    for (const id of ids) repeat.push(await timeOnce(() => trackAccess(db, actor, { kind: 'view', entityType: 'contact', entityId: id })));
    const m = (xs: number[]) => { const s = stats(xs); return `${s.mean.toFixed(3)} / ${s.p95.toFixed(3)}`; };
    lines.push('', `Inside the card's handler: getContact ${m(read)}; alarm bookkeeping, first view of a card this hour ${m(first)}, repeat view ${m(repeat)} (mean / p95 ms).`);
  } finally {
    await app.close();
  }
  return lines.join('\n');
}
