import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { seedCompany, seedContact, seedLink, seedWorkspace } from '../../../test/fixtures/client-rows.js';
import { testServer } from '../../../test/server.js';
import * as nameKeysMigration from '../../db/migrations/2026-12-07-0030-name-keys.js';
import * as typoKeysMigration from '../../db/migrations/2026-12-08-0700-name-typo-keys.js';
import { now } from '../../platform/clock.js';
import type { Job } from '../../platform/jobs/jobs.registry.js';
import { NAMES_REKEY_JOB, namesRekeyHandler } from '../contacts/client-rekey.js';

type Group = { score: number; reasons: string[]; records: Array<{ title: string }> };
const summary = (groups: Group[]) => groups.map((g) => [g.score, g.reasons, g.records.map((r) => r.title).sort()]);

describe.each(DIALECTS)('name keys in duplicate detection on %s', (dialect) => {
  it('groups companies that differ only by legal form, quotes or script', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const workspace = await seedWorkspace(db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);
    for (const name of ['ООО «Ромашка»', 'Ромашка', 'АО Ромашка', 'Техно ЕООД', 'Техно', 'Acme Ltd', 'ACME', 'Ромашка Плюс']) await seedCompany(db, workspace, { ownerId: admin.id, name });

    const res = await client.get('/api/v1/duplicates?entity=company');
    expect(res.status).toBe(200);
    expect(summary(res.body.groups).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      [40, ['name'], ['ACME', 'Acme Ltd']],
      [40, ['name'], ['АО Ромашка', 'ООО «Ромашка»', 'Ромашка']],
      [40, ['name'], ['Техно', 'Техно ЕООД']],
    ]);
    const check = await client.post('/api/v1/duplicates/check', { entity: 'company', name: 'Общество с ограниченной ответственностью "Ромашка"' });
    expect(check.body.items.map((i: { title: string }) => i.title).sort()).toEqual(['АО Ромашка', 'ООО «Ромашка»', 'Ромашка']);
  });

  it('groups people at one company whose names differ by order, patronymic, ё or transliteration', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const workspace = await seedWorkspace(db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);
    const acme = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Acme' });
    const people = ['Иванов Петр', 'Пётр Иванов', 'Georgi Shterev', 'Георги Щерев', 'Анна Сергеевна Кузнецова', 'Кузнецова Анна', 'Иван Петров'];
    for (const displayName of people) await seedLink(db, workspace, await seedContact(db, workspace, { ownerId: admin.id, displayName }), acme);
    // A namesake elsewhere is not at the same company: not grouped by name alone.
    await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Пётр Иванов' });

    const res = await client.get('/api/v1/duplicates?entity=contact');
    expect(summary(res.body.groups).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      [70, ['name'], ['Georgi Shterev', 'Георги Щерев']],
      [70, ['name'], ['Анна Сергеевна Кузнецова', 'Кузнецова Анна']],
      [70, ['name'], ['Иванов Петр', 'Пётр Иванов']],
    ]);
  });

  it('rekeys existing records in a job the migration queues per workspace', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const workspace = await seedWorkspace(db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    const person = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Пётр Иванов' });
    const company = await seedCompany(db, workspace, { ownerId: admin.id, name: 'ООО «Ромашка»', taxId: 'BG 175074752' });
    // Keys as the previous key functions wrote them.
    await db.updateTable('contacts').set({ name_key: 'petr ivanov' }).where('id', '=', person).execute();
    await db.updateTable('companies').set({ name_key: 'ooo romashka', tax_id_key: 'BG175074752' }).where('id', '=', company).execute();

    await nameKeysMigration.up(db);
    await nameKeysMigration.up(db);
    const jobs = await db.selectFrom('jobs').select(['type', 'status']).where('workspace_id', '=', workspace.id).where('type', '=', NAMES_REKEY_JOB).execute();
    expect(jobs).toEqual([{ type: NAMES_REKEY_JOB, status: 'queued' }]);

    const job: Job = { id: 'job', type: NAMES_REKEY_JOB, payload: null, workspaceId: workspace.id, attempts: 1, maxAttempts: 5, runAt: now(), uniqueKey: null, createdAt: now() };
    await namesRekeyHandler()(job, { db, logger: silentLogger(), workerId: 'test' });
    expect(await db.selectFrom('contacts').select(['name_key', 'version']).where('id', '=', person).executeTakeFirst()).toEqual({ name_key: 'ivanov petr', version: 1 });
    expect(await db.selectFrom('companies').select(['name_key', 'tax_id_key']).where('id', '=', company).executeTakeFirst()).toEqual({ name_key: 'romashka', tax_id_key: '175074752' });
    // The derived rows are rebuilt too: the sound key is a blocking key and a search token.
    expect(await db.selectFrom('contact_points').select('value').where('entity_id', '=', person).where('kind', '=', 'sound' as never).execute()).toEqual([{ value: 'fnf ptr' }]);
    expect((await db.selectFrom('search_documents').select('text').where('entity_id', '=', person).executeTakeFirstOrThrow()).text).toContain('~fnf~');

    await nameKeysMigration.down(db);
    expect(await db.selectFrom('jobs').select('id').where('type', '=', NAMES_REKEY_JOB).where('status', '=', 'queued').execute()).toEqual([]);
  });

  it('gives existing people the typo blocking keys in the rekey job the migration queues once', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const workspace = await seedWorkspace(db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    const person = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Пётр Иванов' });
    const nameKeys = async () => (await db.selectFrom('contact_points').select('value').where('entity_id', '=', person).where('kind', '=', 'name' as never).execute()).map((r) => r.value);
    // Keys as the previous key function wrote them.
    await db.deleteFrom('contact_points').where('entity_id', '=', person).where('kind', '=', 'name' as never).execute();
    await db.insertInto('contact_points').values(['ivanov|p', 'petr|i'].map((value) => ({ workspace_id: workspace.id, entity_type: 'contact', entity_id: person, kind: 'name', value })) as never).execute();

    await typoKeysMigration.up(db);
    await typoKeysMigration.up(db);
    const jobs = await db.selectFrom('jobs').select(['unique_key']).where('workspace_id', '=', workspace.id).where('type', '=', NAMES_REKEY_JOB).where('status', '=', 'queued').execute();
    expect(jobs.map((j) => j.unique_key)).toContain(`names.rekey:typos:${workspace.id}`);
    expect(jobs.filter((j) => String(j.unique_key).startsWith('names.rekey:typos:'))).toHaveLength(1);

    const job: Job = { id: 'job', type: NAMES_REKEY_JOB, payload: null, workspaceId: workspace.id, attempts: 1, maxAttempts: 5, runAt: now(), uniqueKey: null, createdAt: now() };
    await namesRekeyHandler()(job, { db, logger: silentLogger(), workerId: 'test' });
    // The first letter dropped ("Уванов") and the surname's deletion neighbourhood ("Ивонов").
    expect(await nameKeys()).toEqual(expect.arrayContaining(['ivanov|p', 'petr|i', 'vanov|p', 'ivnov|p']));
    await typoKeysMigration.down(db);
    expect(await db.selectFrom('jobs').select('id').where('unique_key', 'like', 'names.rekey:typos:%').where('status', '=', 'queued').execute()).toEqual([]);
  });
});
