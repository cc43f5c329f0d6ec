import type { z } from 'zod';
import type { listAuditPage } from '../../platform/history/history.repository.js';
import type { auditEntryOutput } from './audit.schema.js';
import { csvRow } from './audit.csv.js';

export type AuditRow = Awaited<ReturnType<typeof listAuditPage>>[number];

/** The actor of a history or audit row; users are soft-deleted, so the name is practically always there. */
export function presentActor(actorId: string | null, name: string | null | undefined): { id: string; name: string } | null {
  return actorId ? { id: actorId, name: name ?? '' } : null;
}

/** An audit row as the API answers it (AuditEntry in docs/api-access.md). */
export function presentAuditEntry(row: AuditRow & { hidden?: true }): z.infer<typeof auditEntryOutput> {
  return {
    ...(row.hidden ? { hidden: true } : {}),
    id: row.id,
    at: row.created_at,
    actor: presentActor(row.actor_id, row.actor_name),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
  };
}

export const AUDIT_CSV_HEADER = csvRow(['time', 'user', 'action', 'entity type', 'entity id', 'changes', 'IP', 'user agent']);

/** An audit row as one CSV line, in AUDIT_CSV_HEADER's column order. */
export function auditCsvRow(row: AuditRow): string {
  return csvRow([
    row.created_at,
    row.actor_id ? row.actor_name ?? row.actor_id : 'system',
    row.action,
    row.entity_type,
    row.entity_id,
    row.changes === null ? null : JSON.stringify(row.changes),
    row.ip,
    row.user_agent,
  ]);
}
