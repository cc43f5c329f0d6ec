import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheetRows } from '../../platform/xlsx/sheet-reader.js';
import { openWorkbook } from '../../platform/xlsx/workbook.js';
import { readZipText } from '../../platform/xlsx/zip-reader.js';
import { CsvParser } from '../imports/csv-parser.js';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-export-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.each(DIALECTS)('export formats on %s', (dialect) => {
  it('exports contacts as CSV with `;` and as vCard, neutralizing formulas; refuses vCard for companies', { timeout: 30_000 }, async () => {
    const s = await testServer(dialect);
    const { client } = await clientTeam(s, 'RU');
    const made = await client.post('/api/v1/contacts', {
      firstName: 'Пётр', lastName: 'Иванов', position: '=HYPERLINK("x"); boss', phones: [{ value: '+7 912 345-67-89' }], emails: [{ value: 'petr@example.ru' }], notes: 'line one\nline two',
    });
    expect(made.status).toBe(201);
    const csv = await client.get('/api/v1/contacts/export?delimiter=%3B&format=csv&locale=ru');
    expect(csv.status).toBe(200);
    const text = String(csv.body);
    const [header, row] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.startsWith('displayName;firstName;middleName;lastName;position;')).toBe(true);
    expect(row!.startsWith('Пётр Иванов;Пётр;;Иванов;"\'=HYPERLINK(""x""); boss";')).toBe(true);

    const vcf = await client.get('/api/v1/contacts/export?format=vcard');
    expect(vcf.status).toBe(200);
    const card = String(vcf.body);
    expect(card).toContain('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Пётр Иванов\r\nN:Иванов;Пётр;;;\r\n');
    expect(card).toContain('TEL;VALUE=uri:tel:+79123456789\r\nEMAIL:petr@example.ru\r\n');
    expect(card).toContain('NOTE:line one\\nline two\r\n');

    expect((await client.get('/api/v1/companies/export?format=vcard')).status).toBe(400);
  });

  it('exports the list\'s columns as XLSX that reads back as the CSV of the same columns, dates as dates, formulas neutralised', { timeout: 30_000 }, async () => {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    const { client } = await clientTeam(s, 'RU');
    const budget = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Budget', type: 'number' })).body.field;
    for (const body of [
      { firstName: 'Пётр', lastName: 'Иванов', position: '=HYPERLINK("x")', birthday: '1980-12-31', phones: [{ value: '+7 912 345-67-89' }], tags: ['vip', 'опт'], custom: { [budget.key]: 1500.5 } },
      { firstName: 'Anna', lastName: 'Smith', emails: [{ value: 'anna@example.com' }] },
    ]) expect((await client.post('/api/v1/contacts', body)).status).toBe(201);
    const query = `columns=phone,email,birthday,position,tags,nosuchcolumn,custom.${budget.key}&sort=name`;
    const xlsx = await s.app.inject({ method: 'GET', url: `/api/v1/contacts/export?format=xlsx&${query}`, headers: { cookie: `kt_session=${client.cookie('kt_session')}` } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/contacts-.*\.xlsx"$/);
    const file = path.join(dataDir, 'export.xlsx');
    fs.writeFileSync(file, xlsx.rawPayload);
    const sheet: string[][] = [];
    for await (const row of readSheetRows(await openWorkbook(file), 0)) sheet.push(row.cells);
    expect(sheet).toEqual([
      ['displayName', 'phones', 'emails', 'birthday', 'position', 'tags', 'Budget'],
      ['Anna Smith', '', 'anna@example.com'],
      ['Пётр Иванов', '\'+79123456789', '', '1980-12-31', '\'=HYPERLINK("x")', 'vip; опт', '1500.5'],
    ]);
    // The birthday is a date cell (a serial in the date style), the budget a number cell.
    const book = await openWorkbook(file);
    const xml = await readZipText(file, book.entries.get('xl/worksheets/sheet1.xml')!);
    expect(xml).toContain(`<c r="D3" s="1"><v>${(Date.UTC(1980, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000}</v></c>`);
    expect(xml).toContain('<c r="G3"><v>1500.5</v></c>');
    const csv = await client.get(`/api/v1/contacts/export?${query}`);
    const parser = new CsvParser(',');
    const csvRows = [...parser.push(String(csv.body).replace(/^\uFEFF/, '')), ...parser.end()].map((r) => r.cells);
    expect(csvRows.map((r) => r.slice(0, sheet[0]!.length))).toEqual(sheet.map((r) => [...r, ...Array(7 - r.length).fill('')]));
    expect((await client.get('/api/v1/contacts/export?columns=a;b')).status).toBe(400);
  });
});
