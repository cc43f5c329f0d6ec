import { offsetAt } from '../time-zone.js';
import { ZipWriter } from './zip-writer.js';

/**
 * An XLSX writer for one sheet, streamed: rows come in pages, the sheet's XML goes into a deflated
 * ZIP entry as they come (decision 0033). Numbers stay numbers; `YYYY-MM-DD` texts become dates and
 * ISO timestamps date-times (in `timeZone`), each with a date format Excel shows in its locale; the
 * first row can be a bold header kept in view (frozen).
 */

export type XlsxCell = string | number | boolean | null | undefined;
type Rows = AsyncIterable<ReadonlyArray<ReadonlyArray<XlsxCell>>> | Iterable<ReadonlyArray<ReadonlyArray<XlsxCell>>>;

export interface XlsxOptions {
  /** The first row is a header: bold, frozen, its texts sizing the columns. */
  header?: boolean;
  /** The zone timestamps are shown in (UTC when absent). */
  timeZone?: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STYLE_DATE = 1;
const STYLE_DATETIME = 2;
const STYLE_HEADER = 3;
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** A column's letters from its 0-based index (0 → A, 26 → AA). */
export function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :`. */
export function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

function cellXml(value: XlsxCell, ref: string, timeZone: string | undefined, bold: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  const s = bold ? ` s="${STYLE_HEADER}"` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!bold) {
    const day = DAY.exec(value);
    if (day) {
      const ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
      if (Number.isFinite(ms) && ms >= Date.UTC(1900, 2, 1)) return `<c r="${ref}" s="${STYLE_DATE}"><v>${(ms - EPOCH) / MS_PER_DAY}</v></c>`;
    }
    if (INSTANT.test(value)) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms) && ms >= Date.UTC(1900, 2, 1)) {
        const local = ms + (timeZone ? offsetAt(ms, timeZone) : 0);
        return `<c r="${ref}" s="${STYLE_DATETIME}"><v>${Math.round((local - EPOCH) / 1000) / 86_400}</v></c>`;
      }
    }
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The sheet's XML, a page of rows at a time. */
async function* sheetXml(rows: Rows, options: XlsxOptions): AsyncGenerator<Buffer> {
  let r = 0;
  const start = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  let opened = false;
  for await (const page of rows as AsyncIterable<ReadonlyArray<ReadonlyArray<XlsxCell>>>) {
    let xml = '';
    for (const row of page) {
      r++;
      const header = options.header === true && r === 1;
      if (!opened) {
        opened = true;
        xml += start;
        if (options.header) {
          xml += '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
          xml += `<cols>${row.map((h, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(10, String(h ?? '').length + 4))}" customWidth="1"/>`).join('')}</cols>`;
        }
        xml += '<sheetData>';
      }
      xml += `<row r="${r}">${row.map((value, c) => cellXml(value, `${columnName(c)}${r}`, options.timeZone, header)).join('')}</row>`;
    }
    if (xml) yield Buffer.from(xml, 'utf8');
  }
  yield Buffer.from(`${opened ? '' : `${start}<sheetData>`}</sheetData></worksheet>`, 'utf8');
}

const STYLES = `<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>`
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>';

/** The workbook's parts around the sheet, as text. */
function parts(sheetName: string): Array<[string, string]> {
  return [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'],
    ['_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(safeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', STYLES],
  ];
}

/** An XLSX workbook of one sheet, as a stream of buffers; `rows` come in pages (arrays of rows). */
export async function* xlsxStream(sheetName: string, rows: Rows, options: XlsxOptions = {}): AsyncGenerator<Buffer> {
  const zip = new ZipWriter();
  for (const [name, text] of parts(sheetName)) yield* zip.entry(name, [Buffer.from(XML_HEAD + text, 'utf8')]);
  yield* zip.entry('xl/worksheets/sheet1.xml', sheetXml(rows, options));
  yield zip.finish();
}

/** A small workbook whole (a report's table): numbers stay numbers, null is an empty cell. */
export async function xlsxOf(sheetName: string, rows: ReadonlyArray<ReadonlyArray<XlsxCell>>, options: XlsxOptions = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(sheetName, [rows], options)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
