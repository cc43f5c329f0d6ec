import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { testServer } from '../../../test/server.js';
import { now } from '../../platform/clock.js';
import type { Job } from '../../platform/jobs/jobs.registry.js';
import { scoreEvidence, evidenceBits } from './duplicate-evidence.js';
import { duplicatesRebuildHandler } from './duplicate-pairs.jobs.js';
import { DUPLICATES_REBUILD_JOB } from './duplicate-pairs.service.js';

type Pair = { a: { title: string }; b: { title: string }; score: number; evidence: string[]; details: Array<{ kind: string; value?: string }>; reappeared: boolean };
const titles = (p: Pair) => [p.a.title, p.b.title].sort().join(' + ');

describe('duplicate evidence scores', () => {
  it('makes a name alone weak, a name with context strong, and shared values never a match', () => {
    expect(scoreEvidence(evidenceBits(['name']))).toBe(40);
    expect(scoreEvidence(evidenceBits(['name', 'company']))).toBe(75);
    expect(scoreEvidence(evidenceBits(['name', 'birthday']))).toBe(80);
    expect(scoreEvidence(evidenceBits(['sound']))).toBe(25);
    expect(scoreEvidence(evidenceBits(['name_typo']))).toBe(35);
    expect(scoreEvidence(evidenceBits(['name_typo', 'company']))).toBe(72);
    expect(scoreEvidence(evidenceBits(['nickname', 'birthday']))).toBe(70);
    expect(scoreEvidence(evidenceBits(['name_initial', 'domain']))).toBe(73);
    // Two different people behind one number: a household or a desk, never a likely match.
    expect(scoreEvidence(evidenceBits(['phone', 'other_name']))).toBe(60);
    expect(scoreEvidence(evidenceBits(['shared_email', 'other_name']))).toBe(20);
    expect(scoreEvidence(evidenceBits(['phone', 'name']))).toBe(93);
    expect(scoreEvidence(evidenceBits(['shared_email']))).toBe(20);
    expect(scoreEvidence(evidenceBits(['tax_id', 'phone', 'email', 'name', 'domain']))).toBe(99);
  });
});

describe.each(DIALECTS)('duplicate pairs over the whole base on %s', (dialect) => {
  it('keeps pairs on write, ranks them by score across evidence, and pages and filters them', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'RU');
    const add = async (body: Record<string, unknown>) => (await client.post('/api/v1/contacts', body)).body.contact as { id: string; version: number };
    await add({ displayName: 'Мария Соколова', phones: [{ value: '+7 912 111-22-33' }] });
    await add({ displayName: 'Maria Sokolova', phones: [{ value: '89121112233' }] });
    await add({ displayName: 'Яна Орлова', emails: [{ value: 'yana@orlovy.ru' }] });
    await add({ displayName: 'Jana O.', emails: [{ value: 'YANA@orlovy.ru' }] });
    await add({ displayName: 'John Williams', birthday: '1980-05-01' });
    await add({ displayName: 'Джон Уильямс', birthday: '1980-05-01' });
    // A shared mailbox on three people and a generic one on two: weak evidence, never listed.
    for (const name of ['Олег Зуев', 'Анна Белова', 'Пётр Лис']) await add({ displayName: name, emails: [{ value: 'team@acme.test' }] });
    for (const name of ['Игорь Ким', 'Ирина Ли']) await add({ displayName: name, emails: [{ value: 'office@beta.test' }] });

    const first = await client.get('/api/v1/duplicates/pairs?entity=contact&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((p: Pair) => [titles(p), p.score, p.evidence])).toEqual([
      ['Maria Sokolova + Мария Соколова', 93, ['phone', 'name']],
      ['Jana O. + Яна Орлова', 93, ['email', 'name_initial']],
    ]);
    expect(first.body.items[0].details).toEqual(expect.arrayContaining([{ kind: 'phone', value: '79121112233', text: 'Same phone +79121112233' }]));
    const second = await client.get(`/api/v1/duplicates/pairs?entity=contact&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((p: Pair) => [titles(p), p.score, p.evidence])).toEqual([['John Williams + Джон Уильямс', 70, ['sound', 'birthday']]]);
    expect(second.body.nextCursor).toBeNull();

    const stored = await server.handle.db.selectFrom('duplicate_pairs' as never).select(['score' as never, 'evidence' as never]).where('workspace_id' as never, '=', workspace.id as never).execute();
    // The weak pairs are stored (3 from the shared mailbox, 1 from office@) but stay off the list.
    expect(stored.filter((p) => Number((p as { score: number }).score) === 20)).toHaveLength(4);

    expect((await client.get('/api/v1/duplicates/pairs?entity=contact&evidence=email')).body.items.map(titles)).toEqual(['Jana O. + Яна Орлова']);
    expect((await client.get('/api/v1/duplicates/pairs?entity=contact&evidence=phone,name')).body.items.map(titles)).toEqual(['Maria Sokolova + Мария Соколова']);
    expect((await client.get('/api/v1/duplicates/pairs?entity=contact&evidence=colour')).status).toBe(400);
    expect((await client.get('/api/v1/duplicates/pairs?entity=contact&cursor=bogus')).body.error.fields).toEqual({ cursor: 'invalid' });

    // A manager who sees only their own records sees no pair of the admin's; their own pair appears, filterable by owner.
    const manager = await member(server, workspace, 'manager');
    expect((await manager.client.get('/api/v1/duplicates/pairs?entity=contact')).body.items).toEqual([]);
    await manager.client.post('/api/v1/contacts', { displayName: 'Олег Петров', phones: [{ value: '+7 903 555-44-33' }] });
    await manager.client.post('/api/v1/contacts', { displayName: 'Oleg P.', phones: [{ value: '8 903 555 44 33' }] });
    expect((await manager.client.get('/api/v1/duplicates/pairs?entity=contact')).body.items.map(titles)).toEqual(['Oleg P. + Олег Петров']);
    expect((await client.get(`/api/v1/duplicates/pairs?entity=contact&ownerId=${manager.user.id}`)).body.items.map(titles)).toEqual(['Oleg P. + Олег Петров']);
  });

  it('dismisses a pair undoably, brings it back marked when an edit adds evidence, and drops deleted records', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'RU');
    const a = (await client.post('/api/v1/contacts', { displayName: 'Яна Орлова', emails: [{ value: 'yana@orlovy.ru' }], phones: [{ value: '+7 912 000-11-22' }] })).body.contact;
    const b = (await client.post('/api/v1/contacts', { displayName: 'Jana O.', emails: [{ value: 'yana@orlovy.ru' }] })).body.contact;
    const list = async () => (await client.get('/api/v1/duplicates/pairs?entity=contact')).body.items as Pair[];
    expect((await list()).map((p) => [titles(p), p.reappeared])).toEqual([['Jana O. + Яна Орлова', false]]);

    expect((await client.post('/api/v1/duplicates/dismissals', { entity: 'contact', aId: b.id, bId: a.id })).status).toBe(204);
    expect(await list()).toEqual([]);
    expect((await client.delete(`/api/v1/duplicates/dismissals?entity=contact&aId=${a.id}&bId=${b.id}`)).status).toBe(204);
    expect((await list()).map(titles)).toEqual(['Jana O. + Яна Орлова']);
    expect((await client.delete(`/api/v1/duplicates/dismissals?entity=contact&aId=${a.id}&bId=${b.id}`)).status).toBe(404);

    await client.post('/api/v1/duplicates/dismissals', { entity: 'contact', aId: a.id, bId: b.id });
    // An edit that adds no new kind of evidence keeps it dismissed; a shared phone brings it back, marked.
    const edited = (await client.patch(`/api/v1/contacts/${b.id}`, { position: 'CEO', version: b.version })).body.contact;
    expect(await list()).toEqual([]);
    await client.patch(`/api/v1/contacts/${b.id}`, { phones: [{ value: '89120001122' }], version: edited.version });
    expect((await list()).map((p) => [titles(p), p.evidence, p.reappeared])).toEqual([['Jana O. + Яна Орлова', ['phone', 'email', 'name_initial'], true]]);

    expect((await client.delete(`/api/v1/contacts/${a.id}?version=${a.version}`)).status).toBe(204);
    expect(await list()).toEqual([]);
    expect((await client.post('/api/v1/duplicates/dismissals', { entity: 'contact', aId: a.id, bId: b.id })).status).toBe(404);
  });

  it('pairs companies by tax id, legal-form-free name and website domain', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'RU');
    for (const body of [
      { name: 'ООО «Ромашка»', taxId: '7707083893' },
      { name: 'Romashka LLC', taxId: 'RU 7707083893' },
      { name: 'Техно', website: 'https://www.techno.bg/about' },
      { name: 'Tehno Trade', website: 'techno.bg' },
    ]) expect((await client.post('/api/v1/companies', body)).status).toBe(201);
    const res = await client.get('/api/v1/duplicates/pairs?entity=company');
    expect(res.body.items.map((p: Pair) => [titles(p), p.score, p.evidence])).toEqual([
      ['Romashka LLC + ООО «Ромашка»', 98, ['tax_id', 'name']],
      ['Tehno Trade + Техно', 60, ['domain']],
    ]);
  });

  it('rebuilds the pairs in a job that a second request does not start again', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'RU');
    await client.post('/api/v1/contacts', { displayName: 'Мария Соколова', phones: [{ value: '+7 912 111-22-33' }] });
    await client.post('/api/v1/contacts', { displayName: 'Мария С.', phones: [{ value: '89121112233' }] });
    const db = server.handle.db;
    await db.deleteFrom('duplicate_pairs' as never).execute();
    expect((await client.get('/api/v1/duplicates/pairs?entity=contact')).body.items).toEqual([]);

    const one = await client.post('/api/v1/duplicates/rebuild', { entity: 'contact' });
    const two = await client.post('/api/v1/duplicates/rebuild', { entity: 'contact' });
    expect([one.status, two.status]).toEqual([202, 202]);
    expect(two.body.jobId).toBe(one.body.jobId);
    // The screen follows it through the jobs API: records rechecked of the type's live records.
    expect((await client.get(`/api/v1/jobs/${one.body.jobId}`)).body.job).toMatchObject({ kind: DUPLICATES_REBUILD_JOB, state: 'queued', total: 2, done: 0 });
    const job: Job = { id: one.body.jobId, type: DUPLICATES_REBUILD_JOB, payload: { entity: 'contact' }, workspaceId: workspace.id, attempts: 1, maxAttempts: 5, runAt: now(), uniqueKey: null, createdAt: now() };
    await duplicatesRebuildHandler({ batch: 1 })(job as Job<{ entity?: unknown }>, { db, logger: silentLogger(), workerId: 'test' });
    const listed = (await client.get('/api/v1/duplicates/pairs?entity=contact')).body.items;
    expect(listed.map(titles)).toEqual(['Мария С. + Мария Соколова']);
    // Each side carries what a person compares before merging.
    for (const side of [listed[0].a, listed[0].b]) {
      expect(side).toMatchObject({ phones: ['+79121112233'], emails: [], subtitle: null });
      expect(Date.parse(side.createdAt)).not.toBeNaN();
    }
    expect((await client.get(`/api/v1/jobs/${one.body.jobId}`)).body.job).toMatchObject({ state: 'done', total: 2, done: 2, result: { records: 2 } });
    // Run again (a redelivery), a finished rebuild does nothing and keeps its figures.
    await db.deleteFrom('duplicate_pairs' as never).execute();
    await duplicatesRebuildHandler()(job as Job<{ entity?: unknown }>, { db, logger: silentLogger(), workerId: 'test' });
    expect((await client.get('/api/v1/duplicates/pairs?entity=contact')).body.items).toEqual([]);
    expect((await client.get(`/api/v1/jobs/${one.body.jobId}`)).body.job).toMatchObject({ state: 'done', done: 2 });
  });
});
