import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../json.js';
import { newId } from '../ids.js';
import { now } from '../clock.js';

export interface AuditEntryInput {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  changes?: unknown;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface VersionInput { workspaceId: string; entityType: string; entityId: string; version: number; action: string; data: unknown; actorId: string | null }

export interface OutboxEventInput { workspaceId: string; type: string; entityType: string | null; entityId: string | null; actorId: string | null; payload: unknown }

/**
 * Bound parameters one statement may carry: SQLite is built with 32,766 here (999 before 3.32),
 * PostgreSQL allows 65,535. Multi-row inserts are cut into statements below this.
 */
export const MAX_STATEMENT_PARAMS = 32_000;

/** Rows of `columns` values each that fit in one statement. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.floor(MAX_STATEMENT_PARAMS / columns));
}

/** Splits rows into slices that fit in one statement each. */
export function statementChunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = rowsPerStatement(columns);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function auditRow(entry: AuditEntryInput, at: string) {
  return {
    id: newId(),
    workspace_id: entry.workspaceId,
    actor_id: entry.actorId,
    action: entry.action,
    entity_type: entry.entityType ?? null,
    entity_id: entry.entityId ?? null,
    changes: entry.changes === undefined ? null : toJson(entry.changes),
    ip: entry.ip ?? null,
    user_agent: entry.userAgent ?? null,
    request_id: entry.requestId ?? null,
    created_at: at,
  };
}

export async function insertAuditEntry(db: Executor, entry: AuditEntryInput): Promise<void> {
  await insertAuditEntries(db, [entry]);
}

/** Appends many audit entries in as few multi-row statements as the parameter limit allows. */
export async function insertAuditEntries(db: Executor, entries: readonly AuditEntryInput[]): Promise<void> {
  const at = now();
  for (const part of statementChunks(entries, 11)) await db.insertInto('audit_log').values(part.map((e) => auditRow(e, at))).execute();
}

export async function insertVersion(db: Executor, row: VersionInput): Promise<void> {
  await insertVersions(db, [row]);
}

/** Appends many record versions in multi-row statements. */
export async function insertVersions(db: Executor, rows: readonly VersionInput[]): Promise<void> {
  const at = now();
  for (const part of statementChunks(rows, 9)) {
    await db
      .insertInto('record_versions')
      .values(part.map((row) => ({
        id: newId(),
        workspace_id: row.workspaceId,
        entity_type: row.entityType,
        entity_id: row.entityId,
        version: row.version,
        action: row.action,
        data: toJson(row.data),
        actor_id: row.actorId,
        created_at: at,
      })))
      .execute();
  }
}

export async function insertOutboxEvent(db: Executor, row: OutboxEventInput): Promise<string> {
  const [id] = await insertOutboxEvents(db, [row]);
  return id!;
}

/** Appends many outbox events in multi-row statements; answers their ids in input order. */
export async function insertOutboxEvents(db: Executor, rows: readonly OutboxEventInput[]): Promise<string[]> {
  const at = now();
  const ids: string[] = [];
  for (const part of statementChunks(rows, 9)) {
    const values = part.map((row) => ({
      id: newId(),
      workspace_id: row.workspaceId,
      type: row.type,
      entity_type: row.entityType,
      entity_id: row.entityId,
      actor_id: row.actorId,
      payload: toJson(row.payload),
      created_at: at,
      attempts: 0,
    }));
    await db.insertInto('outbox_events').values(values).execute();
    ids.push(...values.map((v) => v.id));
  }
  return ids;
}

/** Versions of one record, newest first. Callers check the actor may see the record first. */
export async function listVersions(db: Executor, workspaceId: string, entityType: string, entityId: string) {
  const rows = await db
    .selectFrom('record_versions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, data: fromJson<Record<string, unknown> | null>(r.data) }));
}

export async function listAuditEntries(db: Executor, workspaceId: string, filter: { entityType?: string; entityId?: string; action?: string; limit?: number } = {}) {
  let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.action) q = q.where('action', '=', filter.action);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 100).execute();
  return rows.map((r) => ({ ...r, changes: r.changes === null ? null : fromJson(r.changes) }));
}

/** Filters of the audit screen and export; every field narrows, all are optional. */
export interface AuditQuery {
  userId?: string;
  entityType?: string;
  entityId?: string;
  /** Exact action (`contact.updated`). */
  action?: string;
  /** Action prefix (`auth.`), matched literally (no wildcards). */
  actionPrefix?: string;
  /** Inclusive lower bound, ISO UTC. */
  from?: string;
  /** Exclusive upper bound, ISO UTC. */
  to?: string;
  /** Keyset position: entries strictly older than this (created_at desc, id desc). */
  after?: { at: string; id: string };
  /** Only entries made by these users (a narrower audit scope than the whole workspace). */
  actorReach?: { userId: string; departmentIds: readonly string[] };
}

/** `%`, `_` and `\` are literal in a prefix the user typed. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function auditQuery(db: Executor, workspaceId: string, q: AuditQuery) {
  let query = db.selectFrom('audit_log').where('audit_log.workspace_id', '=', workspaceId);
  if (q.userId) query = query.where('audit_log.actor_id', '=', q.userId);
  if (q.entityType) query = query.where('audit_log.entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('audit_log.entity_id', '=', q.entityId);
  if (q.action) query = query.where('audit_log.action', '=', q.action);
  if (q.actionPrefix) query = query.where(sql<SqlBool>`${sql.ref('audit_log.action')} like ${likePrefix(q.actionPrefix)} escape '\\'`);
  if (q.from) query = query.where('audit_log.created_at', '>=', q.from);
  if (q.to) query = query.where('audit_log.created_at', '<', q.to);
  const after = q.after;
  if (after) {
    query = query.where((eb) => eb.or([
      eb('audit_log.created_at', '<', after.at),
      eb.and([eb('audit_log.created_at', '=', after.at), eb('audit_log.id', '<', after.id)]),
    ]));
  }
  const reach = q.actorReach;
  if (reach) {
    query = query.where((eb) => {
      const own = eb('audit_log.actor_id', '=', reach.userId);
      if (reach.departmentIds.length === 0) return own;
      return eb.or([own, eb('audit_log.actor_id', 'in', eb.selectFrom('users as reach_user').select('reach_user.id')
        .where('reach_user.workspace_id', '=', workspaceId).where('reach_user.department_id', 'in', [...reach.departmentIds]))]);
    });
  }
  return query;
}

/**
 * One page of the audit log, newest first, with each actor's name. Stable under concurrent
 * appends: the keyset (created_at, id) never shifts rows between pages.
 */
export async function listAuditPage(db: Executor, workspaceId: string, q: AuditQuery, limit: number) {
  const rows = await auditQuery(db, workspaceId, q)
    .leftJoin('users as actor_user', (join) => join.onRef('actor_user.id', '=', 'audit_log.actor_id').on('actor_user.workspace_id', '=', workspaceId))
    .selectAll('audit_log')
    .select('actor_user.name as actor_name')
    .orderBy('audit_log.created_at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, changes: r.changes === null ? null : fromJson(r.changes) }));
}

/** How many entries match, counting no further than `cap` + 1 (so a huge log costs a bounded scan). */
export async function countAuditEntries(db: Executor, workspaceId: string, q: AuditQuery, cap: number): Promise<number> {
  const row = await db
    .selectFrom(auditQuery(db, workspaceId, q).select('audit_log.id').limit(cap + 1).as('matched'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Versions of one record with each author's name, newest first, at most `limit`. Callers check visibility first. */
export async function listVersionsWithActors(db: Executor, workspaceId: string, entityType: string, entityId: string, limit: number) {
  const rows = await db
    .selectFrom('record_versions')
    .leftJoin('users as actor_user', (join) => join.onRef('actor_user.id', '=', 'record_versions.actor_id').on('actor_user.workspace_id', '=', workspaceId))
    .selectAll('record_versions')
    .select('actor_user.name as actor_name')
    .where('record_versions.workspace_id', '=', workspaceId)
    .where('record_versions.entity_type', '=', entityType)
    .where('record_versions.entity_id', '=', entityId)
    .orderBy('record_versions.version', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, data: fromJson<Record<string, unknown> | null>(r.data) }));
}

/** One saved version of a record, or undefined. */
export async function findVersion(db: Executor, workspaceId: string, entityType: string, entityId: string, version: number) {
  const row = await db
    .selectFrom('record_versions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && { ...row, data: fromJson<Record<string, unknown> | null>(row.data) };
}

/** Who deleted each record last, from its history (entity id → user id; the system actor is absent). */
export async function lastDeleters(db: Executor, workspaceId: string, entityType: string, entityIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (entityIds.length === 0) return out;
  const rows = await db
    .selectFrom('record_versions')
    .select(['entity_id', 'actor_id'])
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...entityIds])
    .where('action', '=', 'delete')
    .orderBy('version', 'desc')
    .execute();
  for (const r of rows) if (r.actor_id && !out.has(r.entity_id)) out.set(r.entity_id, r.actor_id);
  return out;
}

/** Display names of users of the workspace (id → name), for presenting actors of history and audit. */
export async function actorNames(db: Executor, workspaceId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Removes a purged record's saved versions (the audit log keeps its entries: it is append-only). */
export async function deleteVersions(db: Executor, workspaceId: string, entityType: string, entityId: string): Promise<void> {
  await db.deleteFrom('record_versions').where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
}
