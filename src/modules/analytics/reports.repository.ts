import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { SavedReportsTable } from './analytics.table.js';

/** Saved reports, and the custom fields a report may group by. */

export type SavedReportRow = Selectable<SavedReportsTable> & { owner_name: string };

const withOwner = (db: Executor, workspaceId: string) => db.selectFrom('saved_reports')
  .innerJoin('users', 'users.id', 'saved_reports.owner_id')
  .selectAll('saved_reports').select('users.name as owner_name')
  .where('saved_reports.workspace_id', '=', workspaceId);

export function listReports(db: Executor, workspaceId: string): Promise<SavedReportRow[]> {
  return withOwner(db, workspaceId).orderBy('saved_reports.name').orderBy('saved_reports.id').execute();
}

export function findReport(db: Executor, workspaceId: string, id: string): Promise<SavedReportRow | undefined> {
  return withOwner(db, workspaceId).where('saved_reports.id', '=', id).executeTakeFirst();
}

export async function insertReport(db: Executor, row: Insertable<SavedReportsTable>): Promise<void> {
  await db.insertInto('saved_reports').values(row).execute();
}

export async function updateReport(db: Executor, workspaceId: string, id: string, version: number, patch: Updateable<SavedReportsTable>): Promise<boolean> {
  return (await updateVersioned(db, 'saved_reports', workspaceId, id, version, patch)) !== undefined;
}

export async function deleteReport(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('saved_reports').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** The custom fields of a record type, retired ones too: key, type, and when it was retired. */
export function customFieldsOf(db: Executor, workspaceId: string, entityType: string): Promise<Array<{ key: string; type: string; retired_at: string | null }>> {
  return db.selectFrom('custom_fields').select(['key', 'type', 'retired_at']).where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType).execute();
}
