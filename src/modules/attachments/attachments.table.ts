export interface AttachmentsTable {
  id: string;
  workspace_id: string;
  subject_type: string;
  subject_id: string;
  file_name: string;
  content_type: string;
  size: number;
  /** Content hash: the file lives at `<DATA_DIR>/files/<aa>/<bb>/<sha256>`, stored once however often it is attached. */
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
  deleted_at: string | null;
}
