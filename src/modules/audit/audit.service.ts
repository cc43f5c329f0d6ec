import type { Kysely } from 'kysely';
import { trackAccess } from '../security/alarm.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { scopeOf } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Action } from '../../platform/access/permissions.js';
import { AppError } from '../../platform/errors.js';
import { addMs, now, toIso } from '../../platform/clock.js';
import { audit } from '../../platform/history/record-change.js';
import { countAuditEntries, listAuditPage, type AuditQuery } from '../../platform/history/history.repository.js';
import type { AuditFilter, AuditListInput } from './audit.schema.js';
import { redactData } from '../../platform/records/field-redaction.js';
import { fromJson } from '../../platform/json.js';
import { recordType } from '../../platform/records/registry.js';
import { auditParentResolver, type ChildEntry, type ParentRef } from '../../platform/history/audit-parents.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { visibleRecordIds } from '../records/records.service.js';
import { AUDIT_CSV_HEADER, auditCsvRow, type AuditRow } from './audit.presenter.js';
import { CSV_BOM } from './audit.csv.js';

/** An export holds at most this many rows; past it the file is cut and says so in its headers. */
export const AUDIT_EXPORT_CAP = 100_000;
/** Rows read per query while streaming an export (default): memory stays bounded whatever the cap. */
const EXPORT_PAGE = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The opaque cursor: base64url of `[created_at, id]` of the last row of a page. */
export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

/** @throws AppError validation_failed (fields.cursor = 'invalid') */
export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0]))) {
      return { at: toIso(value[0]), id: value[1] };
    }
  } catch {
    // Falls through to the same answer as a well-formed but meaningless cursor.
  }
  throw new AppError('validation_failed', 'The cursor is not one this server gave out', { cursor: 'invalid' });
}

/**
 * Turns the screen's filters into a repository query within the actor's audit scope: `all` sees the
 * workspace, `department` the entries of people in their departments and their own, `own` their own.
 * @throws AppError forbidden | validation_failed (fields.to = 'before_from')
 */
export function auditQueryFor(actor: Actor, filter: AuditFilter, action: Action): AuditQuery {
  authorize(actor, 'audit', action);
  const from = filter.from ? toIso(filter.from) : undefined;
  const to = filter.to ? (DATE_ONLY.test(filter.to) ? addMs(toIso(filter.to), DAY_MS) : toIso(filter.to)) : undefined;
  if (from && to && from >= to) throw new AppError('validation_failed', '"to" must be after "from"', { to: 'before_from' });
  const prefix = filter.action && /[.*]$/.test(filter.action) ? filter.action.replace(/\*$/, '') : undefined;
  const scope = scopeOf(actor, 'audit', action);
  return {
    userId: filter.userId,
    entityType: filter.entityType,
    entityId: filter.entityId,
    action: prefix === undefined ? filter.action : undefined,
    actionPrefix: prefix || undefined,
    from,
    to,
    actorReach: scope === 'all' || actor.userId === null
      ? undefined
      : { userId: actor.userId, departmentIds: scope === 'department' ? actor.departmentIds : [] },
  };
}

/**
 * Audit by visibility: an entry about a record the actor may not see keeps its action, time, actor
 * and record type and id, but not its details (`changes` null, `hidden` true), since those carry
 * the record's names, phones and emails. An entry about a child record (a note, a contact–company
 * link, an activity, an attachment: see platform/history/audit-parents) is hidden the same way when
 * the actor may not see one of the records it belongs to, and its details lose the fields the role
 * hides on those records. Checked in one query per record type on the page.
 */
export async function redactHidden(db: Executor, actor: Actor, rows: AuditRow[]): Promise<Array<AuditRow & { hidden?: true }>> {
  const byType = new Map<string, Set<string>>();
  const want = (type: string, id: string) => {
    if (!recordType(type) || !UUID_PATTERN.test(id)) return;
    const ids = byType.get(type) ?? new Set<string>();
    ids.add(id);
    byType.set(type, ids);
  };
  const children = new Map<string, ChildEntry[]>();
  for (const row of rows) {
    if (!row.entity_type || !row.entity_id || row.changes === null) continue;
    want(row.entity_type, row.entity_id);
    if (auditParentResolver(row.entity_type)) children.set(row.entity_type, [...(children.get(row.entity_type) ?? []), { entityId: row.entity_id, changes: row.changes }]);
  }
  const parents = new Map<string, ParentRef[]>();
  for (const [type, entries] of children) {
    for (const [id, refs] of await auditParentResolver(type)!(db, actor.workspaceId, entries)) {
      parents.set(`${type}:${id}`, refs);
      for (const ref of refs) want(ref.type, ref.id);
    }
  }
  const visible = new Map<string, Set<string>>();
  for (const [type, ids] of byType) visible.set(type, await visibleRecordIds(db, recordType(type)!, actor, [...ids]));
  const sees = (type: string, id: string) => visible.get(type)?.has(id) ?? true;
  return rows.map((row) => {
    if (!row.entity_type || !row.entity_id || row.changes === null) return row;
    const refs = (parents.get(`${row.entity_type}:${row.entity_id}`) ?? []).filter((ref) => recordType(ref.type));
    if (!sees(row.entity_type, row.entity_id) || refs.some((ref) => !sees(ref.type, ref.id))) return { ...row, changes: null, hidden: true as const };
    // The details of a record the actor sees, without the fields their role hides or masks on it
    // and on the records it belongs to (decision 0027).
    const kinds = [recordType(row.entity_type), ...refs.map((ref) => recordType(ref.type))].filter((k) => k !== undefined);
    if (kinds.length === 0) return row;
    const diff = row.action.endsWith('.updated') || row.action.endsWith('.rolled_back');
    let changes: unknown = fromJson(row.changes);
    for (const kind of new Set(kinds)) changes = redactData(actor, kind, changes, diff);
    return { ...row, changes: changes as typeof row.changes };
  });
}

/**
 * One page of the audit log, newest first; details of entries about records out of the actor's sight are left out.
 * @throws AppError forbidden (no audit.view) | validation_failed (bad cursor, `to` before `from`)
 */
export async function listAudit(db: Executor, actor: Actor, input: AuditListInput): Promise<{ rows: Array<AuditRow & { hidden?: true }>; nextCursor: string | null }> {
  const query = auditQueryFor(actor, input, 'view');
  if (input.cursor) query.after = decodeCursor(input.cursor);
  const rows = await listAuditPage(db, actor.workspaceId, query, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: await redactHidden(db, actor, page), nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
}

export interface AuditExport {
  /** Data rows the file holds (without the header). */
  rows: number;
  /** More entries matched than AUDIT_EXPORT_CAP; the file holds the newest ones. */
  truncated: boolean;
  /** The CSV text in chunks (BOM and header first), read page by page as the consumer pulls. */
  chunks: AsyncIterable<string>;
}

async function* csvChunks(db: Executor, actor: Actor, query: AuditQuery, total: number, pageSize: number): AsyncGenerator<string> {
  const workspaceId = actor.workspaceId;
  yield CSV_BOM + AUDIT_CSV_HEADER;
  let sent = 0;
  let after: AuditQuery['after'];
  while (sent < total) {
    const page = await listAuditPage(db, workspaceId, { ...query, after }, Math.min(pageSize, total - sent));
    const last = page.at(-1);
    if (!last) return;
    yield (await redactHidden(db, actor, page)).map(auditCsvRow).join('');
    sent += page.length;
    after = { at: last.created_at, id: last.id };
  }
}

/**
 * Exports the filtered audit log as CSV, newest first, at most AUDIT_EXPORT_CAP rows. The export is
 * audited (`audit.exported` with its row count and filters) before the first byte leaves, so an
 * export that is cut off midway is still on record. Entries written after the call are not included.
 * @throws AppError forbidden (no audit.export) | validation_failed
 */
export async function exportAudit(db: Kysely<Database>, actor: Actor, filter: AuditFilter, limits: { cap?: number; pageSize?: number } = {}): Promise<AuditExport> {
  const cap = limits.cap ?? AUDIT_EXPORT_CAP;
  const query = auditQueryFor(actor, filter, 'export');
  const at = now();
  if (!query.to || query.to > at) query.to = at;
  const matched = await countAuditEntries(db, actor.workspaceId, query, cap);
  const rows = Math.min(matched, cap);
  const truncated = matched > cap;
  const who = { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId };
  try {
    // The audit log names clients and colleagues: taking it out counts towards the exfiltration alarm like any export.
    await trackAccess(db, actor, { kind: 'export', entityType: 'audit_log', count: rows });
  } catch (error) {
    if (error instanceof AppError && error.code === 'account_blocked') await audit(db, who, 'audit.export_refused', { changes: { reason: 'alarm', rows, filter } });
    throw error;
  }
  await audit(db, who, 'audit.exported', { changes: { rows, truncated, filter } });
  return { rows, truncated, chunks: csvChunks(db, actor, query, rows, limits.pageSize ?? EXPORT_PAGE) };
}
