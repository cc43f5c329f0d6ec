import fs from 'node:fs';
import iconv from 'iconv-lite';
import { AppError } from '../../platform/errors.js';
import { readSheetRows, sheetMergedRanges } from '../../platform/xlsx/sheet-reader.js';
import { openWorkbook, WorkbookError, type Workbook } from '../../platform/xlsx/workbook.js';
import { CsvParser, type SheetRow } from './csv-parser.js';
import { iconvLabel, type ImportEncoding, type ImportFormat } from './file-sniff.js';
import { htmlTableRows } from './html-table.js';
import { VcardParser, VCARD_HEADERS } from './vcard-parser.js';

export type { SheetRow } from './csv-parser.js';

/** How a stored upload is read: its format, encoding, (CSV) delimiter and (XLSX) sheet index. */
export interface TableLayout {
  format: ImportFormat;
  encoding: ImportEncoding;
  delimiter: string;
  sheet?: number;
}

/** The upload's rows in order, streamed (only the HTML ".xls" is read whole); vCards come after a header row of their own. @throws AppError validation_failed (file: invalid_xlsx) */
export async function* readTable(path: string, layout: TableLayout): AsyncGenerator<SheetRow> {
  if (layout.format === 'xlsx') {
    try {
      // A sheet leaves trailing empty cells out: rows are as wide as the widest before them (the header), not ragged.
      let width = 0;
      for await (const row of readSheetRows(await openUpload(path), layout.sheet ?? 0)) {
        width = Math.max(width, row.cells.length);
        while (row.cells.length < width) row.cells.push('');
        yield row;
      }
    } catch (err) {
      throw workbookAppError(err);
    }
    return;
  }
  const decoded = fs.createReadStream(path).pipe(iconv.decodeStream(iconvLabel(layout.encoding), { stripBOM: true }));
  if (layout.format === 'xls-html') {
    let html = '';
    for await (const chunk of decoded) html += chunk as string;
    yield* htmlTableRows(html);
    return;
  }
  if (layout.format === 'vcard') yield { line: 0, cells: [...VCARD_HEADERS] };
  const parser = layout.format === 'vcard' ? new VcardParser() : new CsvParser(layout.delimiter);
  for await (const chunk of decoded) yield* parser.push(chunk as string);
  yield* parser.end();
}

const WORKBOOK_ERRORS: Record<WorkbookError['reason'], string> = {
  not_zip: 'The file is not a complete XLSX workbook (it may be truncated): save it again and upload it whole',
  corrupt_zip: 'The XLSX workbook is damaged and cannot be read',
  not_xlsx: 'This archive is not an Excel workbook: upload an .xlsx file',
};

function workbookAppError(err: unknown): unknown {
  if (!(err instanceof WorkbookError)) return err;
  return new AppError('validation_failed', WORKBOOK_ERRORS[err.reason], { file: err.reason === 'not_xlsx' ? 'unsupported_file' : 'invalid_xlsx' });
}

/** An uploaded XLSX opened, or a 400 saying what is wrong with it. @throws AppError validation_failed (file: invalid_xlsx | unsupported_file) */
export async function openUpload(path: string): Promise<Workbook> {
  try {
    return await openWorkbook(path);
  } catch (err) {
    throw workbookAppError(err);
  }
}

/** What the wizard shows of a workbook: its sheets, the one read, and that sheet's merged ranges. */
export interface WorkbookSettings { sheets: string[]; sheet: number; merged: string[] }

/**
 * Reads an uploaded workbook's sheets and the merged ranges of `sheet`; without one, the sheet read
 * is the first that has rows (a cover sheet is passed over).
 * @throws AppError validation_failed (file: invalid_xlsx | unsupported_file)
 */
export async function inspectWorkbook(path: string, sheet?: number): Promise<WorkbookSettings> {
  const book = await openUpload(path);
  try {
    let chosen = sheet ?? 0;
    if (sheet === undefined) {
      for (let i = 0; i < book.sheets.length; i++) {
        let found = false;
        for await (const _row of readSheetRows(book, i)) { found = true; break; }
        if (found) { chosen = i; break; }
      }
    }
    return { sheets: book.sheets.map((s) => s.name), sheet: chosen, merged: await sheetMergedRanges(book, chosen) };
  } catch (err) {
    throw workbookAppError(err);
  }
}

/** The header row and the first `sampleSize` data rows after it (the rest of the file is not read). */
export async function readHead(path: string, layout: TableLayout, headerRow: number, sampleSize = 20): Promise<{ headers: string[]; sample: string[][] }> {
  let index = 0;
  let headers: string[] = [];
  const sample: string[][] = [];
  for await (const row of readTable(path, layout)) {
    if (index === headerRow) headers = row.cells.map((c) => c.trim());
    else if (index > headerRow) sample.push(row.cells);
    index++;
    if (sample.length >= sampleSize) break;
  }
  return { headers, sample };
}

/** The 0-based row that most looks like headers among the first rows: the first with as many non-empty, non-numeric cells as the widest row. */
export function guessHeaderRow(rows: string[][]): number {
  const width = Math.max(0, ...rows.slice(0, 10).map((r) => r.filter((c) => c.trim() !== '').length));
  const index = rows.slice(0, 10).findIndex((r) => r.filter((c) => c.trim() !== '' && !/^[\d\s.,+-]+$/.test(c)).length >= Math.max(1, width - 1));
  return Math.max(0, index);
}
