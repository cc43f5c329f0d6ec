import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { composeName, composedOrder, defaultNameOrder, personSortName } from '../../platform/text/name-order.js';
import { reorderedNames, reorderWorkspaceNames } from './client-name-order.js';

describe('name order', () => {
  const parts = { firstName: 'Сергей', middleName: 'Андреевич', lastName: 'Кузнецов' };

  it('composes in either order, tells which one a name was made in, and sorts by surname in both', () => {
    expect(composeName(parts, 'surname_first')).toBe('Кузнецов Сергей Андреевич');
    expect(composeName(parts, 'first_surname')).toBe('Сергей Андреевич Кузнецов');
    expect(composedOrder('Кузнецов Сергей Андреевич', parts)).toBe('surname_first');
    expect(composedOrder('Серёжа', parts)).toBeNull();
    expect(personSortName(parts, 'Сергей Андреевич Кузнецов')).toBe('кузнецов сергей андреевич');
    expect(personSortName({ firstName: 'Bob' }, 'Bob')).toBe('bob');
    expect([defaultNameOrder('ru'), defaultNameOrder('bg'), defaultNameOrder('en')]).toEqual(['surname_first', 'surname_first', 'first_surname']);
  });

  it('rewrites a composed name in the new order and leaves a typed one', () => {
    const row = { display_name: 'Сергей Андреевич Кузнецов', first_name: 'Сергей', middle_name: 'Андреевич', last_name: 'Кузнецов', sort_name: 'кузнецов сергей андреевич' };
    expect(reorderedNames(row, 'surname_first')).toEqual({ display_name: 'Кузнецов Сергей Андреевич', sort_name: 'кузнецов сергей андреевич' });
    expect(reorderedNames(row, 'first_surname')).toBeNull();
    expect(reorderedNames({ ...row, display_name: 'Серёжа К.' }, 'surname_first')).toBeNull();
    // A sort name made before people sorted by surname is put right, the typed name kept.
    expect(reorderedNames({ ...row, display_name: 'Серёжа К.', sort_name: 'сережа к.' }, 'surname_first')).toEqual({ display_name: 'Серёжа К.', sort_name: 'кузнецов сергей андреевич' });
  });
});

describe.each(DIALECTS)('workspace name order on %s', (dialect) => {
  it('composes new names in the workspace order, queues the rewrite on a change, and sorts by surname', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace({ locale: 'ru' });
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);
    const made = (await client.post('/api/v1/contacts', { firstName: 'Сергей', middleName: 'Андреевич', lastName: 'Кузнецов', tags: ['a'] })).body.contact;
    expect(made.displayName).toBe('Кузнецов Сергей Андреевич');
    const typed = (await client.post('/api/v1/contacts', { firstName: 'Анна', lastName: 'Борисова', displayName: 'Аня' })).body.contact;

    const current = (await client.get('/api/v1/workspace')).body.workspace;
    expect(current.settings.nameOrder).toBeNull();
    const res = await client.patch('/api/v1/workspace', { settings: { nameOrder: 'first_surname' }, version: current.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.workspace.settings.nameOrder).toBe('first_surname');
    const queued = await server.handle.db.selectFrom('jobs').select('type').where('workspace_id', '=', workspace.id).where('type', '=', 'names.reorder').execute();
    expect(queued).toHaveLength(1);
    expect((await client.patch('/api/v1/workspace', { settings: { nameOrder: 'sideways' }, version: res.body.workspace.version })).status).toBe(400);

    expect(await reorderWorkspaceNames(server.handle.db, workspace.id, 'first_surname')).toBe(1);
    const after = (await client.get(`/api/v1/contacts/${made.id}`)).body.contact;
    expect(after).toMatchObject({ displayName: 'Сергей Андреевич Кузнецов', version: made.version });
    expect((await client.get(`/api/v1/contacts/${typed.id}`)).body.contact.displayName).toBe('Аня');
    // The tag rows' copy of the sort name followed; the list sorts by surname: Борисова before Кузнецов.
    const list = (await client.get('/api/v1/contacts?sort=name')).body.items.map((c: { id: string }) => c.id);
    expect(list).toEqual([typed.id, made.id]);
    const tagged = (await client.get('/api/v1/contacts?sort=name&tag=a')).body.items.map((c: { id: string }) => c.id);
    expect(tagged).toEqual([made.id]);
    // A new person now takes the workspace's new order.
    expect((await client.post('/api/v1/contacts', { firstName: 'Иван', lastName: 'Петров' })).body.contact.displayName).toBe('Иван Петров');
  });
});
