import type { Readable } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { FileTooLargeError, openFile, removeFileIfUnreferenced, storeFile, type StoredFile } from '../../platform/files/file-store.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { isUuid } from '../../platform/schemas.js';
import { ItemRights, requireSubject } from '../timeline/timeline.policy.js';
import { addTimelineItem, removeTimelineItem } from '../timeline/timeline.service.js';
import * as attachments from './attachments.repository.js';
import type { AttachmentRow, AttachmentRowWithUploader } from './attachments.repository.js';
import { cleanFileName, contentTypeFor, isBlockedType, looksExecutable } from './file-types.js';

/** Where files go and how big one may be (ATTACHMENT_MAX_BYTES). */
export interface FileSettings {
  dataDir: string;
  maxBytes: number;
}

export interface UploadInput {
  subjectType: string;
  subjectId: string;
  fileName: string;
  /** The request's Content-Type header: the file's type. */
  contentType: string | undefined;
  /** The request's Content-Length, when the client sent one. */
  contentLength: number | undefined;
  /** The raw body; undefined when the request had none. */
  body: Readable | undefined;
}

export interface AttachmentEntry {
  row: AttachmentRowWithUploader;
  canDelete: boolean;
}

const blocked = () => new AppError('validation_failed', 'Programs and scripts cannot be attached', { file: 'blocked_type' });
const empty = () => new AppError('validation_failed', 'The file is empty', { file: 'empty' });
const tooLarge = (maxBytes: number) => new AppError('payload_too_large', `The file is larger than the limit of ${maxBytes} bytes`, { file: 'too_large' });

/** Content no row will reference (refused after it was stored) goes at once. */
async function discard(db: Executor, files: FileSettings, stored: StoredFile): Promise<void> {
  await removeFileIfUnreferenced(db, files.dataDir, stored.sha256, { graceMs: 0 });
}

/** Streams the body into the file store, refusing what is too big before reading it when the length is declared. */
async function receive(files: FileSettings, input: UploadInput): Promise<StoredFile> {
  if (input.contentLength !== undefined && input.contentLength > files.maxBytes) throw tooLarge(files.maxBytes);
  if (!input.body || input.contentLength === 0) throw empty();
  try {
    return await storeFile(files.dataDir, input.body, { maxBytes: files.maxBytes });
  } catch (err) {
    if (err instanceof FileTooLargeError) throw tooLarge(files.maxBytes);
    throw err;
  }
}

async function entryOf(db: Executor, actor: Actor, row: AttachmentRowWithUploader, rights = new ItemRights(db, actor)): Promise<AttachmentEntry> {
  return { row, canDelete: await rights.canManage({ subject_type: row.subject_type, subject_id: row.subject_id, author_id: row.uploaded_by }) };
}

/**
 * Attaches a file to a contact or company: checks the right to add to the subject and the file's
 * name and type before reading a byte, streams it into the content-addressed store, then records
 * the attachment, its timeline entry (same id) and the change in one transaction. It opens that
 * transaction itself, after the bytes are in: a slow upload must not hold the database's write lock.
 * @throws AppError not_found | forbidden | validation_failed (fileName: required, too_long; file: blocked_type, empty) | payload_too_large (file: too_large)
 */
export async function uploadAttachment(db: Kysely<Database>, actor: Actor, files: FileSettings, input: UploadInput): Promise<AttachmentEntry> {
  const cleaned = cleanFileName(input.fileName);
  if ('error' in cleaned) throw new AppError('validation_failed', 'The file needs a usable name', { fileName: cleaned.error });
  const fileName = cleaned.name;
  await requireSubject(db, actor, input.subjectType, input.subjectId, 'edit');
  const contentType = contentTypeFor(input.contentType, fileName);
  if (isBlockedType(fileName, contentType)) throw blocked();

  const stored = await receive(files, input);
  if (stored.size === 0) {
    await discard(db, files, stored);
    throw empty();
  }
  if (looksExecutable(stored.head)) {
    await discard(db, files, stored);
    throw blocked();
  }
  try {
    const id = await db.transaction().execute(async (trx) => {
      // The upload took a while: the subject may have gone meanwhile.
      await requireSubject(trx, actor, input.subjectType, input.subjectId, 'edit');
      const row = await attachments.insertAttachment(trx, {
        id: newId(),
        workspace_id: actor.workspaceId,
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        file_name: fileName,
        content_type: contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploaded_by: actor.userId,
        created_at: now(),
        deleted_at: null,
      });
      await addTimelineItem(trx, actor, {
        id: row.id,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        kind: 'attachment',
        occurredAt: row.created_at,
        data: { attachmentId: row.id, fileName, contentType, size: stored.size },
      });
      // Attachments have no versions of their own: creation is 1, deletion 2.
      await recordChange(trx, actor, { entityType: 'attachment', action: 'create', before: null, after: { ...row, version: 1 } });
      return row.id;
    });
    return entryOf(db, actor, (await attachments.findAttachment(db, actor, id))!);
  } catch (err) {
    await discard(db, files, stored);
    throw err;
  }
}

/** A live attachment whose subject the actor sees. @throws AppError not_found | forbidden (no view right on the subject's module) */
async function visibleAttachment(db: Executor, actor: Actor, id: string): Promise<AttachmentRowWithUploader> {
  const row = isUuid(id) ? await attachments.findAttachment(db, actor, id) : undefined;
  if (!row) throw new AppError('not_found', 'File not found');
  try {
    await requireSubject(db, actor, row.subject_type, row.subject_id, 'view');
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw new AppError('not_found', 'File not found');
    throw err;
  }
  return row;
}

/**
 * A subject's files, newest first, each with whether the actor may delete it.
 * @throws AppError not_found | forbidden
 */
export async function listAttachments(db: Executor, actor: Actor, subjectType: string, subjectId: string): Promise<AttachmentEntry[]> {
  await requireSubject(db, actor, subjectType, subjectId, 'view');
  const rows = await attachments.listAttachments(db, actor, subjectType, subjectId);
  const rights = new ItemRights(db, actor);
  const out: AttachmentEntry[] = [];
  for (const row of rows) out.push(await entryOf(db, actor, row, rights));
  return out;
}

/**
 * An attachment's row and its content for download.
 * @throws AppError not_found (also when the content is missing from disk) | forbidden
 */
export async function openAttachment(db: Executor, actor: Actor, files: FileSettings, id: string): Promise<{ row: AttachmentRow; stream: Readable; size: number }> {
  const row = await visibleAttachment(db, actor, id);
  const file = await openFile(files.dataDir, row.sha256);
  if (!file) throw new AppError('not_found', 'The file is missing from the file store; restore it from a backup');
  return { row, stream: file.stream, size: file.size };
}

/**
 * Soft-deletes an attachment and its timeline entry (the content stays on disk while any row,
 * deleted or not, refers to it). Its uploader may, and anyone whose delete scope reaches the subject.
 * @throws AppError not_found | forbidden
 */
export async function deleteAttachment(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  const before = await visibleAttachment(trx, actor, id);
  const { uploader_name: _name, ...row } = before;
  if (!(await entryOf(trx, actor, before)).canDelete) throw new AppError('forbidden', 'Only the person who attached it, or someone who may delete on this record, can remove this file');
  const after = await attachments.softDeleteAttachment(trx, actor.workspaceId, id, now());
  if (!after) throw new AppError('not_found', 'File not found');
  await removeTimelineItem(trx, actor, id);
  await recordChange(trx, actor, { entityType: 'attachment', action: 'delete', before: { ...row, version: 1 }, after: { ...after, version: 2 } });
}

/** A purged subject's files go to the deleted state; the daily clean-up removes them and their content. */
export function purgeSubjectAttachments(trx: Transaction<Database>, workspaceId: string, subjectType: string, subjectId: string): Promise<void> {
  return attachments.softDeleteSubjectAttachments(trx, workspaceId, subjectType, subjectId, now());
}
