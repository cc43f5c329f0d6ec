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

export async function insertAuditEntry(db: Executor, entry: AuditEntryInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
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
      created_at: now(),
    })
    .execute();
}

export async function insertVersion(
  db: Executor,
  row: { workspaceId: string; entityType: string; entityId: string; version: number; action: string; data: unknown; actorId: string | null },
): Promise<void> {
  await db
    .insertInto('record_versions')
    .values({
      id: newId(),
      workspace_id: row.workspaceId,
      entity_type: row.entityType,
      entity_id: row.entityId,
      version: row.version,
      action: row.action,
      data: toJson(row.data),
      actor_id: row.actorId,
      created_at: now(),
    })
    .execute();
}

export async function insertOutboxEvent(
  db: Executor,
  row: { workspaceId: string; type: string; entityType: string | null; entityId: string | null; actorId: string | null; payload: unknown },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('outbox_events')
    .values({
      id,
      workspace_id: row.workspaceId,
      type: row.type,
      entity_type: row.entityType,
      entity_id: row.entityId,
      actor_id: row.actorId,
      payload: toJson(row.payload),
      created_at: now(),
      attempts: 0,
    })
    .execute();
  return id;
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
