import type { AttachmentEntry } from './attachments.service.js';
import type { AttachmentOutput } from './attachments.schema.js';
import { isPreviewable } from './file-types.js';

export function presentAttachment({ row, canDelete }: AttachmentEntry): AttachmentOutput {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size,
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, name: row.uploader_name ?? '' } : null,
    createdAt: row.created_at,
    previewable: isPreviewable(row.content_type),
    abilities: { delete: canDelete },
  };
}
