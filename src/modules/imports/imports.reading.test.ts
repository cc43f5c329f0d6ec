import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvParser } from './csv-parser.js';
import { decodeHead, detectDelimiter, detectEncoding, detectFormat } from './file-sniff.js';
import { detectSource, suggestMapping, type ImportEntity } from './header-aliases.js';
import { planRow } from './import-rows.js';
import { parseAmount, parseDay, splitFullName } from './import-values.js';
import { readHead, readTable } from './table-reader.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/imports');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-import-read-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Sniffs a file as the upload does and reads its header and sample. */
async function sniff(file: string, bytes = fs.readFileSync(file)) {
  const format = detectFormat(bytes, path.basename(file));
  if (!format) throw new Error(`${file} is no table`);
  const encoding = detectEncoding(bytes);
  const delimiter = format === 'csv' ? detectDelimiter(decodeHead(bytes, encoding)) : ',';
  const head = await readHead(file, { format, encoding, delimiter }, 0);
  return { format, encoding, delimiter, ...head, source: detectSource(head.headers) };
}

const mapped = (entity: ImportEntity, headers: string[]) => Object.fromEntries(suggestMapping(entity, headers).filter((m) => m.field).map((m) => [headers[m.column], m.field]));

describe('reading import files', () => {
  it('recognizes each CRM layout and maps its headers', async () => {
    const amo = await sniff(path.join(FIXTURES, 'amocrm-contacts.csv'));
    expect(amo).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', source: 'amocrm' });
    expect(mapped('contacts', amo.headers!)).toEqual({
      'Полное имя контакта': 'fullName', 'Рабочий телефон': 'phones', 'Мобильный телефон': 'phones', 'Рабочий email': 'emails',
      'Компания': 'company', 'Ответственный': 'owner', 'Теги': 'tags', 'Дата рождения': 'birthday',
    });
    const bitrix = await sniff(path.join(FIXTURES, 'bitrix24-contacts.csv'));
    expect(bitrix.source).toBe('bitrix24');
    expect(mapped('contacts', bitrix.headers!)).toMatchObject({ ID: 'externalId', 'Имя': 'firstName', 'Фамилия': 'lastName', 'Отчество': 'middleName', 'Рабочий e-mail': 'emails' });
    const pipedrive = await sniff(path.join(FIXTURES, 'pipedrive-persons.csv'));
    expect(pipedrive.source).toBe('pipedrive');
    expect(mapped('contacts', pipedrive.headers!)).toEqual({ 'Person - Name': 'fullName', 'Person - Phone': 'phones', 'Person - Email': 'emails', 'Organization - Name': 'company', 'Person - Labels': 'tags' });
    const hubspot = await sniff(path.join(FIXTURES, 'hubspot-contacts.csv'));
    expect(hubspot).toMatchObject({ delimiter: ',', source: 'hubspot' });
    expect(mapped('contacts', hubspot.headers!)).toMatchObject({ 'Record ID': 'externalId', 'First Name': 'firstName', 'Phone Number': 'phones', 'Company Name': 'company', 'Contact owner': 'owner' });
    const salesforce = await sniff(path.join(FIXTURES, 'salesforce-Contact.csv'));
    expect(salesforce.source).toBe('salesforce');
    expect(mapped('contacts', salesforce.headers!)).toMatchObject({ Id: 'externalId', FirstName: 'firstName', LastName: 'lastName', Title: 'position', MailingCity: 'city' });
    const google = await sniff(path.join(FIXTURES, 'google-contacts.csv'));
    expect(google.source).toBe('google');
    expect(mapped('contacts', google.headers!)).toMatchObject({ 'Given Name': 'firstName', 'Family Name': 'lastName', 'E-mail 1 - Value': 'emails', 'Phone 1 - Value': 'phones' });
    const tsv = await sniff(path.join(FIXTURES, 'plain.tsv'));
    expect(tsv).toMatchObject({ delimiter: '\t', headers: ['name', 'phone', 'email'], sample: [['Acme', '+1 212 555 0100', 'info@acme.com']] });
  });

  it('reads Windows-1251, KOI8-R and UTF-16 files, an HTML .xls and vCards', async () => {
    const utf8 = fs.readFileSync(path.join(FIXTURES, 'amocrm-contacts.csv'), 'utf8');
    for (const encoding of ['windows-1251', 'koi8-r'] as const) {
      const file = path.join(tmp, `${encoding}.csv`);
      fs.writeFileSync(file, iconv.encode(utf8, encoding));
      const read = await sniff(file);
      expect(read).toMatchObject({ encoding, delimiter: ';', source: 'amocrm' });
      expect(read.sample![0]![0]).toBe('Иванов Пётр Сергеевич');
    }
    const utf16 = path.join(tmp, 'utf16.csv');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf8, 'utf-16le')]));
    expect(await sniff(utf16)).toMatchObject({ format: 'csv', encoding: 'utf-16le', source: 'amocrm' });

    const xls = await sniff(path.join(FIXTURES, 'bitrix24-companies.xls'));
    expect(xls).toMatchObject({ format: 'xls-html', headers: ['Название компании', 'ИНН', 'Телефон'] });
    expect(xls.sample![0]).toEqual(['ООО «Вектор»', '7707083893', '+7 495 111-22-33']);
    expect(mapped('companies', xls.headers!)).toEqual({ 'Название компании': 'name', 'ИНН': 'taxId', 'Телефон': 'phones' });

    const vcf = await sniff(path.join(FIXTURES, 'contacts.vcf'));
    expect(vcf.format).toBe('vcard');
    expect(vcf.sample).toHaveLength(3);
    const [first, second, third] = vcf.sample!;
    const col = (name: string) => vcf.headers!.indexOf(name);
    expect([first![col('N:family')], first![col('N:given')], first![col('TEL')], first![col('ORG')]]).toEqual(['Иванов', 'Пётр', '+7 912 345 67 89', 'Ромашка']);
    expect(first![col('NOTE')]).toBe('Длинная заметка, перенесённая на вторую строку');
    expect(second![col('TEL')]).toBe('+1-415-555-0111');
    expect([third![col('N:family')], third![col('N:given')]]).toEqual(['Петров', 'Олег']);
  });

  it('refuses binary files whatever their name and reports ragged rows and open quotes per row', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100, 7)]);
    expect(detectFormat(png, 'contacts.csv')).toBeNull();
    expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls')).toBeNull();

    const parser = new CsvParser(',');
    const rows = [...parser.push('name,phone\n"Smith, J",1\n"multi\nline",2\nragged\n"open,3\nmore'), ...parser.end()];
    expect(rows.map((r) => [r.line, r.cells, r.error])).toEqual([
      [1, ['name', 'phone'], undefined],
      [2, ['Smith, J', '1'], undefined],
      [3, ['multi\nline', '2'], undefined],
      [5, ['ragged'], undefined],
      [6, ['open,3\nmore'], 'unclosed_quote'],
    ]);
    const plan = planRow('contacts', rows[3]!, 2, [{ column: 0, field: 'fullName' }, { column: 1, field: 'phones' }], { country: 'RU', owners: new Map() });
    expect(plan.errors.map((e) => e.code)).toEqual(['ragged_row']);

    const broken = path.join(tmp, 'broken.vcf');
    fs.writeFileSync(broken, 'BEGIN:VCARD\nFN:Ok Person\nEND:VCARD\nBEGIN:VCARD\nFN:Broken\nNOTE:first half\nsecond half without a fold\nEND:VCARD\n');
    const cards = [];
    for await (const row of readTable(broken, { format: 'vcard', encoding: 'utf-8', delimiter: ',' })) cards.push(row);
    expect(cards.slice(1).map((c) => c.error)).toEqual([undefined, 'broken_line']);
  });

  it('reads dates, amounts and names as other systems write them', () => {
    expect(['31.12.2024 18:05:00', '2024-12-31', '12/31/2024', '2024-12-31T18:05:00Z', '31.02.2024', 'soon'].map(parseDay))
      .toEqual(['2024-12-31', '2024-12-31', '2024-12-31', '2024-12-31', null, null]);
    expect(['1 234 567,89 ₽', '$1,234.50', '1.234,50 €', '1000', '-15,5', 'n/a'].map(parseAmount)).toEqual(['1234567.89', '1234.50', '1234.50', '1000', '-15.5', null]);
    expect(splitFullName('Иванов Пётр Сергеевич')).toEqual({ lastName: 'Иванов', firstName: 'Пётр', middleName: 'Сергеевич' });
    expect(splitFullName('Jane Q Doe')).toEqual({ firstName: 'Jane', middleName: 'Q', lastName: 'Doe' });
  });
});
