import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { audit } from '../../platform/history/record-change.js';
import type { CsvLayout, RecordContext, RecordType } from '../../platform/records/record-type.js';
import { CSV_BOM, csvRow, neutralizeFormula } from '../audit/audit.csv.js';
import { trackAccess } from '../security/alarm.service.js';
import { trackRead } from '../security/read-alarm.service.js';
import { exportRowUnits } from '../security/read-weights.js';
import { AppError } from '../../platform/errors.js';
import { contextFor, redactRows } from '../../platform/records/field-redaction.js';
import { countRecords, listRecords, resolveSort } from './record-list.js';
import type { ListFilter } from './record-schema.js';
import { delimitedRow, vcardOf } from './record-export-formats.js';
import { narrowLayout } from './export-columns.js';
import { xlsxStream } from '../../platform/xlsx/xlsx-writer.js';

/** Export of a filtered list: CSV (UTF-8 with BOM), vCard or XLSX, a header row, formula-looking cells neutralised. */

const PAGE = 500;

export interface CsvExport {
  rows: number;
  chunks: AsyncIterable<string | Buffer>;
}

/** How the file is written: CSV with `,` or `;`, vCard (contacts) or XLSX; `columns` narrows it to a list's columns. */
export interface ExportShape { format: 'csv' | 'vcard' | 'xlsx'; delimiter: ',' | ';'; columns?: string[] }

/** The redacted cells of the filtered records, a page at a time. */
async function* cellPages(db: Kysely<Database>, actor: Actor, kind: RecordType, filter: ListFilter, ctx: RecordContext, layout: CsvLayout): AsyncGenerator<Array<Array<string | number | null>>> {
  let cursor: string | undefined;
  do {
    const page = await listRecords(db, actor, kind, filter, { limit: PAGE, cursor }, ctx, 'export');
    // Masked values export as their masks, hidden ones as nothing (decision 0027).
    if (page.rows.length > 0) yield await layout.cells(redactRows(actor, kind, page.rows));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const DECIMAL = /^-?\d{1,15}(\.\d+)?$/;

/**
 * The XLSX sheet's pages: the header, then the records, texts neutralised as CSV cells are. Custom
 * number fields (written as text for CSV) become number cells.
 */
async function* xlsxPages(pages: AsyncIterable<Array<Array<string | number | null>>>, headers: string[], defs: RecordContext['defs']): AsyncGenerator<Array<Array<string | number | null>>> {
  const numeric = new Set(headers.flatMap((h, i) => (defs.some((d) => d.type === 'number' && d.label === h) ? [i] : [])));
  yield [headers];
  for await (const page of pages) {
    yield page.map((row) => row.map((c, i) => (typeof c !== 'string' ? c : numeric.has(i) && DECIMAL.test(c) ? Number(c) : neutralizeFormula(c))));
  }
}

async function* csvChunks(pages: AsyncIterable<Array<Array<string | number | null>>>, layout: CsvLayout, shape: ExportShape): AsyncIterable<string> {
  const line = (cells: ReadonlyArray<string | number | null | undefined>) =>
    shape.format === 'vcard' ? vcardOf(layout.headers, cells) : shape.delimiter === ',' ? csvRow(cells) : delimitedRow(cells, shape.delimiter);
  if (shape.format === 'csv') yield CSV_BOM + line(layout.headers);
  for await (const page of pages) yield page.map(line).join('');
}

/**
 * Exports the records of the filtered list that the actor's export scope reaches. Every parameter
 * is checked before anything is counted, audited or sent: a bad sort is a 400, never a cut-off
 * file. Counts toward the exfiltration alarm (records and weighted units, decision 0024) and is
 * audited as `<type>.exported` with its size once the alarm let it through; an export refused for
 * want of the right, or by the alarm, is audited as `<type>.export_refused` with the reason.
 * @throws AppError forbidden (no export right) | validation_failed (filters, sort) | account_blocked (the alarm blocked the user)
 */
export async function exportRecords(db: Kysely<Database>, actor: Actor, kind: RecordType, filter: ListFilter, ctx: RecordContext, shape: ExportShape = { format: 'csv', delimiter: ',' }): Promise<CsvExport> {
  const who = { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId };
  const refused = (reason: string, rows?: number) =>
    audit(db, who, `${kind.entityType}.export_refused`, { entityType: kind.entityType, changes: { reason, filter, ...(rows === undefined ? {} : { rows }) } });
  try {
    authorize(actor, kind.module, 'export');
  } catch (error) {
    await refused('permission');
    throw error;
  }
  resolveSort(kind, filter.sort, ctx, isPostgres(db));
  const rows = await countRecords(db, actor, kind, filter, ctx, 'export');
  const visible = contextFor(actor, kind, ctx);
  // vCard reads its fields by header: it keeps them all.
  const layout = narrowLayout(kind.csv(db, actor, visible), shape.format === 'vcard' ? undefined : shape.columns, visible.defs);
  try {
    await trackAccess(db, actor, { kind: 'export', entityType: kind.entityType, count: rows });
    await trackRead(db, actor, { path: 'export', entityType: kind.entityType, rows, units: rows * exportRowUnits(layout.headers), detail: { filter } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'account_blocked') await refused('alarm', rows);
    throw error;
  }
  await audit(db, who, `${kind.entityType}.exported`, { entityType: kind.entityType, changes: { rows, filter, format: shape.format, ...(shape.columns ? { columns: layout.headers } : {}) } });
  const pages = cellPages(db, actor, kind, filter, ctx, layout);
  const chunks = shape.format === 'xlsx' ? xlsxStream(kind.plural, xlsxPages(pages, layout.headers, visible.defs), { header: true, timeZone: actor.timeZone }) : csvChunks(pages, layout, shape);
  return { rows, chunks };
}
