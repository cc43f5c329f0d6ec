/**
 * A record update with everything DESIGN §4 requires of a write: read, version check, versioned
 * update, history version, audit entry and outbox event in one transaction. Measured on the one
 * updatable record that exists today (a user renaming themselves through `updateMe`) against the
 * same six statements sent through the bare driver.
 */
import { actorForUser, updateMe } from '../../src/modules/users/users.service.js';
import { findUserById } from '../../src/modules/users/users.repository.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { newId } from '../../src/platform/ids.js';
import { Random } from '../../src/platform/demo/random.js';
import { paired, stats, type Result } from '../harness.js';
import { benchUserId } from '../user-rows.js';
import type { SuiteContext } from './context.js';
import type { FilledUsers } from './users-table.js';

const HIDDEN = new Set(['password_hash', 'updated_at', 'version']);
const visible = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !HIDDEN.has(k)));

const SQL = {
  find: 'SELECT * FROM users WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL',
  update: 'UPDATE users SET name = $1, updated_at = $2, version = $3 WHERE workspace_id = $4 AND id = $5 AND version = $6 RETURNING *',
  version: 'INSERT INTO record_versions (id, workspace_id, entity_type, entity_id, version, action, data, actor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
  audit: 'INSERT INTO audit_log (id, workspace_id, actor_id, action, entity_type, entity_id, changes, ip, user_agent, request_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
  outbox: 'INSERT INTO outbox_events (id, workspace_id, type, entity_type, entity_id, actor_id, payload, created_at, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)',
};

type Run = (sql: keyof typeof SQL, values: unknown[]) => Promise<Record<string, unknown> | undefined>;

/** The six statements of a versioned update with history, through `run` (one per dialect), inside the caller's transaction. */
async function bareUpdate(run: Run, workspaceId: string, id: string, name: string): Promise<void> {
  const before = await run('find', [workspaceId, id]);
  if (!before) throw new Error('update benchmark: user not found');
  const at = new Date().toISOString();
  const version = Number(before.version);
  const after = await run('update', [name, at, version + 1, workspaceId, id, version]);
  if (!after) throw new Error('update benchmark: version conflict');
  const data = visible(after);
  await run('version', [newId(), workspaceId, 'user', id, version + 1, 'update', JSON.stringify(data), id, at]);
  await run('audit', [newId(), workspaceId, id, 'user.updated', 'user', id, JSON.stringify({ name: [before.name, name] }), null, null, null, at]);
  await run('outbox', [newId(), workspaceId, 'user.updated', 'user', id, id, JSON.stringify({ before: visible(before), after: data }), at]);
}

function bareTransaction(filled: FilledUsers): (id: string, name: string) => Promise<void> {
  const { handle, workspaceId } = filled;
  if (handle.raw.sqlite) {
    const sqlite = handle.raw.sqlite;
    const stmts = Object.fromEntries(Object.entries(SQL).map(([k, text]) => [k, sqlite.prepare(text.replace(/\$\d+/g, '?'))]));
    return async (id, name) => {
      sqlite.exec('BEGIN');
      try {
        await bareUpdate(async (key, values) => {
          const stmt = stmts[key]!;
          if (stmt.reader) return stmt.get(values) as Record<string, unknown> | undefined;
          stmt.run(values);
          return undefined;
        }, workspaceId, id, name);
        sqlite.exec('COMMIT');
      } catch (error) {
        sqlite.exec('ROLLBACK');
        throw error;
      }
    };
  }
  const pool = handle.raw.pool!;
  return async (id, name) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await bareUpdate(async (key, values) => (await client.query({ name: `bench_update_${key}`, text: SQL[key], values })).rows[0], workspaceId, id, name);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

/** Renames random users: the service path (`updateMe` in a transaction) vs the bare statements. */
export async function benchUpdateUser(ctx: SuiteContext, filled: FilledUsers): Promise<Result[]> {
  const { handle, workspaceId } = filled;
  const iterations = ctx.dialect === 'sqlite' ? 3_000 : 1_500;
  const random = new Random(ctx.generator.seed + 1);
  const half = Math.max(1, Math.floor(ctx.size / 2));
  const bare = bareTransaction(filled);
  // The service and the floor rename disjoint users (even and odd rows), so versions never collide.
  let opArgs: { actor: Actor; version: number; id: string } | null = null;
  let floorId = '';
  const timings = await paired({
    warmup: 100,
    iterations,
    before: async () => {
      const pick = random.int(0, half - 1);
      const user = await findUserById(handle.db, workspaceId, benchUserId(Math.min(ctx.size - 1, pick * 2)));
      if (!user) throw new Error('update benchmark: user not found');
      opArgs = { actor: await actorForUser(handle.db, user, { ip: null, userAgent: null, requestId: null }), version: user.version, id: user.id };
      floorId = benchUserId(Math.min(ctx.size - 1, pick * 2 + 1));
    },
    op: (i) =>
      handle.db.transaction().execute((trx) => updateMe(trx, opArgs!.actor, { name: `Переименован ${i}`, version: opArgs!.version })),
    floor: (i) => bare(floorId, `Переименован ${i}`),
  });
  const op = stats(timings.op);
  const floor = stats(timings.floor);
  return [{
    operation: 'record update: updateMe (find, versioned update, history, audit, outbox in one transaction)',
    dialect: ctx.dialect,
    size: `${ctx.size.toLocaleString('en-US')} rows`,
    op,
    floor,
    rate: { op: 1000 / op.mean, floor: 1000 / floor.mean, unit: 'updates/s' },
  }];
}
