import fs from 'node:fs';
import iconv from 'iconv-lite';
import { AppError } from '../../platform/errors.js';
import { CsvParser, type SheetRow } from './csv-parser.js';
import { iconvLabel, type ImportEncoding, type ImportFormat } from './file-sniff.js';
import { htmlTableRows } from './html-table.js';
import { VcardParser, VCARD_HEADERS } from './vcard-parser.js';

export type { SheetRow } from './csv-parser.js';

/** How a stored upload is read: its format, encoding and (for CSV) delimiter. */
export interface TableLayout {
  format: ImportFormat;
  encoding: ImportEncoding;
  delimiter: string;
}

/** The upload's rows in order, streamed (only the HTML ".xls" is read whole); vCards come after a header row of their own. */
export async function* readTable(path: string, layout: TableLayout): AsyncGenerator<SheetRow> {
  if (layout.format === 'xlsx') throw new AppError('validation_failed', 'XLSX files cannot be read yet: save the sheet as CSV', { file: 'unsupported_file' });
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
