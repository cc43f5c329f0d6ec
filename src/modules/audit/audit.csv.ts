/** The byte-order mark that makes Excel read the file as UTF-8 (Cyrillic stays readable). */
export const CSV_BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula; audit data carries user-typed text (names, browsers). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text a spreadsheet would run as a formula, prefixed with `'` so it stays text (CSV and XLSX exports alike). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 cell: quoted when needed, quotes doubled, formula starts neutralised with `'`. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line with its CRLF ending. */
export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
