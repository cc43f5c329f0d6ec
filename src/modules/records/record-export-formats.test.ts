import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('export formats on %s', (dialect) => {
  it('exports contacts as CSV with `;` and as vCard, neutralizing formulas; refuses vCard for companies and XLSX for now', { timeout: 30_000 }, async () => {
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
    expect((await client.get('/api/v1/contacts/export?format=xlsx')).body.error.fields).toEqual({ format: 'not_supported' });
  });
});
