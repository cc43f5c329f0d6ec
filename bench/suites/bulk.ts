/**
 * Bulk change of owner as a background job (DESIGN budget: >= 5,000 records/s on 100k records
 * while a concurrent list request stays within its budget). Measures the job's rows/s against a
 * floor (the same owner change through the bare driver, in chunks of the same size, without
 * history), and the list page's latency while the job runs against the same list on the idle
 * database.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { pino } from 'pino';
import { listContacts } from '../../src/modules/contacts/contacts.service.js';
import { startClientBulk } from '../../src/modules/contacts/client-bulk.job.js';
import { CONTACT } from '../../src/modules/contacts/client-kind.js';
import '../../src/modules/contacts/contact.record.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { JobWorker } from '../../src/platform/jobs/jobs.worker.js';
import { benchContactId, fillContacts, STATUSES } from '../contact-rows.js';
import { stats, timeOnce, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';
import { registerRecordBulkJobs } from '../../src/modules/records/record-bulk.job.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };
const BARE_CHUNK = 200;

async function actorOf(db: Kysely<Database>, workspaceId: string, id: string): Promise<Actor> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new Error('bulk bench: user missing');
  return actorForUser(db, user, ctxNone);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchBulk(ctx: SuiteContext): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'bulk');
  ctx.log(`fill ${ctx.size.toLocaleString('en-US')} contacts (bare driver, not measured)`);
  const filled = await fillContacts(handle, ctx.generator, ctx.size, ctx.log);
  const db = handle.db;
  const admin = await actorOf(db, filled.workspaceId, filled.adminId);
  const size = `${ctx.size.toLocaleString('en-US')} contacts`;
  const list = async (i: number) => {
    const page = await listContacts(db, admin, { status: STATUSES[i % 3]!, sort: 'name', limit: 50 } as never);
    if (page.items.length === 0) throw new Error('bulk bench: empty page');
  };

  ctx.log('floor: the same owner change through the bare driver, in chunks, no history');
  const ids = Array.from({ length: ctx.size }, (_, i) => benchContactId(i));
  const floorOwner = filled.owners[1]!;
  const bareUpdate = async (chunk: string[]) => {
    if (handle.raw.sqlite) {
      handle.raw.sqlite.prepare(`UPDATE contacts SET owner_id = ?, version = version + 1 WHERE workspace_id = ? AND id IN (${chunk.map(() => '?').join(',')})`)
        .run(floorOwner, filled.workspaceId, ...chunk);
    } else {
      await handle.raw.pool!.query('UPDATE contacts SET owner_id = $1, version = version + 1 WHERE workspace_id = $2 AND id = ANY($3::uuid[])', [floorOwner, filled.workspaceId, chunk]);
    }
  };
  const floorMs = await timeOnce(async () => {
    for (let i = 0; i < ids.length; i += BARE_CHUNK) await bareUpdate(ids.slice(i, i + BARE_CHUNK));
  });

  ctx.log('list page on the idle database (the floor of the concurrent list)');
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) await list(i);
  for (let i = 0; i < 300; i++) idle.push(await timeOnce(() => list(i)));

  ctx.log('bulk change of owner on every contact, as a job, with list requests alongside');
  const started = await startClientBulk(db, admin, CONTACT, { match: {}, action: 'assign_owner', ownerId: filled.owners[2]! });
  if (started.status !== 202) throw new Error('bulk bench: expected a job');
  const worker = new JobWorker({ db, dialect: ctx.dialect, logger: pino({ level: 'warn' }), pollMs: 10 });
  registerRecordBulkJobs(worker.registry);
  const busy: number[] = [];
  const t0 = performance.now();
  worker.start();
  let state = 'queued';
  try {
    for (let i = 0; state !== 'done' && state !== 'failed'; i++) {
      busy.push(await timeOnce(() => list(i)));
      // A person clicks; requests arrive over time, not in one unbroken stream.
      await sleep(5);
      if (i % 10 === 0) state = (await db.selectFrom('job_progress').select('state').where('job_id', '=', started.jobId).executeTakeFirstOrThrow()).state;
    }
  } finally {
    await worker.stop();
  }
  const jobMs = performance.now() - t0;
  if (state !== 'done') throw new Error(`bulk bench: the job ended ${state}`);
  return [
    {
      operation: 'bulk change of owner (job in chunks, history, audit, outbox) vs bare UPDATE in chunks',
      dialect: ctx.dialect, size, op: stats([jobMs]), floor: stats([floorMs]),
      rate: { op: (ctx.size / jobMs) * 1000, floor: (ctx.size / floorMs) * 1000, unit: 'rows/s' },
    },
    {
      operation: 'contacts list page (status filter, 50 rows) during the bulk job vs on the idle database',
      dialect: ctx.dialect, size, op: stats(busy), floor: stats(idle), note: `${busy.length} requests during the job`,
    },
  ];
}
