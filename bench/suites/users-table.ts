/**
 * The users table at size: insert throughput (repository path vs bare driver) and fetch by id
 * (repository `findUserById` vs a bare prepared statement).
 */
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { findUserById, insertUser } from '../../src/modules/users/users.repository.js';
import { createWorkspace } from '../../src/modules/workspaces/workspaces.service.js';
import { Random } from '../../src/platform/demo/random.js';
import { paired, stats, type Result } from '../harness.js';
import { benchUserId, benchUserRow, USER_COLUMNS, userValues, type UserRow } from '../user-rows.js';
import type { SuiteContext } from './context.js';

const BATCH = 1000;
const INSERT_SQL_PARAMS = (dialect: string) =>
  USER_COLUMNS.map((_, i) => (dialect === 'sqlite' ? '?' : `$${i + 1}`)).join(', ');

async function benchWorkspace(db: Kysely<Database>): Promise<string> {
  const ws = await db.transaction().execute((trx) =>
    createWorkspace(trx, { name: 'Bench', locale: 'ru', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }),
  );
  return ws.id;
}

/** Inserts one batch with the bare driver: one transaction, one prepared statement, RETURNING * like the repository. */
function bareInserter(handle: DatabaseHandle): (rows: UserRow[]) => Promise<void> {
  const sqlText = `INSERT INTO users (${USER_COLUMNS.join(', ')}) VALUES (${INSERT_SQL_PARAMS(handle.dialect)}) RETURNING *`;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqlText);
    const insertAll = handle.raw.sqlite.transaction((rows: UserRow[]) => {
      for (const row of rows) stmt.get(userValues(row));
    });
    return async (rows) => insertAll(rows);
  }
  const pool = handle.raw.pool!;
  return async (rows) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const row of rows) await client.query({ name: 'bench_insert_user', text: sqlText, values: userValues(row) });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

export interface FilledUsers {
  handle: DatabaseHandle;
  workspaceId: string;
  results: Result[];
}

/**
 * Fills two identical databases with `size` users, batch by batch, alternating the repository path
 * (Kysely `insertUser` per row in a transaction) and the bare driver. Returns the repository-filled one.
 */
export async function benchInsertUsers(ctx: SuiteContext): Promise<FilledUsers> {
  const viaRepo = await ctx.dbs.open(ctx.dialect, 'users_repo');
  const viaBare = await ctx.dbs.open(ctx.dialect, 'users_bare');
  const wsRepo = await benchWorkspace(viaRepo.db);
  const wsBare = await benchWorkspace(viaBare.db);
  const bare = bareInserter(viaBare);
  const batches = Math.ceil(ctx.size / BATCH);
  const warmup = Math.min(2, batches - 1);
  const rowsOf = (batch: number, ws: string) => {
    const rows: UserRow[] = [];
    for (let i = batch * BATCH; i < Math.min(ctx.size, (batch + 1) * BATCH); i++) rows.push(benchUserRow(ctx.generator, ws, i));
    return rows;
  };
  const batchOf = (i: number) => (i < 0 ? -1 - i : i + warmup);
  let measuredRows = 0;
  let repoRows: UserRow[] = [];
  let bareRows: UserRow[] = [];
  const timings = await paired({
    warmup,
    iterations: batches - warmup,
    before: (i) => {
      repoRows = rowsOf(batchOf(i), wsRepo);
      bareRows = rowsOf(batchOf(i), wsBare);
      if (i >= 0) measuredRows += repoRows.length;
    },
    op: () =>
      viaRepo.db.transaction().execute(async (trx) => {
        for (const row of repoRows) await insertUser(trx, row);
      }),
    floor: () => bare(bareRows),
  });
  const op = stats(timings.op);
  const floor = stats(timings.floor);
  const result: Result = {
    operation: `insert users, ${BATCH} rows per transaction (time per batch)`,
    dialect: ctx.dialect,
    size: `${ctx.size.toLocaleString('en-US')} rows`,
    op,
    floor,
    rate: { op: measuredRows / (op.total / 1000), floor: measuredRows / (floor.total / 1000), unit: 'rows/s' },
  };
  return { handle: viaRepo, workspaceId: wsRepo, results: [result] };
}

/** Fills a database with `size` users through the bare driver only (when the insert benchmark is skipped). */
export async function fillUsers(ctx: SuiteContext): Promise<FilledUsers> {
  const handle = await ctx.dbs.open(ctx.dialect, 'users_fill');
  const workspaceId = await benchWorkspace(handle.db);
  const bare = bareInserter(handle);
  for (let start = 0; start < ctx.size; start += BATCH) {
    const rows: UserRow[] = [];
    for (let i = start; i < Math.min(ctx.size, start + BATCH); i++) rows.push(benchUserRow(ctx.generator, workspaceId, i));
    await bare(rows);
  }
  return { handle, workspaceId, results: [] };
}

/** Fetch by id at random over the filled table: repository `findUserById` vs a bare prepared statement. */
export async function benchFetchUser(ctx: SuiteContext, filled: FilledUsers): Promise<Result[]> {
  const { handle, workspaceId } = filled;
  const iterations = ctx.dialect === 'sqlite' ? 20_000 : 5_000;
  const random = new Random(ctx.generator.seed);
  const ids = Array.from({ length: iterations + 500 }, () => benchUserId(random.int(0, ctx.size - 1)));
  const idAt = (i: number) => ids[i < 0 ? iterations - 1 - i : i] as string;
  const check = (row: unknown) => {
    if (!row) throw new Error('fetch benchmark: a user that was inserted was not found');
  };
  let floor: (id: string) => Promise<unknown>;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare('SELECT * FROM users WHERE workspace_id = ? AND id = ? AND deleted_at IS NULL');
    floor = async (id) => stmt.get(workspaceId, id);
  } else {
    const pool = handle.raw.pool!;
    const text = 'SELECT * FROM users WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL';
    floor = async (id) => (await pool.query({ name: 'bench_find_user', text, values: [workspaceId, id] })).rows[0];
  }
  const timings = await paired({
    warmup: 500,
    iterations,
    op: async (i) => check(await findUserById(handle.db, workspaceId, idAt(i))),
    floor: async (i) => check(await floor(idAt(i))),
  });
  const op = stats(timings.op);
  const fl = stats(timings.floor);
  return [{
    operation: 'fetch user by id (findUserById)',
    dialect: ctx.dialect,
    size: `${ctx.size.toLocaleString('en-US')} rows`,
    op,
    floor: fl,
    rate: { op: 1000 / op.mean, floor: 1000 / fl.mean, unit: 'lookups/s' },
  }];
}
