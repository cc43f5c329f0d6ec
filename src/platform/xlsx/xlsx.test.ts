import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, cell, row } from '../../../test/fixtures/xlsx-fixture.js';
import { readSheetRows, sheetMergedRanges, serialToText, type XlsxRow } from './sheet-reader.js';
import { StringTable } from './string-table.js';
import { dateKindOfFormat, openWorkbook, WorkbookError } from './workbook.js';
import { xlsxStream } from './xlsx-writer.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-xlsx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const save = (bytes: Buffer) => {
  const file = path.join(tmp, `book${n++}.xlsx`);
  fs.writeFileSync(file, bytes);
  return file;
};

async function rowsOf(file: string, sheet = 0): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of readSheetRows(await openWorkbook(file), sheet)) out.push(r);
  return out;
}

describe('reading XLSX', () => {
  it('reads shared and inline strings, numbers, booleans, dates by style, cached formulas and sparse cells', async () => {
    const file = save(await buildXlsx({
      sharedStrings: ['Name', 'Phone', 'Born', 'Score', 'VIP', 'Иван Петров', 'A & B <co>'],
      styleFormats: [0, 14, 164, 22, 165],
      customFormats: { 164: 'dd.mm.yyyy;@', 165: '"Total: "0.00' },
      sheets: [{
        name: 'Contacts',
        rows: row(1, cell.s('A1', 0), cell.s('B1', 1), cell.s('C1', 2), cell.s('D1', 3), cell.s('E1', 4))
          + row(2, cell.s('A2', 5), cell.n('B2', '79161234567'), cell.n('C2', 45657, 1), cell.n('D2', '0.30000000000000004', 4), cell.b('E2', true))
          + row(3, cell.str('A3', 'Анна'), cell.n('C3', '45657.75', 3), cell.f('D3', 'SUM(D2:D2)', '12.5', 'n'))
          // Row 7 (rows 4-6 absent): only A and E are present; C holds a date in a custom format.
          + row(7, cell.s('A7', 6), cell.n('C7', 1, 2), cell.b('E7', false), cell.str('ZZZZZZ7', 'beyond the last column')),
      }],
    }));
    expect(await rowsOf(file)).toEqual([
      { line: 1, cells: ['Name', 'Phone', 'Born', 'Score', 'VIP'] },
      { line: 2, cells: ['Иван Петров', '79161234567', '2024-12-31', '0.3', 'TRUE'] },
      { line: 3, cells: ['Анна', '', '2024-12-31 18:00:00', '12.5'] },
      { line: 7, cells: ['A & B <co>', '', '1900-01-01', '', 'FALSE'] },
    ]);
  });

  it('counts dates from 1904 in a 1904 workbook and reports a formula without a cached value', async () => {
    const file = save(await buildXlsx({
      date1904: true, styleFormats: [0, 14],
      sheets: [{ name: 'S', rows: row(1, cell.str('A1', 'd'), cell.str('B1', 'f')) + row(2, cell.n('A2', 44195, 1), cell.f('B2', 'A2+1')) }],
    }));
    const rows = await rowsOf(file);
    expect(rows[1]).toEqual({ line: 2, cells: ['2024-12-31'], error: 'formula_no_value' });
  });

  it('lists sheets in workbook order, reads the one asked for and finds merged ranges; tolerates prefixed elements', async () => {
    const file = save(await buildXlsx({
      prefix: 'x',
      sheets: [
        { name: 'Notes', rows: row(1, cell.str('A1', 'nothing here')) },
        { name: 'Data', rows: row(1, cell.str('A1', 'Company'), cell.str('B1', 'City')) + row(2, cell.str('A2', 'Acme'), cell.str('B2', 'Sofia')) + row(3, cell.str('B3', 'Plovdiv')), merged: ['A2:A3'] },
      ],
    }));
    const book = await openWorkbook(file);
    expect(book.sheets.map((s) => s.name)).toEqual(['Notes', 'Data']);
    expect(await rowsOf(file, 1)).toEqual([
      { line: 1, cells: ['Company', 'City'] }, { line: 2, cells: ['Acme', 'Sofia'] }, { line: 3, cells: ['', 'Plovdiv'] },
    ]);
    expect(await sheetMergedRanges(book, 1)).toEqual(['A2:A3']);
  });

  it('leaves no file open when a reader stops early', async () => {
    const file = save(await buildXlsx({ sharedStrings: ['a'], sheets: [{ name: 'S', rows: Array.from({ length: 3000 }, (_, i) => row(i + 1, cell.s(`A${i + 1}`, 0), cell.str(`B${i + 1}`, 'x'.repeat(50)))).join('') }] }));
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) for await (const _row of readSheetRows(await openWorkbook(file), 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open()).toBeLessThanOrEqual(before + 2);
  });

  it('refuses a truncated archive, a ZIP that is no workbook and garbage', async () => {
    const good = await buildXlsx({ sheets: [{ name: 'S', rows: row(1, cell.str('A1', 'x')) }] });
    const reason = async (bytes: Buffer) => openWorkbook(save(bytes)).then(() => 'opened', (err: unknown) => (err instanceof WorkbookError ? err.reason : String(err)));
    expect(await reason(good.subarray(0, good.length - 40))).toBe('not_zip');
    expect(await reason(Buffer.from('PK\u0003\u0004 not really a zip at all'))).toBe('not_zip');
    const { ZipWriter } = await import('./zip-writer.js');
    const zip = new ZipWriter();
    const parts: Buffer[] = [];
    for await (const c of zip.entry('word/document.xml', [Buffer.from('<w:document/>')])) parts.push(c);
    parts.push(zip.finish());
    expect(await reason(Buffer.concat(parts))).toBe('not_xlsx');
  });

  it('recognizes date formats and converts serials of both systems', () => {
    expect(['dd.mm.yyyy', 'mmm d', '[$-409]d-mmm-yy;@', 'yyyy-mm-dd hh:mm', 'h:mm AM/PM', '[h]:mm:ss', '0.00', '"days" 0', '#,##0 [$₽-419]', 'General', '[Red]0.0'].map(dateKindOfFormat))
      .toEqual(['date', 'date', 'date', 'datetime', 'time', 'time', null, null, null, null, null]);
    expect(serialToText(1, 'date', false)).toBe('1900-01-01');
    expect(serialToText(61, 'date', false)).toBe('1900-03-01');
    expect(serialToText(0, 'date', true)).toBe('1904-01-01');
    expect(serialToText(0.5, 'time', false)).toBe('12:00:00');
  });

  it('spills a large string table to disk and reads it back', () => {
    const table = new StringTable();
    const texts = Array.from({ length: 3_000 }, (_, i) => `строка ${i} ${'x'.repeat(1_400 + (i % 200))}`);
    for (const t of texts) table.add(t);
    try {
      expect(table.size).toBe(texts.length);
      for (const i of [0, 1, 1_234, 2_999, 1_500, 2]) expect(table.get(i)).toBe(texts[i]);
      expect(table.get(3_000)).toBe('');
    } finally {
      table.close();
    }
  });
});

describe('writing XLSX', () => {
  it('streams pages into a workbook the reader reads back: numbers, dates, timestamps in the zone, text', async () => {
    async function* pages() {
      yield [['name', 'amount', 'born', 'created', 'ok']];
      yield [['=cmd|x', 1234.5, '1990-05-17', '2024-06-01T21:30:00.000Z', true], ['Ünïcode "q" <tag> & co', -3, null, '', false]];
    }
    const chunks: Buffer[] = [];
    for await (const c of xlsxStream('Contacts', pages(), { header: true, timeZone: 'Europe/Sofia' })) chunks.push(c);
    const file = save(Buffer.concat(chunks));
    const book = await openWorkbook(file);
    expect(book.sheets).toEqual([{ name: 'Contacts', part: 'xl/worksheets/sheet1.xml' }]);
    expect(await rowsOf(file)).toEqual([
      { line: 1, cells: ['name', 'amount', 'born', 'created', 'ok'] },
      { line: 2, cells: ['=cmd|x', '1234.5', '1990-05-17', '2024-06-02 00:30:00', 'TRUE'] },
      { line: 3, cells: ['Ünïcode "q" <tag> & co', '-3', '', '', 'FALSE'] },
    ]);
  });
});
