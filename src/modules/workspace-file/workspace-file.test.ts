import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDatabase } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { upload } from '../../../test/fixtures/attachments.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { columnKinds } from './column-kinds.js';
import { exportWorkspace, fileValue } from './workspace-export.js';
import { importWorkspace } from './workspace-import.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-wsfile-'));
  dirs.push(dir);
  return dir;
};
const handles: DatabaseHandle[] = [];
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function exportLines(handle: DatabaseHandle, dataDir: string, workspaceId?: string): Promise<string[]> {
  const lines: string[] = [];
  await exportWorkspace(handle.db, { dataDir, workspaceId, write: (line) => { lines.push(line); } });
  return lines;
}

async function* feed(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function importInto(dialect: 'sqlite' | 'postgres', lines: string[], dataDir: string) {
  const handle = await emptyDatabase(dialect);
  handles.push(handle);
  const summary = await importWorkspace(handle.db, { dataDir, lines: feed(lines) });
  return { handle, summary };
}

/** The file without what differs by design: the header's dialect and time. */
const comparable = (lines: string[]) => [JSON.stringify({ ...JSON.parse(lines[0]!), dialect: null, exportedAt: null }), ...lines.slice(1)];

/** A small but varied workspace, written through the API: every kind of value the file must carry. */
async function seed(s: TestServer) {
  const { workspace, client } = await clientTeam(s, 'BG');
  const sales = (await client.post('/api/v1/departments', { name: 'Продажби' })).body.department;
  expect((await client.post('/api/v1/departments', { name: 'Sofia', parentId: sales.id })).status).toBe(201);
  const field = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Бюджет', type: 'number' })).body.field;
  const company = (await client.post('/api/v1/companies', { name: 'Ромашка ООД', phones: [{ value: '+359888123456' }] })).body.company;
  const contact = (await client.post('/api/v1/contacts', {
    firstName: 'Иван', lastName: 'Петров', phones: [{ value: '0888 765 432' }], emails: [{ value: 'ivan@example.bg' }],
    tags: ['vip', 'ключов'], custom: { [field.key]: 1250.5 }, birthday: '1980-02-29',
  })).body.contact;
  expect(contact.id).toBeTruthy();
  await client.post(`/api/v1/contacts/${contact.id}/companies`, { companyId: company.id });
  expect((await client.patch(`/api/v1/contacts/${contact.id}`, { position: 'Директор', version: contact.version })).status).toBe(200);
  expect((await client.post('/api/v1/deals', { title: 'Доставка', amount: 1_234_567, currency: 'BGN', companyId: company.id })).status).toBe(201);
  expect((await client.post('/api/v1/activities', { kind: 'task', title: 'Обаждане', dueAt: '2026-12-10T09:00:00+02:00', contactId: contact.id })).status).toBe(201);
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(130_000, 7)]);
  expect((await upload(s, client, { subjectType: 'contact', subjectId: contact.id, fileName: 'договор.pdf' }, bytes, 'application/pdf')).status).toBe(201);
  return { workspace, bytes };
}

describe('whole-workspace file', () => {
  it('moves a workspace from SQLite to PostgreSQL and back with identical data, attachments included', { timeout: 120_000 }, async () => {
    const sourceDir = tempDir();
    const s = await testServer('sqlite', { DATA_DIR: sourceDir });
    const { bytes } = await seed(s);
    const first = await exportLines(s.handle, sourceDir);
    const tables = first.filter((l) => l.startsWith('{"table"')).map((l) => JSON.parse(l).table as string);
    for (const t of ['workspaces', 'users', 'departments', 'contacts', 'companies', 'deals', 'activities', 'custom_fields', 'record_versions', 'audit_log', 'attachments', 'search_documents']) expect(tables).toContain(t);
    expect(tables).not.toContain('sessions');
    expect(tables.indexOf('users')).toBeGreaterThan(tables.indexOf('departments'));
    expect(first.some((l) => l.startsWith('{"blob"'))).toBe(true);

    const pgDir = tempDir();
    const pg = await importInto('postgres', first, pgDir);
    expect(pg.summary.blobs).toBe(1);
    expect(pg.summary.rows.contacts).toBe(1);
    const second = await exportLines(pg.handle, pgDir);
    expect(JSON.parse(second[0]!).dialect).toBe('postgres');
    expect(comparable(second)).toEqual(comparable(first));

    const backDir = tempDir();
    const back = await importInto('sqlite', second, backDir);
    const third = await exportLines(back.handle, backDir);
    expect(comparable(third)).toEqual(comparable(first));
    const stored = fs.readdirSync(path.join(backDir, 'files'), { recursive: true }).map(String).find((f) => /[0-9a-f]{64}$/.test(f));
    expect(fs.readFileSync(path.join(backDir, 'files', stored!))).toEqual(bytes);
    // The search index was written the target's way: the moved contact is found by its phone's digits.
    const { rows } = await sql<{ n: number }>`select count(*) as n from search_fts where search_fts match ${'"765432"'}`.execute(back.handle.db);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('refuses a non-empty target, a newer schema and a corrupt line, leaving nothing behind', { timeout: 60_000 }, async () => {
    const sourceDir = tempDir();
    const s = await testServer('sqlite', { DATA_DIR: sourceDir });
    const { workspace } = await clientTeam(s);
    const lines = await exportLines(s.handle, sourceDir, workspace.id);

    const full = await emptyDatabase('sqlite');
    handles.push(full);
    await importWorkspace(full.db, { dataDir: tempDir(), lines: feed(lines) });
    await expect(importWorkspace(full.db, { dataDir: tempDir(), lines: feed(lines) })).rejects.toThrow(/not empty/);

    const newer = [JSON.stringify({ ...JSON.parse(lines[0]!), schemaVersion: '2999-01-01-0000-future' }), ...lines.slice(1)];
    await expect(importInto('sqlite', newer, tempDir())).rejects.toThrow(/line 1: the file was exported by a newer Kartoteka/);

    const usersAt = lines.findIndex((l) => l.startsWith('{"table":"users"'));
    const corrupt = [...lines];
    corrupt[usersAt + 1] = corrupt[usersAt + 1]!.slice(0, 20);
    const target = await emptyDatabase('sqlite');
    handles.push(target);
    await expect(importWorkspace(target.db, { dataDir: tempDir(), lines: feed(corrupt) })).rejects.toThrow(`line ${usersAt + 2}: not valid JSON`);
    expect(await target.db.selectFrom('workspaces').select('id').execute()).toEqual([]);

    const cut = lines.slice(0, -1);
    await expect(importWorkspace(target.db, { dataDir: tempDir(), lines: feed(cut) })).rejects.toThrow(/cut short/);
    expect(await target.db.selectFrom('workspaces').select('id').execute()).toEqual([]);
  });

  it('writes values one way whatever the database: JSON with sorted keys, times in milliseconds UTC, booleans as true/false', () => {
    expect(JSON.stringify(fileValue('{"b":1,"a":[{"d":1,"c":"ж"}]}', 'json', 't.c'))).toBe('{"a":[{"c":"ж","d":1}],"b":1}');
    expect(JSON.stringify(fileValue({ b: 1, a: null }, 'json', 't.c'))).toBe('{"a":null,"b":1}');
    expect(fileValue('2026-12-08T03:00:00+03:00', 'time', 't.c')).toBe('2026-12-08T00:00:00.000Z');
    expect([fileValue(1, 'boolean', 't.c'), fileValue(0, 'boolean', 't.c'), fileValue(true, 'boolean', 't.c')]).toEqual([true, false, true]);
    expect(fileValue(12n, undefined, 't.c')).toBe(12);
    expect(() => fileValue(Buffer.from('x'), undefined, 't.c')).toThrow(/binary/);
  });

  it('knows the JSON, time and boolean columns from the migrations exactly as PostgreSQL declares them', { timeout: 60_000 }, async () => {
    const pg = await emptyDatabase('postgres');
    handles.push(pg);
    await migrateToLatest(pg.db);
    const { rows } = await sql<{ t: string; c: string; type: string }>`
      select table_name as t, column_name as c, data_type as type from information_schema.columns
      where table_schema = current_schema() and data_type in ('jsonb', 'timestamp with time zone', 'boolean')`.execute(pg.db);
    const kindOf: Record<string, string> = { jsonb: 'json', 'timestamp with time zone': 'time', boolean: 'boolean' };
    const declared = rows.map((r) => `${r.t}.${r.c}:${kindOf[r.type]}`).sort();
    const kinds = await columnKinds();
    const replayed = [...kinds].flatMap(([t, cols]) => [...cols].map(([c, k]) => `${t}.${c}:${k}`)).sort();
    expect(replayed).toEqual(declared);
  });
});
