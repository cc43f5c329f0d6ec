import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { filePath } from '../../platform/files/file-store.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { ensureSubjectTypes, insertContact, lastActivityOf } from '../../../test/fixtures/timeline-subjects.js';
import { download, upload, utf8FileName } from '../../../test/fixtures/attachments.js';

ensureSubjectTypes();

const MAX = 64 * 1024;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-attachments-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const server = (dialect: (typeof DIALECTS)[number]) => testServer(dialect, { DATA_DIR: dataDir, ATTACHMENT_MAX_BYTES: String(MAX) });

async function team(s: TestServer) {
  const workspace = await s.build.workspace();
  const alice = await s.build.user({ workspace, role: 'manager', name: 'Алиса' });
  const contactId = await insertContact(s.handle.db, workspace.id, alice.id, 'Иван Петров');
  return { workspace, alice, contactId, client: await s.as(alice) };
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);

describe.each(DIALECTS)('attachments on %s', (dialect) => {
  it('round-trips a file with a Cyrillic name and stores the same bytes once', async () => {
    const s = await server(dialect);
    const { workspace, alice, contactId, client } = await team(s);
    const bytes = randomBytes(40_000);
    const name = 'Договор №5 (копия).pdf';
    const res = await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName: name }, bytes, 'application/pdf');
    expect(res.status).toBe(201);
    const a = res.body.attachment;
    expect(a).toEqual({
      id: expect.any(String), subjectType: 'contact', subjectId: contactId, fileName: name, contentType: 'application/pdf', size: bytes.length,
      uploadedBy: { id: alice.id, name: 'Алиса' }, createdAt: expect.any(String), previewable: true, abilities: { delete: true },
    });

    const file = await download(s, client, a.id);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-length']).toBe(String(bytes.length));
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(utf8FileName(String(file.headers['content-disposition']))).toBe(name);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toContain('sandbox');

    const again = await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName: 'копия.bin' }, bytes, 'application/octet-stream');
    expect(again.status).toBe(201);
    const rows = await s.handle.db.selectFrom('attachments').select('sha256').where('workspace_id', '=', workspace.id).execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.sha256).toBe(rows[1]!.sha256);
    const stored = filePath(dataDir, rows[0]!.sha256);
    expect(fs.readdirSync(path.dirname(stored))).toEqual([rows[0]!.sha256]);
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'files', 'tmp'))).toEqual([]);

    const list = (await client.get(`/api/v1/attachments?subjectType=contact&subjectId=${contactId}`)).body.items;
    expect(list.map((i: { fileName: string; previewable: boolean }) => [i.fileName, i.previewable])).toEqual([['копия.bin', false], [name, true]]);
    const feed = (await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`)).body.items;
    expect(feed.map((i: { id: string; kind: string; data: { fileName: string } }) => [i.id, i.kind, i.data.fileName])).toEqual([
      [again.body.attachment.id, 'attachment', 'копия.bin'], [a.id, 'attachment', name],
    ]);
    expect(await lastActivityOf(s.handle.db, 'contacts', contactId)).toBe(feed[0].occurredAt);
    expect(await listAuditEntries(s.handle.db, workspace.id, { action: 'attachment.created', entityId: a.id })).toHaveLength(1);
  });

  it('shows only images and PDFs inline, SVG and HTML never', async () => {
    const s = await server(dialect);
    const { contactId, client } = await team(s);
    const put = async (fileName: string, body: Buffer, type: string) =>
      (await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName }, body, type)).body.attachment;
    const png = await put('схема.png', PNG, 'image/png');
    const pdf = await put('счёт.pdf', Buffer.from('%PDF-1.4 test'), 'application/pdf');
    const svg = await put('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml');
    const html = await put('page.html', Buffer.from('<script>alert(1)</script>'), 'text/html; charset=utf-8');
    expect([png, pdf, svg, html].map((a) => a.previewable)).toEqual([true, true, false, false]);

    const image = await download(s, client, png.id, true);
    expect(image.headers['content-disposition']).toMatch(/^inline; /);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-security-policy']).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox");
    const doc = await download(s, client, pdf.id, true);
    expect(doc.headers['content-disposition']).toMatch(/^inline; /);
    expect(doc.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    for (const a of [svg, html]) {
      const res = await download(s, client, a.id, true);
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain('sandbox');
    }
    expect(html.contentType).toBe('text/html');
    // Without ?inline=1 even a picture downloads.
    expect((await download(s, client, png.id)).headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('refuses programs by name, declared type or content, and keeps nothing of them', async () => {
    const s = await server(dialect);
    const { workspace, contactId, client } = await team(s);
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(500)]);
    const cases: Array<[string, Buffer, string]> = [
      ['setup.exe', randomBytes(100), 'application/octet-stream'],
      ['installer.MSI', randomBytes(100), 'application/octet-stream'],
      ['invoice.pdf.js', Buffer.from('alert(1)'), 'application/pdf'],
      ['run.sh. . ', Buffer.from('rm -rf /'), 'text/plain'],
      ['notes.txt', randomBytes(100), 'application/x-msdownload'],
      ['report.pdf', exe, 'application/pdf'],
    ];
    for (const [fileName, body, type] of cases) {
      const res = await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName }, body, type);
      expect(res.status, fileName).toBe(400);
      expect(res.body.error.fields).toEqual({ file: 'blocked_type' });
    }
    expect(fs.existsSync(filePath(dataDir, (await import('node:crypto')).createHash('sha256').update(exe).digest('hex')))).toBe(false);
    expect(await s.handle.db.selectFrom('attachments').select('id').where('workspace_id', '=', workspace.id).execute()).toEqual([]);
  });

  it('answers 413 over the limit, streamed or declared, and refuses empty files and unusable names', async () => {
    const s = await server(dialect);
    const { contactId, client } = await team(s);
    const q = (fileName: string) => ({ subjectType: 'contact', subjectId: contactId, fileName });
    const declared = await upload(s, client, q('big.zip'), randomBytes(MAX + 1), 'application/zip');
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: 'payload_too_large', fields: { file: 'too_large' } });
    const chunks = Array.from({ length: 5 }, () => randomBytes(MAX / 4));
    const streamed = await upload(s, client, q('big.zip'), Readable.from(chunks), 'application/zip');
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.fields).toEqual({ file: 'too_large' });
    expect(fs.readdirSync(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
    expect((await upload(s, client, q('exact.bin'), randomBytes(MAX), 'application/octet-stream')).status).toBe(201);

    expect((await upload(s, client, q('empty.txt'), Buffer.alloc(0), 'text/plain')).body.error.fields).toEqual({ file: 'empty' });
    expect((await upload(s, client, q('empty.txt'), undefined)).body.error.fields).toEqual({ file: 'empty' });
    expect((await upload(s, client, q('\u0001\u0002/'), Buffer.from('x'), 'text/plain')).body.error.fields).toEqual({ fileName: 'required' });
    expect((await upload(s, client, q(`${'я'.repeat(256)}.txt`), Buffer.from('x'), 'text/plain')).body.error.fields).toEqual({ fileName: 'too_long' });
    expect((await upload(s, client, { subjectType: 'contact', subjectId: contactId }, Buffer.from('x'), 'text/plain')).body.error.fields).toEqual({ fileName: 'required' });

    const traversal = await upload(s, client, q('..\\..\\windows\\evil\u202Etxt.pdf'), Buffer.from('%PDF'), undefined);
    expect(traversal.status).toBe(201);
    expect(traversal.body.attachment).toMatchObject({ fileName: 'eviltxt.pdf', contentType: 'application/pdf' });
    // A JSON file is a file like any other, not a request body to parse.
    const json = await upload(s, client, q('data.json'), Buffer.from('{"a":'), 'application/json');
    expect(json.body.attachment).toMatchObject({ contentType: 'application/json', size: 5 });
  });

  it("keeps a colleague's files out of reach and lets only the uploader or a delete scope remove one", async () => {
    const s = await server(dialect);
    const { workspace, contactId, client } = await team(s);
    const bob = await s.build.user({ workspace, role: 'manager' });
    const reader = await s.build.user({ workspace, role: 'read_only' });
    const [asBob, asReader] = [await s.as(bob), await s.as(reader)];
    const a = (await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName: 'прайс.txt' }, Buffer.from('цены'), 'text/plain')).body.attachment;

    expect((await asBob.get(`/api/v1/attachments?subjectType=contact&subjectId=${contactId}`)).status).toBe(404);
    expect((await upload(s, asBob, { subjectType: 'contact', subjectId: contactId, fileName: 'x.txt' }, Buffer.from('x'), 'text/plain')).status).toBe(404);
    expect((await download(s, asBob, a.id)).status).toBe(404);
    expect((await asBob.delete(`/api/v1/attachments/${a.id}`)).status).toBe(404);

    const seen = await asReader.get(`/api/v1/attachments?subjectType=contact&subjectId=${contactId}`);
    expect(seen.body.items.map((i: { abilities: object }) => i.abilities)).toEqual([{ delete: false }]);
    expect((await download(s, asReader, a.id)).bytes.toString()).toBe('цены');
    expect((await upload(s, asReader, { subjectType: 'contact', subjectId: contactId, fileName: 'x.txt' }, Buffer.from('x'), 'text/plain')).status).toBe(403);
    expect((await asReader.delete(`/api/v1/attachments/${a.id}`)).status).toBe(403);

    expect((await client.delete(`/api/v1/attachments/${a.id}`)).status).toBe(204);
    expect((await client.get(`/api/v1/attachments?subjectType=contact&subjectId=${contactId}`)).body.items).toEqual([]);
    expect((await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`)).body.items).toEqual([]);
    expect((await download(s, client, a.id)).status).toBe(404);
    expect((await client.delete(`/api/v1/attachments/${a.id}`)).status).toBe(404);
    expect(await listAuditEntries(s.handle.db, workspace.id, { action: 'attachment.deleted', entityId: a.id })).toHaveLength(1);
    // Deleted rows keep their content: the record can still be restored from a backup of the database alone.
    const row = await s.handle.db.selectFrom('attachments').select('sha256').where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(fs.existsSync(filePath(dataDir, row.sha256))).toBe(true);
    expect((await download(s, client, '0190a0a0-0000-7000-8000-000000000001')).status).toBe(404);
  });
});
