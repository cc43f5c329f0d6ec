/**
 * Sales at size (DESIGN budgets: the board of one pipeline with 10k open deals p95 <= 150 ms in the
 * server; a stage move with history, audit and outbox p95 <= 10 ms; the deal list with a filter at
 * 500k deals p95 <= 15 ms). Each through the sales services with an actor (visibility applied),
 * against its floor: the main queries the same work needs, through the bare driver.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import '../../src/modules/index.js';
import { pipelineBoard } from '../../src/modules/sales/board.service.js';
import { DEAL_TYPE, moveDeal } from '../../src/modules/sales/deals.service.js';
import * as records from '../../src/modules/records/records.service.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { recordType } from '../../src/platform/records/registry.js';
import { newId } from '../../src/platform/ids.js';
import { benchDealId, fillDeals, OPEN_ON_BOARD, type FilledDeals } from '../deal-rows.js';
import { paired, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };

async function actorOf(db: Kysely<Database>, workspaceId: string, id: string): Promise<Actor> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new Error('sales bench: user missing');
  return actorForUser(db, user, ctxNone);
}

/** A bare-driver query (prepared once on SQLite, named on PostgreSQL). */
function bare(filled: FilledDeals, name: string, sqliteText: string): (values: unknown[]) => Promise<unknown[]> {
  const { handle } = filled;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqliteText);
    return async (values) => (stmt.reader ? stmt.all(values) : [stmt.run(values)]);
  }
  let n = 0;
  const text = sqliteText.replace(/\?/g, () => `$${++n}`);
  return async (values) => (await handle.raw.pool!.query({ name, text, values })).rows;
}

export async function benchSales(ctx: SuiteContext): Promise<Result[]> {
  const size = Math.max(ctx.size, 20_000);
  const handle = await ctx.dbs.open(ctx.dialect, 'sales');
  ctx.log(`fill ${size.toLocaleString('en-US')} deals, ${OPEN_ON_BOARD.toLocaleString('en-US')} of them open on one board (bare driver, not measured)`);
  const filled = await fillDeals(handle, ctx.generator, size, ctx.log);
  const db = handle.db;
  const kind = recordType(DEAL_TYPE)!;
  const admin = await actorOf(db, filled.workspaceId, filled.adminId);
  const manager = await actorOf(db, filled.workspaceId, filled.owners[0]!);
  const pg = ctx.dialect === 'postgres';
  const label = `${size.toLocaleString('en-US')} deals, ${OPEN_ON_BOARD.toLocaleString('en-US')} open on the board`;
  const result = (operation: string, timings: { op: number[]; floor: number[] }, note?: string): Result =>
    ({ operation, dialect: ctx.dialect, size: label, op: stats(timings.op), floor: stats(timings.floor), note });
  const results: Result[] = [];
  const ws = filled.workspaceId;

  ctx.log('board: every column\'s first 30 cards, counts and sums per currency (admin: all; manager: own)');
  const columnFloor = bare(filled, 'bench_board_column',
    'SELECT * FROM deals WHERE workspace_id = ? AND pipeline_id = ? AND stage_id = ? AND deleted_at IS NULL ORDER BY board_position, id LIMIT 31');
  const totalsFloor = bare(filled, 'bench_board_totals',
    'SELECT stage_id, currency, count(*) AS n, sum(amount) AS total FROM deals WHERE workspace_id = ? AND pipeline_id = ? AND deleted_at IS NULL GROUP BY stage_id, currency');
  const boardFloor = async () => {
    await Promise.all([...filled.stages.map((s) => columnFloor([ws, filled.pipelineId, s.id])), totalsFloor([ws, filled.pipelineId])]);
  };
  for (const [who, actor] of [['admin', admin], ['manager (own)', manager]] as const) {
    const timings = await paired({
      warmup: 5, iterations: pg ? 60 : 100,
      op: async () => {
        const board = await pipelineBoard(db, actor, filled.pipelineId, { limit: 30 } as never);
        if (board.columns[0]!.items.length === 0) throw new Error('sales bench: empty board');
      },
      floor: boardFloor,
    });
    results.push(result(`deal board of one pipeline, 30 cards per column with counts and sums (${who}) vs its queries bare`, timings));
  }

  ctx.log('stage move with history, audit and outbox');
  const open = filled.stages.filter((s) => s.kind === 'open');
  const dealAt = (i: number) => benchDealId(i);
  const versions = new Map<string, number>();
  const readVersion = async (id: string) => versions.get(id) ?? Number((await db.selectFrom('deals').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version);
  const moveFloor = bare(filled, 'bench_move_update',
    'UPDATE deals SET stage_id = ?, board_position = ?, stage_entered_at = ?, updated_at = ?, version = version + 1 WHERE workspace_id = ? AND id = ? AND version = ?');
  const moveLog = bare(filled, 'bench_move_log',
    'INSERT INTO deal_stage_moves (id, workspace_id, deal_id, from_pipeline_id, from_stage_id, to_pipeline_id, to_stage_id, moved_by, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const topOf = bare(filled, 'bench_move_top', 'SELECT board_position FROM deals WHERE workspace_id = ? AND pipeline_id = ? AND stage_id = ? AND deleted_at IS NULL ORDER BY board_position LIMIT 1');
  const iterations = pg ? 300 : 600;
  // Deal i is on open stage i % 4: the op moves the first half of the open deals, the floor the second.
  const moveTimings = await paired({
    warmup: 10, iterations,
    op: async (i) => {
      const n = i + 20;
      const id = dealAt(n);
      const version = await readVersion(id);
      const to = open[(n + 1) % open.length]!;
      const moved = await db.transaction().execute((trx) => moveDeal(trx, admin, id, { stageId: to.id, version }));
      versions.set(id, moved.version);
    },
    floor: async (i) => {
      const n = OPEN_ON_BOARD / 2 + i + 20;
      const id = dealAt(n);
      const version = await readVersion(id);
      const from = open[n % open.length]!;
      const to = open[(n + 1) % open.length]!;
      const at = new Date().toISOString();
      const run = async () => {
        const top = (await topOf([ws, filled.pipelineId, to.id]))[0] as { board_position: string } | undefined;
        await moveFloor([to.id, generateKeyBetween(null, top?.board_position ?? null), at, at, ws, id, version]);
        await moveLog([newId(), ws, id, filled.pipelineId, from.id, filled.pipelineId, to.id, filled.adminId, at]);
      };
      if (handle.raw.sqlite) {
        handle.raw.sqlite.exec('BEGIN');
        try {
          await run();
          handle.raw.sqlite.exec('COMMIT');
        } catch (error) {
          handle.raw.sqlite.exec('ROLLBACK');
          throw error;
        }
      } else {
        await handle.raw.pool!.query('BEGIN');
        try {
          await run();
          await handle.raw.pool!.query('COMMIT');
        } catch (error) {
          await handle.raw.pool!.query('ROLLBACK');
          throw error;
        }
      }
      versions.set(id, version + 1);
    },
  });
  results.push(result('stage move (policy, position, stage path, history, audit, outbox) vs the row update and stage path bare', moveTimings,
    pg ? 'PostgreSQL floor: BEGIN/COMMIT on pooled connections' : undefined));

  ctx.log('deal list with a filter: open deals of one owner by name (admin), open deals by name (manager: own), amount ≥ 2,500,000 by amount (admin)');
  const listFloor = bare(filled, 'bench_deal_list',
    'SELECT * FROM deals WHERE workspace_id = ? AND deleted_at IS NULL AND owner_id = ? AND closed_at IS NULL ORDER BY sort_name, id LIMIT 51');
  const amountFloor = bare(filled, 'bench_deal_amount',
    'SELECT * FROM deals WHERE workspace_id = ? AND deleted_at IS NULL AND amount >= ? ORDER BY amount, id LIMIT 51');
  const owner = (i: number) => filled.owners[i % filled.owners.length]!;
  const lists: Array<[string, (i: number) => Promise<unknown>, (i: number) => Promise<unknown>]> = [
    ['open deals of one owner, by name, 50 rows (admin)',
      (i) => records.listPage(db, admin, kind, { ownerId: owner(i), status: 'open', sort: 'name', limit: 50 } as never),
      (i) => listFloor([ws, owner(i)])],
    ['open deals by name, 50 rows (manager: own)',
      () => records.listPage(db, manager, kind, { status: 'open', sort: 'name', limit: 50 } as never),
      () => listFloor([ws, filled.owners[0]!])],
    ['amount ≥ 2,500,000 by amount, 50 rows (admin, filter JSON)',
      () => records.listPage(db, admin, kind, { filter: JSON.stringify([{ field: 'amount', op: 'gte', value: 2_500_000 }]), sort: 'amount', limit: 50 } as never),
      () => amountFloor([ws, 2_500_000])],
  ];
  for (const [name, op, floor] of lists) {
    const timings = await paired({ warmup: 10, iterations: pg ? 300 : 600, op, floor });
    results.push(result(`deal list: ${name} vs the same query bare`, timings));
  }
  return results;
}
