/**
 * Activities at size (issue #12: my day and a calendar month for a user with 100,000 activities,
 * p95 <= 30 ms in the server). Each through the activities services with an actor (visibility and
 * its widening through links applied), against its floor: the same index reads through the bare driver.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import '../../src/modules/index.js';
import { calendar, myDay, myDayCounts } from '../../src/modules/activities/my-day.service.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { Random } from '../../src/platform/demo/random.js';
import { fillContacts } from '../contact-rows.js';
import { paired, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';
import type { DatabaseHandle } from '../../src/db/connect.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };
const DAY = 86_400_000;
const BATCH = 2000;
const COLUMNS = ['id', 'workspace_id', 'owner_id', 'kind', 'title', 'sort_name', 'status', 'due_at', 'all_day', 'priority', 'participants', 'checklist', 'occurrence', 'custom', 'tags', 'version', 'created_at', 'updated_at', 'done_at'] as const;

async function actorOf(db: Kysely<Database>, workspaceId: string, id: string): Promise<Actor> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new Error('activities bench: user missing');
  return actorForUser(db, user, ctxNone);
}

function bare(handle: DatabaseHandle, name: string, sqliteText: string): (values: unknown[]) => Promise<unknown[]> {
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqliteText);
    return async (values) => stmt.all(values);
  }
  let n = 0;
  const text = sqliteText.replace(/\?/g, () => `$${++n}`);
  return async (values) => (await handle.raw.pool!.query({ name, text, values })).rows;
}

async function insertRows(handle: DatabaseHandle, rows: unknown[][]): Promise<void> {
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(`INSERT INTO activities (${COLUMNS.join(',')}) VALUES (${COLUMNS.map(() => '?').join(',')})`);
    handle.raw.sqlite.transaction(() => rows.forEach((row) => stmt.run(row)))();
    return;
  }
  for (let at = 0; at < rows.length; at += 500) {
    const values: unknown[] = [];
    const tuples = rows.slice(at, at + 500).map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(',')})`);
    await handle.raw.pool!.query(`INSERT INTO activities (${COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, values);
  }
}

export async function benchActivities(ctx: SuiteContext): Promise<Result[]> {
  const size = Math.max(ctx.size, 100_000);
  const handle = await ctx.dbs.open(ctx.dialect, 'activities');
  const people = await fillContacts(handle, ctx.generator, 0, ctx.log);
  const ws = people.workspaceId;
  const user = people.owners[0]!;
  const nowMs = Date.now();
  ctx.log(`fill ${size.toLocaleString('en-US')} activities of one user over ten years, and as many of 29 colleagues (bare driver, not measured)`);
  // The user's activities: eight years back (mostly done) and two ahead (planned); colleagues share the table.
  const rowOf = (i: number, owner: string) => {
    const r = new Random(i * 7919 + 11);
    const due = nowMs + Math.floor((r.next() * 10 - 8) * 365 * DAY);
    const planned = due > nowMs || r.chance(0.03);
    const at = new Date(due).toISOString();
    const kind = r.pick(['call', 'meeting', 'task', 'email']);
    const title = `${kind} ${i}`;
    return [`019ab0e1-0000-7000-8000-${(owner === user ? i : size + i).toString(16).padStart(12, '0')}`, ws, owner, kind, title, title, planned ? 'planned' : 'done', at, 0,
      'normal', '[]', '[]', 1, '{}', '[]', 1, at, at, planned ? null : at];
  };
  for (let start = 0; start < size; start += BATCH) {
    const n = Math.min(BATCH, size - start);
    await insertRows(handle, Array.from({ length: n }, (_, k) => rowOf(start + k, user)));
    await insertRows(handle, Array.from({ length: n }, (_, k) => rowOf(start + k, people.owners[1 + ((start + k) % 29)]!)));
    if ((start / BATCH) % 10 === 0) ctx.log(`  ${(start + n).toLocaleString('en-US')} activities each`);
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');

  const db = handle.db;
  const manager = await actorOf(db, ws, user);
  const admin = await actorOf(db, ws, people.adminId);
  const pg = ctx.dialect === 'postgres';
  const label = `${size.toLocaleString('en-US')} activities of the user (${(2 * size).toLocaleString('en-US')} in all)`;
  const result = (operation: string, timings: { op: number[]; floor: number[] }): Result =>
    ({ operation, dialect: ctx.dialect, size: label, op: stats(timings.op), floor: stats(timings.floor) });
  const results: Result[] = [];

  const range = bare(handle, 'bench_act_range',
    'SELECT * FROM activities WHERE workspace_id = ? AND owner_id = ? AND status = ? AND deleted_at IS NULL AND due_at >= ? AND due_at < ? ORDER BY due_at, id LIMIT 100');
  const overdue = bare(handle, 'bench_act_overdue',
    'SELECT * FROM activities WHERE workspace_id = ? AND owner_id = ? AND status = ? AND deleted_at IS NULL AND due_at < ? ORDER BY due_at, id LIMIT 100');
  const count = bare(handle, 'bench_act_count',
    'SELECT count(*) AS n FROM activities WHERE workspace_id = ? AND owner_id = ? AND status = ? AND deleted_at IS NULL AND due_at < ?');
  const month = bare(handle, 'bench_act_month',
    'SELECT * FROM activities WHERE workspace_id = ? AND owner_id = ? AND deleted_at IS NULL AND due_at >= ? AND due_at < ? ORDER BY due_at, id LIMIT 2001');
  const iso = (ms: number) => new Date(ms).toISOString();
  const today = iso(nowMs - (nowMs % DAY));
  const tomorrow = iso(nowMs - (nowMs % DAY) + DAY);
  const week = iso(nowMs - (nowMs % DAY) + 8 * DAY);

  for (const [who, actor] of [['manager: own', manager], ['admin', admin]] as const) {
    ctx.log(`my day (${who})`);
    const day = await paired({
      warmup: 5, iterations: pg ? 60 : 100,
      op: async () => {
        const answer = await myDay(db, actor, { userId: user, timeZone: 'UTC' });
        if (answer.overdue.count === 0) throw new Error('activities bench: nothing overdue');
      },
      floor: async () => {
        await Promise.all([overdue([ws, user, 'planned', today]), range([ws, user, 'planned', today, tomorrow]), range([ws, user, 'planned', tomorrow, week]), count([ws, user, 'planned', today])]);
      },
    });
    results.push(result(`my day: overdue, today, next 7 days with counts (${who}) vs the index reads bare`, day));
  }
  ctx.log('my-day counts (the sidebar badge)');
  results.push(result('my-day counts (manager: own) vs two counts bare', await paired({
    warmup: 5, iterations: pg ? 100 : 200,
    op: () => myDayCounts(db, manager),
    floor: () => Promise.all([count([ws, user, 'planned', today]), count([ws, user, 'planned', tomorrow])]),
  })));
  ctx.log('calendar month');
  const r = new Random(5);
  const monthStart = () => nowMs - Math.floor(r.next() * 24) * 30 * DAY;
  results.push(result('calendar month of one user, every activity in it (manager: own) vs the month read bare', await paired({
    warmup: 5, iterations: pg ? 60 : 100,
    op: async () => {
      const from = monthStart();
      await calendar(db, manager, { from: iso(from), to: iso(from + 31 * DAY), userId: user });
    },
    floor: async () => {
      const from = monthStart();
      await month([ws, user, iso(from), iso(from + 31 * DAY)]);
    },
  })));
  return results;
}
