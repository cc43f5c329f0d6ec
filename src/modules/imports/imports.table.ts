import type { JsonColumn } from '../../db/columns.js';

export type ImportStatus = 'draft' | 'running' | 'done' | 'failed' | 'cancelled' | 'undoing' | 'undone';

/** One uploaded file on its way into the base (decision 0029). */
export interface ImportsTable {
  id: string;
  workspace_id: string;
  /** contacts | companies | deals | activities */
  entity: string;
  status: ImportStatus;
  file_name: string;
  /** The upload in the content-addressed file store. */
  sha256: string;
  size: number;
  format: string;
  encoding: string;
  delimiter: string;
  /** The 0-based row that holds the headers. */
  header_row: number;
  headers: JsonColumn;
  sample: JsonColumn;
  source: string | null;
  mapping: JsonColumn;
  options: JsonColumn;
  counts: JsonColumn;
  job_id: string | null;
  undo_job_id: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
  version: number;
}

/** A record an import wrote: `before` is the record before the import (null when it created it). */
export interface ImportRecordsTable {
  import_id: string;
  line: number;
  entity_type: string;
  entity_id: string;
  action: 'created' | 'updated';
  before: JsonColumn | null;
}

/** A row that failed, as uploaded, with the reason. */
export interface ImportFailuresTable {
  import_id: string;
  line: number;
  cells: JsonColumn;
  error: string;
}

/** A record's id in the system an import brought it from. */
export interface ExternalIdsTable {
  workspace_id: string;
  entity_type: string;
  /** The import's source (amocrm, bitrix24...) or `file` when none was recognized. */
  source: string;
  external_id: string;
  entity_id: string;
}
