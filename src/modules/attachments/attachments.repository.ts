import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { childOfVisibleRecord } from '../../platform/records/subject-visibility.js';
import { registerFileReferrer } from '../../platform/files/file-store.js';
import type { AttachmentsTable } from './attachments.table.js';

export type AttachmentRow = Selectable<AttachmentsTable>;
export type AttachmentRowWithUploader = AttachmentRow & { uploader_name: string | null };

/** Files of one subject are listed whole; past this many the oldest are left off. */
export const LIST_LIMIT = 1000;

export async function insertAttachment(db: Executor, row: Insertable<AttachmentsTable>): Promise<AttachmentRow> {
  const inserted = await db.insertInto('attachments').values(row).returningAll().executeTakeFirstOrThrow();
  // bigint comes back from pg as a string.
  return { ...inserted, size: Number(inserted.size) };
}

function withUploader(db: Executor, workspaceId: string) {
  return db
    .selectFrom('attachments')
    .leftJoin('users as uploader', (join) => join.onRef('uploader.id', '=', 'attachments.uploaded_by').on('uploader.workspace_id', '=', workspaceId))
    .selectAll('attachments')
    .select('uploader.name as uploader_name')
    .where('attachments.workspace_id', '=', workspaceId)
    .where('attachments.deleted_at', 'is', null);
}

/** A live attachment of a live record the actor can see, with its uploader's name, or undefined. */
export async function findAttachment(db: Executor, actor: Actor, id: string): Promise<AttachmentRowWithUploader | undefined> {
  const row = await withUploader(db, actor.workspaceId).where('attachments.id', '=', id)
    .where(childOfVisibleRecord(actor, 'attachments.subject_type', 'attachments.subject_id')).executeTakeFirst();
  return row && { ...row, size: Number(row.size) };
}

/** A subject's live attachments, newest first, when the actor can see the subject. */
export async function listAttachments(db: Executor, actor: Actor, subjectType: string, subjectId: string): Promise<AttachmentRowWithUploader[]> {
  const rows = await withUploader(db, actor.workspaceId)
    .where('attachments.subject_type', '=', subjectType)
    .where('attachments.subject_id', '=', subjectId)
    .where(childOfVisibleRecord(actor, 'attachments.subject_type', 'attachments.subject_id', subjectType))
    .orderBy('attachments.created_at', 'desc')
    .orderBy('attachments.id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
}

/** Soft-deletes a live attachment; the row that was deleted, or undefined when it was already gone. */
export async function softDeleteAttachment(db: Executor, workspaceId: string, id: string, at: string): Promise<AttachmentRow | undefined> {
  const row = await db
    .updateTable('attachments')
    .set({ deleted_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row && { ...row, size: Number(row.size) };
}

/** Whether any attachment row, live or deleted, in any workspace still points at the content. */
export async function isContentReferenced(db: Executor, sha256: string): Promise<boolean> {
  const row = await db.selectFrom('attachments').select('id').where('sha256', '=', sha256).limit(1).executeTakeFirst();
  return row !== undefined;
}
// Here, next to the query, so whatever loads this module (routes, jobs) protects attachment content.
registerFileReferrer('attachments', isContentReferenced);

/** Attachments of any workspace soft-deleted before `before` (ISO), oldest first. */
export function deletedBefore(db: Executor, before: string, limit: number): Promise<Array<{ id: string; sha256: string }>> {
  return db.selectFrom('attachments').select(['id', 'sha256']).where('deleted_at', '<', before).orderBy('deleted_at').limit(limit).execute();
}

/** Removes attachment rows for good (their content is the caller's to release). */
export async function purgeAttachmentRows(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('attachments').where('id', 'in', [...ids]).where('deleted_at', 'is not', null).execute();
}

/** Marks every live attachment of a subject deleted (the subject is being purged); the cleanup job removes rows and files later. */
export async function softDeleteSubjectAttachments(db: Executor, workspaceId: string, subjectType: string, subjectId: string, at: string): Promise<void> {
  await db
    .updateTable('attachments')
    .set({ deleted_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** The subjects of attachments by id, deleted ones included (for the audit log's parent check). */
export function attachmentSubjects(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('attachments').select(['id', 'subject_type', 'subject_id']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
