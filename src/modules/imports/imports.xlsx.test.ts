import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { upload } from '../../../test/fixtures/imports-kit.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { buildXlsx, cell, row } from '../../../test/fixtures/xlsx-fixture.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { registerImportJobs } from './import-run.job.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-imports-xlsx-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Days of the 1904 date system for a day. */
const serial1904 = (day: string) => (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1904, 0, 1)) / 86_400_000;

/**
 * A 1904 workbook as another CRM exports it: a cover sheet first, the contacts on the second
 * with shared strings, a phone stored as a number, a birthday as a styled date, an email from a
 * formula (cached), a company merged over two rows, a sparse row, and a formula never calculated.
 */
const contactsBook = () => buildXlsx({
  date1904: true,
  styleFormats: [0, 14],
  sharedStrings: ['Полное имя контакта', 'Мобильный телефон', 'Email', 'Дата рождения', 'Компания', 'Иванов Пётр', 'ООО Ромашка'],
  sheets: [
    { name: 'Cover', rows: row(1, cell.str('A1', 'Exported from amoCRM')) },
    {
      name: 'Contacts',
      rows: row(1, cell.s('A1', 0), cell.s('B1', 1), cell.s('C1', 2), cell.s('D1', 3), cell.s('E1', 4))
        + row(2, cell.s('A2', 5), cell.n('B2', 79161234567), cell.str('C2', 'Petr@Example.ru'), cell.n('D2', serial1904('1980-12-31'), 1), cell.s('E2', 6))
        + row(3, cell.str('A3', 'Анна Смирнова'), cell.str('B3', '8 (912) 000-11-22'), cell.f('C3', 'LOWER("ANNA@EXAMPLE.RU")', 'anna@example.ru'))
        + row(5, cell.str('A5', 'Олег Кузнецов'), cell.str('C5', 'oleg@example.ru'))
        + row(6, cell.str('A6', 'Formula Person'), cell.f('B6', 'CONCAT("+7", "916")')),
      merged: ['E2:E3'],
    },
  ],
});

describe.each(DIALECTS)('XLSX imports on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });

  it('reads a workbook through draft, sheet choice, preview, run and undo like a CSV, with merged cells and formulas said per row', { timeout: 60_000 }, async () => {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    const { workspace, client } = await clientTeam(s, 'RU');
    const up = await upload(s, client, 'contacts', 'amo.xlsx', await contactsBook());
    expect(up.status).toBe(201);
    const imp = up.body.import;
    expect(imp).toMatchObject({ format: 'xlsx', workbook: { sheets: ['Cover', 'Contacts'], sheet: 0, merged: [] }, headers: ['Exported from amoCRM'] });

    const bad = await client.patch(`/api/v1/imports/${imp.id}`, { version: 1, sheet: 5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ sheet: 'unknown_sheet' });
    const picked = await client.patch(`/api/v1/imports/${imp.id}`, { version: 1, sheet: 1 });
    expect(picked.status).toBe(200);
    expect(picked.body.import).toMatchObject({
      headerRow: 0, source: 'amocrm', workbook: { sheet: 1, merged: ['E2:E3'] },
      headers: ['Полное имя контакта', 'Мобильный телефон', 'Email', 'Дата рождения', 'Компания'],
      mapping: [{ column: 0, field: 'fullName' }, { column: 1, field: 'phones' }, { column: 2, field: 'emails' }, { column: 3, field: 'birthday' }, { column: 4, field: 'company' }],
    });
    expect(picked.body.import.sample[0]).toEqual(['Иванов Пётр', '79161234567', 'Petr@Example.ru', '1980-12-31', 'ООО Ромашка']);

    const preview = (await client.get(`/api/v1/imports/${imp.id}/preview`)).body.rows;
    expect(preview.map((r: { line: number }) => r.line)).toEqual([2, 3, 5, 6]);
    expect(preview[0].values).toMatchObject({ phones: ['+79161234567'], emails: ['petr@example.ru'], birthday: '1980-12-31', company: 'ООО Ромашка' });
    expect(preview[1].notes).toEqual([{ column: 4, code: 'merged_cell', message: expect.stringContaining('E2') }]);
    expect(preview[1].values).toMatchObject({ phones: ['+79120001122'], emails: ['anna@example.ru'] });
    expect(preview[2].errors).toEqual([]);
    expect(preview[3].errors.map((e: { code: string }) => e.code)).toEqual(['formula_no_value']);

    expect((await client.post(`/api/v1/imports/${imp.id}/run`, { version: 2 })).status).toBe(202);
    worker = new JobWorker({ db: s.handle.db, dialect, logger: silentLogger(), pollMs: 20 });
    registerImportJobs(worker.registry, dataDir);
    worker.start();
    const done = await eventually(async () => {
      const res = await client.get(`/api/v1/imports/${imp.id}`);
      expect(res.body.import.status).toBe('done');
      return res.body.import;
    }, 30_000, 20);
    expect(done.counts).toEqual({ total: 4, created: 3, updated: 0, skipped: 0, failed: 1 });
    const people = await s.handle.db.selectFrom('contacts').select(['last_name', 'birthday']).where('workspace_id', '=', workspace.id).execute();
    expect(people.sort((a, b) => String(a.last_name).localeCompare(String(b.last_name)))).toEqual([
      { last_name: 'Анна', birthday: null }, { last_name: 'Иванов', birthday: '1980-12-31' }, { last_name: 'Олег', birthday: null },
    ]);
    const failed = await s.app.inject({ method: 'GET', url: `/api/v1/imports/${imp.id}/failed.csv`, headers: { cookie: `kt_session=${client.cookie('kt_session')}` } });
    expect(failed.body.replace(/^\uFEFF/, '').trim().split('\r\n')[1]).toMatch(/^Formula Person,.*row: A formula has no saved value/);

    expect((await client.post(`/api/v1/imports/${imp.id}/undo`, {})).status).toBe(202);
    await eventually(async () => {
      expect((await client.get(`/api/v1/imports/${imp.id}`)).body.import.status).toBe('undone');
    }, 30_000, 20);
    const left = await s.handle.db.selectFrom('contacts').select('id').where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).execute();
    expect(left).toEqual([]);
  });

  it('refuses a truncated workbook, a ZIP that is no workbook, a password-protected one and a legacy .xls up front', { timeout: 30_000 }, async () => {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    const { client } = await clientTeam(s, 'RU');
    const good = await contactsBook();
    const refusal = async (name: string, bytes: Buffer) => {
      const res = await upload(s, client, 'contacts', name, bytes);
      return [res.status, res.body.error?.fields];
    };
    expect(await refusal('cut.xlsx', good.subarray(0, Math.floor(good.length * 0.7)))).toEqual([400, { file: 'invalid_xlsx' }]);
    const doc = await buildXlsx({ sheets: [] }).catch(() => null);
    expect(doc).not.toBeNull();
    expect(await refusal('letter.xlsx', doc!)).toEqual([400, { file: 'unsupported_file' }]);
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024 + 0);
    expect(await refusal('locked.xlsx', cfb)).toEqual([400, { file: 'encrypted_file' }]);
    const legacy = Buffer.from(cfb.subarray(0, 1024));
    expect(await refusal('old.xls', legacy)).toEqual([400, { file: 'unsupported_file' }]);
    expect((await upload(s, client, 'contacts', 'old.xls', legacy)).body.error.message).toMatch(/legacy binary Excel/);
  });
});
