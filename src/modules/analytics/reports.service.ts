import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { scopeOf } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import { majorAmount } from '../../platform/money.js';
import type { Shared } from './dashboards.schema.js';
import { roleIdOf } from './dashboards.repository.js';
import { runReport } from './report-run.service.js';
import * as repo from './reports.repository.js';
import { reportDefinition, type CreateReportInput, type ReportDefinition, type ReportRunOutput, type SavedReportOutput, type UpdateReportInput } from './reports.schema.js';
import { XLSX_CONTENT_TYPE, xlsxOf } from '../../platform/xlsx/xlsx-writer.js';

/** Saved reports: personal or shared with roles and people, run with the viewer's own visibility; exports. */

const isAdmin = (actor: Actor) => scopeOf(actor, 'users', 'manage_settings') === 'all';

function present(row: repo.SavedReportRow, actor: Actor): SavedReportOutput {
  const shared = fromJson<Shared>(row.shared) ?? { roleIds: [], userIds: [] };
  return {
    id: row.id, name: row.name, owner: { id: row.owner_id, name: row.owner_name }, definition: fromJson(row.definition),
    shared: { roleIds: shared.roleIds ?? [], userIds: shared.userIds ?? [] },
    canEdit: row.owner_id === actor.userId || isAdmin(actor), version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function sees(row: repo.SavedReportRow, actor: Actor, roleId: string | undefined): boolean {
  if (row.owner_id === actor.userId || isAdmin(actor)) return true;
  const shared = fromJson<Shared>(row.shared) ?? { roleIds: [], userIds: [] };
  return (actor.userId !== null && shared.userIds?.includes(actor.userId) === true) || (roleId !== undefined && shared.roleIds?.includes(roleId) === true);
}

/** The saved reports the actor sees: their own and those shared with them or their role. @throws AppError forbidden */
export async function listReportsFor(db: Executor, actor: Actor): Promise<{ items: SavedReportOutput[] }> {
  authorize(actor, 'reports', 'view');
  const roleId = await roleIdOf(db, actor.workspaceId, { key: actor.role });
  return { items: (await repo.listReports(db, actor.workspaceId)).filter((r) => sees(r, actor, roleId)).map((r) => present(r, actor)) };
}

/** A saved report the actor sees. @throws AppError forbidden | not_found */
export async function getReport(db: Executor, actor: Actor, id: string): Promise<SavedReportOutput> {
  authorize(actor, 'reports', 'view');
  const row = await repo.findReport(db, actor.workspaceId, id);
  if (!row || !sees(row, actor, await roleIdOf(db, actor.workspaceId, { key: actor.role }))) throw new AppError('not_found', 'The report was not found');
  return present(row, actor);
}

/** Saves a report definition (checked by running it once). @throws AppError forbidden | validation_failed */
export async function createReport(trx: Transaction<Database>, actor: Actor, input: CreateReportInput): Promise<SavedReportOutput> {
  authorize(actor, 'reports', 'view');
  if (!actor.userId) throw new AppError('forbidden', 'Only a person saves reports');
  await runReport(trx, actor, input.definition);
  const at = now();
  const id = newId();
  await repo.insertReport(trx, {
    id, workspace_id: actor.workspaceId, owner_id: actor.userId, name: input.name, definition: toJson(input.definition),
    shared: toJson(input.shared ?? { roleIds: [], userIds: [] }), version: 1, created_at: at, updated_at: at,
  });
  return getReport(trx, actor, id);
}

/** Changes a saved report at the version read (its owner, or an administrator). @throws AppError not_found | forbidden | conflict | validation_failed */
export async function updateReport(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateReportInput): Promise<SavedReportOutput> {
  const before = await getReport(trx, actor, id);
  if (!before.canEdit) throw new AppError('forbidden', 'Only its owner changes a report');
  if (input.definition) await runReport(trx, actor, input.definition);
  const patch = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.definition !== undefined ? { definition: toJson(input.definition) } : {}),
    ...(input.shared !== undefined ? { shared: toJson(input.shared) } : {}),
    updated_at: now(),
  };
  if (before.version !== input.version || !(await repo.updateReport(trx, actor.workspaceId, id, input.version, patch))) {
    throw new AppError('conflict', 'The report was changed by someone else; reload and try again', undefined, { current: before });
  }
  return getReport(trx, actor, id);
}

/** Deletes a saved report at the version read. @throws AppError not_found | forbidden | conflict */
export async function deleteReport(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  const before = await getReport(trx, actor, id);
  if (!before.canEdit) throw new AppError('forbidden', 'Only its owner deletes a report');
  if (before.version !== version) throw new AppError('conflict', 'The report was changed by someone else; reload and try again', undefined, { current: before });
  await repo.deleteReport(trx, actor.workspaceId, id);
}

/**
 * Runs a saved report as the viewer: with the viewer's own visibility, whoever made it (a report
 * whose owner lost access shows the viewer what the viewer may see).
 * @throws AppError not_found | forbidden | validation_failed (a field retired since it was saved)
 */
export async function runSavedReport(db: Executor, actor: Actor, id: string): Promise<ReportRunOutput> {
  const report = await getReport(db, actor, id);
  return runReport(db, actor, reportDefinition.parse(report.definition));
}

/** A cell as a file shows it: money in major units, text guarded against spreadsheet formulas. */
function fileCell(value: string | number | null, type: string, currency: string): string | number | null {
  if (value === null) return null;
  if (type === 'money' && typeof value === 'number') return majorAmount(value, currency);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A report's table as CSV or XLSX (header, rows, totals), for roles with the right to export
 * reports; audited as `report.exported`.
 * @throws AppError forbidden | validation_failed
 */
export async function exportReport(db: Executor, actor: Actor, def: ReportDefinition, format: 'csv' | 'xlsx', name: string, reportId?: string): Promise<{ body: Buffer; contentType: string; filename: string }> {
  authorize(actor, 'reports', 'export');
  const result = await runReport(db, actor, def);
  const { columns, rows, totals } = result.data;
  const lines = [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => fileCell(r.cells[c.key] ?? null, c.type, result.currency)))];
  if (totals) lines.push(columns.map((c) => fileCell(totals[c.key] ?? null, c.type, result.currency)));
  await audit(db, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, 'report.exported', {
    entityType: 'report', ...(reportId ? { entityId: reportId } : {}), changes: { format, rows: rows.length, definition: def },
  });
  const safe = name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'report';
  if (format === 'xlsx') return { body: await xlsxOf(safe, lines, { header: true, timeZone: actor.timeZone }), contentType: XLSX_CONTENT_TYPE, filename: `${safe}.xlsx` };
  return { body: Buffer.from(`\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8'), contentType: 'text/csv; charset=utf-8', filename: `${safe}.csv` };
}
