import type { Executor } from '../../db/database.js';
import type { RecordSharesTable } from './sharing.table.js';

/** The record types with records shared with a user (the actor's `sharedTypes`), from the user index. */
export async function sharedTypesOf(db: Executor, workspaceId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('record_shares').select('subject_type').distinct()
    .where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  return rows.map((r) => r.subject_type);
}

/** The shares of one record, with each colleague's name and whether they are active, oldest first. */
export function listShares(db: Executor, workspaceId: string, subjectType: string, subjectId: string) {
  return db.selectFrom('record_shares as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('users as by', 'by.id', 's.created_by')
    .select(['s.user_id', 's.level', 's.created_at', 's.created_by', 'u.name as user_name', 'u.is_active as user_active', 'by.name as created_by_name'])
    .where('s.workspace_id', '=', workspaceId).where('s.subject_type', '=', subjectType).where('s.subject_id', '=', subjectId)
    .orderBy('s.created_at').orderBy('s.user_id')
    .execute();
}

/** The share of one record with one user, if any. */
export function findShare(db: Executor, workspaceId: string, subjectType: string, subjectId: string, userId: string) {
  return db.selectFrom('record_shares').selectAll()
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Shares a record with a user, or changes the level of an existing share. */
export async function upsertShare(db: Executor, row: RecordSharesTable): Promise<void> {
  await db.insertInto('record_shares').values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'subject_type', 'subject_id', 'user_id']).doUpdateSet({ level: row.level }))
    .execute();
}

/** Removes a share; answers whether there was one. */
export async function deleteShare(db: Executor, workspaceId: string, subjectType: string, subjectId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('record_shares')
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Removes every share of a record (it went for good). */
export async function deleteSharesOf(db: Executor, workspaceId: string, subjectType: string, subjectId: string): Promise<void> {
  await db.deleteFrom('record_shares')
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', '=', subjectId)
    .execute();
}
