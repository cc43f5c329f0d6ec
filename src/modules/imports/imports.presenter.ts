import { fromJson } from '../../platform/json.js';
import type { ImportRow } from './imports.repository.js';
import { readOptions, type ImportOutput } from './imports.schema.js';

/** An import as the API shows it. */
export function presentImport(row: ImportRow): ImportOutput {
  return {
    id: row.id,
    entity: row.entity as ImportOutput['entity'],
    status: row.status,
    fileName: row.file_name,
    size: Number(row.size),
    format: row.format as ImportOutput['format'],
    encoding: row.encoding,
    delimiter: row.delimiter,
    headerRow: row.header_row,
    headers: fromJson<string[]>(row.headers),
    sample: fromJson<string[][]>(row.sample),
    source: row.source as ImportOutput['source'],
    mapping: fromJson<ImportOutput['mapping']>(row.mapping),
    options: readOptions(row.options),
    workbook: fromJson<{ workbook?: ImportOutput['workbook'] }>(row.options).workbook ?? null,
    counts: fromJson<ImportOutput['counts']>(row.counts),
    jobId: row.job_id,
    createdBy: { id: row.created_by, name: row.creator_name ?? '' },
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    version: row.version,
  };
}
