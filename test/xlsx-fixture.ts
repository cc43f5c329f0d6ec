import { ZipWriter } from '../src/platform/xlsx/zip-writer.js';

/**
 * Builds XLSX files for tests from hand-written parts: shared strings, styles, several sheets,
 * the 1904 date system, merged cells, formulas — what Excel writes, in the shapes the reader meets.
 */

export interface FixtureSheet {
  name: string;
  /** The `<sheetData>` rows. */
  rows: string;
  /** Merged ranges (`A2:A3`). */
  merged?: string[];
}

export interface FixtureBook {
  sheets: FixtureSheet[];
  sharedStrings?: string[];
  /** `cellXfs` number format ids, style index 0 first. */
  styleFormats?: number[];
  customFormats?: Record<number, string>;
  date1904?: boolean;
  /** Prefix every SpreadsheetML element (`x:`), as some generators do. */
  prefix?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell: `s` a shared string index, `n` a number, `str` an inline string, `f` a formula with an optional cached value. */
export const cell = {
  s: (ref: string, index: number, style?: number) => `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${index}</v></c>`,
  n: (ref: string, value: number | string, style?: number) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`,
  str: (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`,
  b: (ref: string, value: boolean) => `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`,
  f: (ref: string, formula: string, cached?: string, type = 'str') => `<c r="${ref}"${cached === undefined ? '' : ` t="${type}"`}><f>${esc(formula)}</f>${cached === undefined ? '' : `<v>${esc(cached)}</v>`}</c>`,
};

export const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;

function prefixed(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, (_, slash: string, name: string, after: string) => `<${slash}${prefix}:${name}${after}`)
    .replace(/xmlns="/g, `xmlns:${prefix}="`);
}

/** The workbook as bytes. */
export async function buildXlsx(book: FixtureBook): Promise<Buffer> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const p = (xml: string) => prefixed(xml, book.prefix);
  const files: Array<[string, string]> = [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ['_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', p(`<workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${book.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('')}</sheets></workbook>`)],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets.map((_, i) => `<Relationship Id="rId${i + 10}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ['xl/styles.xml', p(`<styleSheet xmlns="${main}"><numFmts>${Object.entries(book.customFormats ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs>${(book.styleFormats ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0"><alignment wrapText="1"/></xf>`).join('')}</cellXfs></styleSheet>`)],
  ];
  if (book.sharedStrings) files.push(['xl/sharedStrings.xml', p(`<sst xmlns="${main}" count="${book.sharedStrings.length}">${book.sharedStrings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`)]);
  book.sheets.forEach((s, i) => files.push([`xl/worksheets/sheet${i + 1}.xml`, p(`<worksheet xmlns="${main}"><sheetData>${s.rows}</sheetData>${s.merged?.length ? `<mergeCells count="${s.merged.length}">${s.merged.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''}</worksheet>`)]));
  const zip = new ZipWriter();
  const chunks: Buffer[] = [];
  for (const [name, text] of files) for await (const chunk of zip.entry(name, [Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`, 'utf8')])) chunks.push(chunk);
  chunks.push(zip.finish());
  return Buffer.concat(chunks);
}
