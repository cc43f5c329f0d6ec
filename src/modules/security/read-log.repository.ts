import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ReadLogTable, RefusedAttemptsTable } from './read-log.table.js';

/** Adds `count` to a user's hour bucket of `kind`, in place (one row per hour, whatever the traffic). */
export async function bumpHourCounter(db: Executor, row: { workspace_id: string; user_id: string; kind: string; hour: string; count: number }): Promise<void> {
  await db
    .insertInto('access_hour_counters')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id', 'kind', 'hour']).doUpdateSet((eb) => ({
      count: eb(eb.ref('access_hour_counters.count'), '+', eb.ref('excluded.count')),
    })))
    .execute();
}

/** A user's hour buckets of `kind` summed from `fromHour` on (at most 24 rows for a day, by the primary key). */
export async function sumHourCounterSince(db: Executor, workspaceId: string, userId: string, kind: string, fromHour: string): Promise<number> {
  const row = await db
    .selectFrom('access_hour_counters')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.lit(0)).as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('hour', '>=', fromHour)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Appends read-log rows (one statement). */
export async function insertReadLog(db: Executor, rows: Insertable<ReadLogTable>[]): Promise<void> {
  await db.insertInto('read_log').values(rows).execute();
}

/** The entity types a user read most since `since`, by units (for the alarm's "what was read"). */
export async function topReadTypes(db: Executor, workspaceId: string, userId: string, since: string, limit: number) {
  const rows = await db
    .selectFrom('read_log')
    .select((eb) => ['entity_type', 'path', eb.fn.sum<number>('units').as('units'), eb.fn.sum<number>('rows').as('rows')])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .groupBy(['entity_type', 'path'])
    .orderBy('units', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ entityType: r.entity_type, path: r.path, units: Number(r.units), rows: Number(r.rows) }));
}

export interface ReadLogQuery {
  userId?: string;
  entityId?: string;
  entityType?: string;
  from?: string;
  to?: string;
  /** Keyset: entries older than this (created_at, id). */
  after?: { at: string; id: string };
}

/** A page of the read log, newest first. */
export function listReadLog(db: Executor, workspaceId: string, query: ReadLogQuery, limit: number) {
  let q = db.selectFrom('read_log').selectAll().where('workspace_id', '=', workspaceId);
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.from) q = q.where('created_at', '>=', query.from);
  if (query.to) q = q.where('created_at', '<', query.to);
  const after = query.after;
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Adds one refused request to its (user, route, minute) row, in place. */
export async function bumpRefused(db: Executor, row: RefusedAttemptsTable): Promise<void> {
  await db
    .insertInto('refused_attempts')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id', 'route', 'minute']).doUpdateSet((eb) => ({
      count: eb(eb.ref('refused_attempts.count'), '+', eb.ref('excluded.count')),
      last_entity_id: eb.ref('excluded.last_entity_id'),
    })))
    .execute();
}

/** Refused-attempt rows, newest minute first. */
export function listRefused(db: Executor, workspaceId: string, query: { userId?: string; from?: string; to?: string }, limit: number) {
  let q = db.selectFrom('refused_attempts').selectAll().where('workspace_id', '=', workspaceId);
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.from) q = q.where('minute', '>=', query.from);
  if (query.to) q = q.where('minute', '<', query.to);
  return q.orderBy('minute', 'desc').orderBy('user_id').orderBy('route').limit(limit).execute();
}

/** Deletes up to `limit` of a workspace's read-log entries older than `before`. */
export async function deleteReadLogBefore(db: Executor, workspaceId: string, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('read_log')
    .where('id', 'in', (eb) => eb.selectFrom('read_log').select('id').where('workspace_id', '=', workspaceId).where('created_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes hour buckets before `before` (a batch is one statement: there are few). */
export async function deleteHourCountersBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('access_hour_counters').where('hour', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes refused-attempt rows of minutes before `before`. */
export async function deleteRefusedBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('refused_attempts').where('minute', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Requests, rows and units of the read log under a filter (at most the newest 100,000 entries are summed). */
export async function sumReadLog(db: Executor, workspaceId: string, query: ReadLogQuery) {
  let inner = db.selectFrom('read_log').select(['rows', 'units']).where('workspace_id', '=', workspaceId);
  if (query.userId) inner = inner.where('user_id', '=', query.userId);
  if (query.entityId) inner = inner.where('entity_id', '=', query.entityId);
  if (query.entityType) inner = inner.where('entity_type', '=', query.entityType);
  if (query.from) inner = inner.where('created_at', '>=', query.from);
  if (query.to) inner = inner.where('created_at', '<', query.to);
  const row = await db
    .selectFrom(inner.orderBy('created_at', 'desc').limit(100_000).as('r'))
    .select((eb) => [eb.fn.countAll<number>().as('requests'), eb.fn.coalesce(eb.fn.sum<number>('r.rows'), eb.lit(0)).as('rows'), eb.fn.coalesce(eb.fn.sum<number>('r.units'), eb.lit(0)).as('units')])
    .executeTakeFirstOrThrow();
  return { requests: Number(row.requests), rows: Number(row.rows), units: Number(row.units) };
}
