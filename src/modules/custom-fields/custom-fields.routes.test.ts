import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { now } from '../../platform/clock.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';

async function team(server: TestServer) {
  const workspace = await server.build.workspace();
  const admin = await server.build.user({ workspace, role: 'admin' });
  const manager = await server.build.user({ workspace, role: 'manager' });
  return { workspace, admin, manager, client: await server.as(admin) };
}

describe.each(DIALECTS)('custom fields API on %s', (dialect) => {
  it('creates fields with keys made from labels, lists them in order', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const res = await client.post('/api/v1/custom-fields', { entity: 'contact', label: ' Дата договора ', type: 'date', helpText: 'When signed' });
    expect(res.status).toBe(201);
    expect(res.body.field).toEqual({
      id: expect.any(String), entity: 'contact', key: 'data_dogovora', label: 'Дата договора', type: 'date', options: [],
      required: false, defaultValue: null, helpText: 'When signed', position: 0, retired: false, filterable: false, version: 1,
    });
    const level = await client.post('/api/v1/custom-fields', {
      entity: 'contact', label: 'Level', type: 'select', options: [{ label: 'Золото' }, { label: 'Silver' }], defaultValue: 'silver', required: true,
    });
    expect(level.body.field).toMatchObject({ key: 'level', options: [{ key: 'zoloto', label: 'Золото' }, { key: 'silver', label: 'Silver' }], defaultValue: 'silver', required: true, position: 1 });
    // Same label on another entity is fine and gets the same key there.
    const company = await client.post('/api/v1/custom-fields', { entity: 'company', label: 'Level', type: 'number', defaultValue: 3 });
    expect(company.body.field).toMatchObject({ key: 'level', entity: 'company', position: 0, defaultValue: 3 });

    const list = await client.get('/api/v1/custom-fields?entity=contact');
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: { key: string }) => f.key)).toEqual(['data_dogovora', 'level']);
    // Another workspace sees none of them.
    const stranger = await server.as(await server.build.user({ role: 'admin' }));
    expect((await stranger.get('/api/v1/custom-fields?entity=contact')).body.items).toEqual([]);

    const [audit] = await listAuditEntries(server.handle.db, workspace.id, { action: 'custom_field.created', entityId: level.body.field.id });
    expect(audit).toBeDefined();
  });

  it('refuses bad definitions with field errors', async () => {
    const server = await testServer(dialect);
    const { client } = await team(server);
    const post = (body: Record<string, unknown>) => client.post('/api/v1/custom-fields', { entity: 'contact', label: 'X', ...body });
    expect((await post({ type: 'select' })).body.error.fields).toEqual({ options: 'required' });
    expect((await post({ type: 'text', options: [{ label: 'a' }] })).body.error.fields).toEqual({ options: 'not_supported' });
    expect((await post({ type: 'checkbox', required: true })).body.error.fields).toEqual({ required: 'not_supported' });
    expect((await post({ type: 'number', defaultValue: 'ten' })).body.error.fields).toEqual({ defaultValue: 'invalid_type' });
    expect((await post({ type: 'select', options: [{ label: 'A' }], defaultValue: 'b' })).body.error.fields).toEqual({ defaultValue: 'invalid_option' });
    expect((await post({ type: 'select', options: [{ label: 'A' }, { label: 'a' }] })).body.error.fields).toEqual({ options: 'duplicate' });
    expect((await post({ type: 'user', defaultValue: newId() })).body.error.fields).toEqual({ defaultValue: 'not_found' });
    expect((await post({ type: 'nonsense' })).status).toBe(400);
    expect((await post({ type: 'text', key: 'x' })).status).toBe(400);
    expect((await client.post('/api/v1/custom-fields', { entity: 'invoice', label: 'X', type: 'text' })).status).toBe(400);
    // Phones in a default are read in the workspace's country (BG in tests).
    expect((await post({ type: 'phone', defaultValue: '0888 123 456' })).status).toBe(201);
    expect((await post({ type: 'text', label: 'x' })).body.error.fields).toEqual({ label: 'taken' });
  });

  it('renames, edits options, keeps key and type, answers 409 on a stale version', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const field = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Source', type: 'select', options: [{ label: 'Web' }, { label: 'Fair' }] })).body.field;
    const renamed = await client.patch(`/api/v1/custom-fields/${field.id}`, {
      label: 'Lead source', options: [{ key: 'fair', label: 'Trade fair' }, { label: 'Referral' }], defaultValue: 'referral', version: 1,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.field).toMatchObject({
      key: 'source', label: 'Lead source', version: 2, defaultValue: 'referral',
      options: [{ key: 'fair', label: 'Trade fair' }, { key: 'referral', label: 'Referral' }],
    });
    expect((await client.patch(`/api/v1/custom-fields/${field.id}`, { label: 'Y', version: 1 })).status).toBe(409);
    const typed = await client.patch(`/api/v1/custom-fields/${field.id}`, { type: 'text', version: 2 });
    expect(typed.body.error.fields).toEqual({ type: 'immutable' });
    const unknownOption = await client.patch(`/api/v1/custom-fields/${field.id}`, { options: [{ key: 'nope', label: 'N' }], version: 2 });
    expect(unknownOption.body.error.fields).toEqual({ options: 'unknown_option' });
    // Removing the option the default names needs a new default.
    const orphan = await client.patch(`/api/v1/custom-fields/${field.id}`, { options: [{ key: 'fair', label: 'Fair' }], version: 2 });
    expect(orphan.body.error.fields).toEqual({ defaultValue: 'invalid_option' });
    const removed = await client.patch(`/api/v1/custom-fields/${field.id}`, { options: [{ key: 'fair', label: 'Fair' }], defaultValue: null, version: 2 });
    expect(removed.body.field).toMatchObject({ options: [{ key: 'fair', label: 'Fair' }], defaultValue: null, version: 3 });
    expect((await client.patch(`/api/v1/custom-fields/${field.id}`, { helpText: 'Hint', version: 3 })).body.field.helpText).toBe('Hint');
    expect((await client.patch(`/api/v1/custom-fields/${field.id}`, { helpText: '', version: 4 })).body.field.helpText).toBeNull();
    const versions = await listVersions(server.handle.db, workspace.id, 'custom_field', field.id);
    expect(versions.length).toBe(5);
    const [audit] = await listAuditEntries(server.handle.db, workspace.id, { action: 'custom_field.updated', entityId: field.id });
    expect(audit!.changes).toEqual({ help_text: ['Hint', null] });
  });

  it('retires and brings fields back; retired ones leave the default list', async () => {
    const server = await testServer(dialect);
    const { client } = await team(server);
    const a = (await client.post('/api/v1/custom-fields', { entity: 'company', label: 'A', type: 'text' })).body.field;
    const b = (await client.post('/api/v1/custom-fields', { entity: 'company', label: 'B', type: 'text' })).body.field;
    const retired = await client.post(`/api/v1/custom-fields/${a.id}/retire`, { version: 1 });
    expect(retired.body.field).toMatchObject({ retired: true, version: 2 });
    expect((await client.get('/api/v1/custom-fields?entity=company')).body.items.map((f: { id: string }) => f.id)).toEqual([b.id]);
    expect((await client.get('/api/v1/custom-fields?entity=company&includeRetired=1')).body.items.map((f: { id: string; retired: boolean }) => [f.id, f.retired])).toEqual([[a.id, true], [b.id, false]]);
    // A new field never takes a retired field's key (its values are still stored under it).
    expect((await client.post('/api/v1/custom-fields', { entity: 'company', label: 'A', type: 'number' })).body.field.key).toBe('a_2');
    expect((await client.post(`/api/v1/custom-fields/${a.id}/unretire`, { version: 1 })).status).toBe(409);
    // Its label is now used by the new field.
    expect((await client.post(`/api/v1/custom-fields/${a.id}/unretire`)).body.error.fields).toEqual({ label: 'taken' });
    expect((await client.patch(`/api/v1/custom-fields/${a.id}`, { label: 'A old', version: 2 })).status).toBe(200);
    expect((await client.post(`/api/v1/custom-fields/${a.id}/unretire`)).body.field).toMatchObject({ retired: false, label: 'A old' });
    expect((await client.post(`/api/v1/custom-fields/${newId()}/retire`)).status).toBe(404);
  });

  it('reorders fields', async () => {
    const server = await testServer(dialect);
    const { client } = await team(server);
    const ids: string[] = [];
    for (const label of ['One', 'Two', 'Three']) ids.push((await client.post('/api/v1/custom-fields', { entity: 'contact', label, type: 'text' })).body.field.id);
    const res = await client.post('/api/v1/custom-fields/reorder', { entity: 'contact', ids: [ids[2], ids[0]] });
    expect(res.status).toBe(200);
    expect(res.body.items.map((f: { label: string; position: number }) => [f.label, f.position])).toEqual([['Three', 0], ['One', 1], ['Two', 2]]);
    expect((await client.get('/api/v1/custom-fields?entity=contact')).body.items.map((f: { label: string }) => f.label)).toEqual(['Three', 'One', 'Two']);
    expect((await client.post('/api/v1/custom-fields/reorder', { entity: 'contact', ids: [ids[0], ids[0]] })).body.error.fields).toEqual({ ids: 'duplicate' });
    expect((await client.post('/api/v1/custom-fields/reorder', { entity: 'company', ids: [ids[0]] })).body.error.fields).toEqual({ ids: 'not_found' });
  });

  it('lets every user read definitions and only administrators change them', async () => {
    const server = await testServer(dialect);
    const { admin, manager, client } = await team(server);
    const field = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'A', type: 'text' })).body.field;
    const asManager = await server.as(manager);
    expect((await asManager.get('/api/v1/custom-fields?entity=contact')).body.items).toHaveLength(1);
    expect((await asManager.post('/api/v1/custom-fields', { entity: 'contact', label: 'B', type: 'text' })).status).toBe(403);
    expect((await asManager.patch(`/api/v1/custom-fields/${field.id}`, { label: 'C', version: 1 })).status).toBe(403);
    expect((await asManager.post(`/api/v1/custom-fields/${field.id}/retire`)).status).toBe(403);
    expect((await asManager.post('/api/v1/custom-fields/reorder', { entity: 'contact', ids: [field.id] })).status).toBe(403);
    expect((await server.client().get('/api/v1/custom-fields?entity=contact')).status).toBe(401);
    expect(admin.role).toBe('admin');
  });

  it('allows at most 100 active fields per entity', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const at = now();
    const rows = Array.from({ length: 100 }, (_, i) => ({
      id: newId(), workspace_id: workspace.id, entity_type: 'contact', key: `f${i}`, label: `F${i}`, type: 'text' as const,
      options: '[]', required: 0, default_value: null, help_text: null, position: i, retired_at: null, created_at: at, updated_at: at, version: 1,
    }));
    await server.handle.db.insertInto('custom_fields').values(rows).execute();
    const res = await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'One more', type: 'text' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ entity: 'too_many' });
    await client.post(`/api/v1/custom-fields/${rows[0]!.id}/retire`);
    expect((await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'One more', type: 'text' })).status).toBe(201);
    expect((await client.post(`/api/v1/custom-fields/${rows[0]!.id}/unretire`)).body.error.fields).toEqual({ entity: 'too_many' });
  });
});
