import { StringDecoder } from 'node:string_decoder';
import { decodeOoxmlEscapes, loadStringTable, StringTable } from './string-table.js';
import { attr, XmlScanner } from './xml-scanner.js';
import { openZipEntry, ZipError } from './zip-reader.js';
import { WorkbookError, type DateKind, type Workbook } from './workbook.js';

/**
 * One worksheet's rows, streamed: cells as text the way the importer reads CSV cells. Numbers keep
 * their digits, dates (by the cell's style) become `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or
 * `HH:MM:SS`, booleans `TRUE`/`FALSE`, formulas their cached value. A row whose formula has no
 * cached value carries the error `formula_no_value`. Rows with no value at all are left out.
 */

export interface XlsxRow {
  /** The sheet's 1-based row number. */
  line: number;
  cells: string[];
  error?: string;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** A cell's text stops here (as a CSV row does at a million characters). */
const MAX_CELL_CHARS = 1_000_000;
/** Excel's last column is XFD: a reference past it is no cell of a sheet (and would make a row of millions of blanks). */
const MAX_COLUMNS = 16_384;

/** A column's 0-based index from a cell reference (`C7` → 2), or -1. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === 0 ? -1 : n - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A serial date of the workbook's date system as text of its kind. */
export function serialToText(serial: number, kind: Exclude<DateKind, null>, date1904: boolean): string {
  // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are a day later.
  const base = date1904 ? EPOCH_1904 : serial < 60 ? EPOCH_1900 + MS_PER_DAY : EPOCH_1900;
  const ms = base + Math.round(serial * 86_400) * 1000;
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (kind === 'date') return day;
  if (kind === 'time') return serial < 1 ? time : `${day} ${time}`;
  return `${day} ${time}`;
}

/** A number as Excel shows it in General: at most 15 significant digits, no float noise. */
export function numberText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return String(Number(n.toPrecision(15)));
}

/** Text of a stream of UTF-8 buffers, multi-byte characters cut between chunks kept whole. */
async function* utf8(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) yield decoder.write(chunk as Buffer);
  } catch (err) {
    if (err instanceof ZipError || err instanceof WorkbookError) throw err;
    throw new WorkbookError('corrupt_zip', 'A part of the workbook cannot be inflated (the file is damaged or truncated)');
  }
  yield decoder.end();
}

interface CellState { column: number; type: string; style: number; value: string; inline: string; formula: boolean; hasValue: boolean }

/** Reads a sheet's XML into rows; a scanner handler that queues each finished row. */
class SheetParser {
  readonly rows: XlsxRow[] = [];
  readonly merged: string[] = [];
  private row: XlsxRow | null = null;
  private lastRow = 0;
  private nextColumn = 0;
  private cell: CellState | null = null;
  private capture: 'v' | 't' | null = null;
  private phonetic = false;
  readonly scanner = new XmlScanner(this);

  constructor(private readonly book: Workbook, private readonly strings: StringTable | null) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = Number(attr(attrs, 'r'));
        this.lastRow = Number.isInteger(r) && r > 0 ? r : this.lastRow + 1;
        this.row = { line: this.lastRow, cells: [] };
        this.nextColumn = 0;
        break;
      }
      case 'c': {
        const ref = attr(attrs, 'r');
        const column = ref ? columnIndex(ref) : -1;
        this.cell = { column: column >= 0 ? column : this.nextColumn, type: attr(attrs, 't') ?? 'n', style: Number(attr(attrs, 's') ?? 0), value: '', inline: '', formula: false, hasValue: false };
        break;
      }
      case 'v': if (this.cell && !selfClosing) { this.capture = 'v'; this.cell.hasValue = true; } break;
      case 'f': if (this.cell) this.cell.formula = true; break;
      case 'rPh': this.phonetic = !selfClosing; break;
      case 't': if (this.cell && !selfClosing && !this.phonetic) this.capture = 't'; break;
      case 'mergeCell': { const ref = attr(attrs, 'ref'); if (ref && this.merged.length < 1000) this.merged.push(ref); break; }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v': case 't': this.capture = null; break;
      case 'rPh': this.phonetic = false; break;
      case 'c': this.endCell(); break;
      case 'row': this.endRow(); break;
    }
  }

  text(text: string): void {
    if (!this.capture || !this.cell) return;
    if (this.capture === 'v') { if (this.cell.value.length < MAX_CELL_CHARS) this.cell.value += text; }
    else if (this.cell.inline.length < MAX_CELL_CHARS) this.cell.inline += text;
  }

  private endCell(): void {
    const cell = this.cell;
    this.cell = null;
    if (!cell || !this.row) return;
    this.nextColumn = cell.column + 1;
    if (cell.formula && !cell.hasValue) this.row.error = 'formula_no_value';
    const text = this.cellText(cell);
    if (text === '' || cell.column >= MAX_COLUMNS) return;
    const cells = this.row.cells;
    while (cells.length < cell.column) cells.push('');
    cells[cell.column] = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
  }

  private cellText(cell: CellState): string {
    const v = cell.value.trim();
    switch (cell.type) {
      case 's': return v === '' ? '' : (this.strings?.get(Number(v)) ?? '');
      case 'inlineStr': return decodeOoxmlEscapes(cell.inline);
      case 'str': case 'e': return decodeOoxmlEscapes(cell.value);
      case 'b': return v === '' ? '' : v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
      case 'd': return v.replace('T', ' ').replace(/(\.\d+)?Z?$/, '').replace(/ 00:00:00$/, '');
      default: {
        if (v === '') return '';
        const kind = this.book.styles[cell.style] ?? null;
        const n = Number(v);
        return kind && Number.isFinite(n) && n >= 0 ? serialToText(n, kind, this.book.date1904) : numberText(v);
      }
    }
  }

  private endRow(): void {
    const row = this.row;
    this.row = null;
    if (row && (row.error || row.cells.some((c) => c !== ''))) this.rows.push(row);
  }
}

/**
 * The rows of the sheet at `index` of the workbook (0: the first), streamed. Stopping early (a
 * `break`) releases the shared strings' temporary file. `merged` receives the merged ranges
 * (`A2:A4`) once the rows are read to the end (they follow the data).
 * @throws WorkbookError when a part cannot be read
 */
export async function* readSheetRows(book: Workbook, index: number, merged: string[] = []): AsyncGenerator<XlsxRow> {
  const sheet = book.sheets[index];
  if (!sheet) throw new WorkbookError('not_xlsx', 'The workbook has no such sheet');
  const strings = book.sharedStrings ? await loadStringTable(utf8(openZipEntry(book.path, book.sharedStrings))) : null;
  try {
    const parser = new SheetParser(book, strings);
    for await (const text of utf8(openZipEntry(book.path, book.entries.get(sheet.part)!))) {
      parser.scanner.push(text);
      while (parser.rows.length > 0) yield parser.rows.shift()!;
    }
    merged.push(...parser.merged);
  } finally {
    strings?.close();
  }
}

/**
 * The merged ranges of a sheet, read without parsing its cells: the inflated XML is searched for
 * the end of the data and only what follows is scanned.
 */
export async function sheetMergedRanges(book: Workbook, index: number): Promise<string[]> {
  const sheet = book.sheets[index];
  if (!sheet) return [];
  const merged: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attrs) => { const ref = attr(attrs, 'ref'); if (name === 'mergeCell' && ref && merged.length < 1000) merged.push(ref); },
    close: () => {}, text: () => {},
  });
  let tail = '';
  let after = false;
  for await (const text of utf8(openZipEntry(book.path, book.entries.get(sheet.part)!))) {
    if (after) { scanner.push(text); continue; }
    const joined = tail + text;
    const end = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/.exec(joined);
    if (end) { after = true; scanner.push(joined.slice(end.index + end[0].length)); }
    else tail = joined.slice(-32);
  }
  return merged;
}
