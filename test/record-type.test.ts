import { describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, type TestClient } from './server.js';
import { matrixTeam, RELATIONS, type Relation } from './fixtures/matrix.js';
import { createGadgetTable, GADGET } from './fixtures/gadget-record.js';

/**
 * A record type registered only here (test/fixtures/gadget-record.ts) gets the whole generic API
 * from its registration: list with filters, sort and count, export, custom fields, history with
 * restore, trash with restore, and visibility by the rights of its permission module.
 */

/** Gadgets (the `deals` rights) each built-in role sees, by the owner's relation: written out, not derived. */
const GADGET_VIEW: Record<string, Relation[] | 'forbidden'> = {
  admin: RELATIONS, head_of_sales: ['own', 'department'], manager: ['own'], marketer: 'forbidden', support_agent: 'forbidden', read_only: RELATIONS,
};

describe.each(DIALECTS)('a record type registered outside the platform, on %s', (dialect) => {
  async function setup() {
    const server = await testServer(dialect);
    await createGadgetTable(server.handle.db);
    return server;
  }

  it('is listed, filtered, sorted, counted, exported and given custom fields through the API', async () => {
    const server = await setup();
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    for (const [title, amount] of [['Alpha', 10], ['Bravo', 3], ['Charlie', null], ['Delta', 42]] as const) {
      const res = await admin.post('/api/v1/gadgets', { title, amount });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.gadget).toMatchObject({ title, amount, version: 1 });
    }
    expect((await admin.post('/api/v1/gadgets', { amount: 1 })).body.error.fields).toEqual({ title: 'required' });

    const titles = async (query: string) => (await admin.get(`/api/v1/gadgets?${query}`)).body.items.map((g: { title: string }) => g.title);
    expect(await titles('sort=-name')).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    // A nullable sort lists the records without a value last, and pages through both parts.
    const first = await admin.get('/api/v1/gadgets?sort=-amount&limit=3');
    expect(first.body.items.map((g: { title: string }) => g.title)).toEqual(['Delta', 'Alpha', 'Bravo']);
    expect((await admin.get(`/api/v1/gadgets?sort=-amount&limit=3&cursor=${first.body.nextCursor}`)).body.items.map((g: { title: string }) => g.title)).toEqual(['Charlie']);
    const filter = encodeURIComponent(JSON.stringify([{ field: 'amount', op: 'gte', value: 5 }]));
    const filtered = await admin.get(`/api/v1/gadgets?filter=${filter}&count=1`);
    expect(filtered.body.items.map((g: { title: string }) => g.title)).toEqual(['Alpha', 'Delta']);
    expect(filtered.body.total).toBe(2);

    // Names from the request are data: inherited property names and columns the type lacks are a 400.
    for (const field of ['constructor', '__proto__', 'toString', 'status', 'phones']) {
      const bad = await admin.get(`/api/v1/gadgets?filter=${encodeURIComponent(JSON.stringify([{ field, op: 'eq', value: 'x' }]))}`);
      expect(bad.status, field).toBe(400);
    }
    for (const sort of ['constructor', 'lastActivityAt', 'custom.nope']) expect((await admin.get(`/api/v1/gadgets?sort=${sort}`)).status, sort).toBe(400);
    // The export checks everything before its first byte.
    expect((await admin.get('/api/v1/gadgets/export?sort=custom.nope')).status).toBe(400);

    const field = await admin.post('/api/v1/custom-fields', { entity: 'gadget', label: 'Color', type: 'text' });
    expect(field.status, JSON.stringify(field.body)).toBe(201);
    const delta = (await admin.get('/api/v1/gadgets?sort=-amount&limit=1')).body.items[0];
    const colored = await admin.patch(`/api/v1/gadgets/${delta.id}`, { custom: { color: 'blue' }, version: delta.version });
    expect(colored.body.gadget.custom).toEqual({ color: 'blue' });
    const byColor = encodeURIComponent(JSON.stringify([{ field: 'custom.color', op: 'eq', value: 'blue' }]));
    expect(await titles(`filter=${byColor}`)).toEqual(['Delta']);
    expect(await titles('sort=custom.color')).toEqual(['Delta', 'Alpha', 'Bravo', 'Charlie']);

    const csv = await admin.get(`/api/v1/gadgets/export?filter=${filter}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['x-export-rows']).toBe('2');
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('title,amount,owner,id');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Alpha', 'Delta']);
  });

  it('keeps history with restore, and goes to the trash and back', async () => {
    const server = await setup();
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const gadget = (await admin.post('/api/v1/gadgets', { title: 'Widget', amount: 5 })).body.gadget;
    const renamed = (await admin.patch(`/api/v1/gadgets/${gadget.id}`, { title: 'Gizmo', version: 1 })).body.gadget;
    expect(renamed).toMatchObject({ title: 'Gizmo', version: 2 });
    expect((await admin.patch(`/api/v1/gadgets/${gadget.id}`, { title: 'Late', version: 1 })).body.error).toMatchObject({ code: 'conflict', current: { title: 'Gizmo' } });

    const history = await admin.get(`/api/v1/history/gadget/${gadget.id}`);
    expect(history.status, JSON.stringify(history.body)).toBe(200);
    expect(history.body.items.map((v: { action: string }) => v.action)).toEqual(['update', 'create']);
    const restored = await admin.post(`/api/v1/history/gadget/${gadget.id}/restore`, { version: 1, currentVersion: 2 });
    expect(restored.status, JSON.stringify(restored.body)).toBeLessThan(300);
    expect((await admin.get(`/api/v1/gadgets/${gadget.id}`)).body.gadget).toMatchObject({ title: 'Widget', amount: 5, version: 3 });

    expect((await admin.delete(`/api/v1/gadgets/${gadget.id}?version=3`)).status).toBe(204);
    expect((await admin.get(`/api/v1/gadgets/${gadget.id}`)).status).toBe(404);
    const trash = await admin.get('/api/v1/trash');
    expect(trash.body.items.map((i: { entityType: string; id: string }) => `${i.entityType}:${i.id}`)).toContain(`gadget:${gadget.id}`);
    expect((await admin.post(`/api/v1/trash/gadget/${gadget.id}/restore`, {})).status).toBeLessThan(300);
    expect((await admin.get(`/api/v1/gadgets/${gadget.id}`)).body.gadget).toMatchObject({ title: 'Widget', version: 5 });
  });

  it('is found by global search (with its total) and by q= in its list, its search document written by the engine', async () => {
    const server = await setup();
    const workspace = await server.build.workspace();
    const admin = await server.as(await server.build.user({ workspace, role: 'admin' }));
    const ids: string[] = [];
    for (const [title, amount] of [['Sprocket one', 7], ['Sprocket two', null], ['Sprocket three', 1], ['Flange', 2]] as const) {
      ids.push((await admin.post('/api/v1/gadgets', { title, amount })).body.gadget.id);
    }
    const search = async (client: TestClient, q: string, limit = 5) => {
      const res = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=${limit}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.groups as Array<{ type: string; plural: string; items: Array<{ id: string; title: string; subtitle: string | null; matched: string }>; total: number; totalCapped: boolean }>;
    };
    const found = (await search(admin, 'sprocket')).find((g) => g.type === 'gadget');
    expect(found).toEqual({
      type: 'gadget', plural: 'gadgets', total: 3, totalCapped: false,
      items: [
        { id: ids[0], title: 'Sprocket one', subtitle: '7', matched: 'name', rank: 1, match: { field: 'name', text: 'Sprocket one', start: 0, end: 8 } },
        { id: ids[2], title: 'Sprocket three', subtitle: '1', matched: 'name', rank: 1, match: { field: 'name', text: 'Sprocket three', start: 0, end: 8 } },
        { id: ids[1], title: 'Sprocket two', subtitle: null, matched: 'name', rank: 1, match: { field: 'name', text: 'Sprocket two', start: 0, end: 8 } },
      ],
    });
    // A page smaller than the matches: the total is counted on the index.
    const paged = (await search(admin, 'sprocket', 2)).find((g) => g.type === 'gadget')!;
    expect(paged.items.map((i) => i.id)).toEqual([ids[0], ids[2]]);
    expect(paged).toMatchObject({ total: 3, totalCapped: false });
    expect((await admin.get('/api/v1/gadgets?q=sprocket&count=1')).body.total).toBe(3);

    // A rename rewrites the document; the trash hides it; a purge removes it.
    const flange = (await admin.get(`/api/v1/gadgets/${ids[3]}`)).body.gadget;
    await admin.patch(`/api/v1/gadgets/${ids[3]}`, { title: 'Sprocket four', version: flange.version });
    expect((await search(admin, 'sprocket')).find((g) => g.type === 'gadget')!.total).toBe(4);
    expect((await search(admin, 'flange')).find((g) => g.type === 'gadget')!.items).toEqual([]);
    expect((await admin.delete(`/api/v1/gadgets/${ids[3]}?version=${flange.version + 1}`)).status).toBe(204);
    expect((await search(admin, 'sprocket')).find((g) => g.type === 'gadget')!.total).toBe(3);
    expect((await admin.delete(`/api/v1/trash/gadget/${ids[3]}`)).status).toBeLessThan(300);
    const documents = await server.handle.db.selectFrom('search_documents').select('entity_id').where('entity_type', '=', 'gadget').where('entity_id', 'in', ids).execute();
    expect(documents.map((d) => d.entity_id).sort()).toEqual(ids.slice(0, 3).sort());

    // Visibility: a manager sees their own gadgets only; a marketer (no deals rights) gets no gadget group.
    const manager = await server.build.user({ workspace, role: 'manager' });
    await admin.post('/api/v1/gadgets', { title: 'Sprocket mine', ownerId: manager.id });
    const mine = (await search(await server.as(manager), 'sprocket')).find((g) => g.type === 'gadget')!;
    expect(mine.items.map((i) => i.title)).toEqual(['Sprocket mine']);
    expect(mine.total).toBe(1);
    const marketer = await server.as(await server.build.user({ workspace, role: 'marketer' }));
    expect((await search(marketer, 'sprocket')).map((g) => g.type)).not.toContain('gadget');
  });

  it('obeys the own / department / all visibility of its permission module for every role', async () => {
    const server = await setup();
    const team = await matrixTeam(server);
    for (const role of Object.keys(GADGET_VIEW)) {
      const { actor, owners } = await team.trio(role);
      const made: Record<Relation, string> = {} as Record<Relation, string>;
      for (const relation of RELATIONS) {
        const res = await team.admin.post('/api/v1/gadgets', { title: `${role} ${relation}`, ownerId: owners[relation].id });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        made[relation] = res.body.gadget.id;
      }
      const expected = GADGET_VIEW[role]!;
      const list = await actor.client.get(`/api/v1/gadgets?filter=${encodeURIComponent(JSON.stringify([{ field: 'title', op: 'contains', value: role }]))}&count=1`);
      if (expected === 'forbidden') {
        expect(list.status, role).toBe(403);
        continue;
      }
      const seen = new Set(list.body.items.map((g: { id: string }) => g.id));
      for (const relation of RELATIONS) {
        const visible = expected.includes(relation);
        expect(seen.has(made[relation]), `${role} lists ${relation}`).toBe(visible);
        expect((await actor.client.get(`/api/v1/gadgets/${made[relation]}`)).status, `${role} gets ${relation}`).toBe(visible ? 200 : 404);
      }
      expect(list.body.total, role).toBe(expected.length);
    }
    // Eighteen signed-in members (argon2 each): slow by design, not by the code under test.
  }, 120_000);

  it('is described to clients that may see it, with its filters, sorts and features', async () => {
    const server = await setup();
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const types = (await admin.get('/api/v1/record-types')).body.items;
    const gadget = types.find((t: { entityType: string }) => t.entityType === GADGET.entityType);
    expect(gadget).toMatchObject({ plural: 'gadgets', module: 'deals', sorts: ['name', 'amount', 'createdAt'], features: { customFields: true, tags: false } });
    expect(gadget.filters).toContainEqual({ field: 'amount', kind: 'number' });
    expect(types.map((t: { entityType: string }) => t.entityType)).toEqual(expect.arrayContaining(['contact', 'company', 'gadget']));
    // A marketer has no rights on deals: the type is not offered to them at all.
    const marketer = await server.as(await server.build.user({ role: 'marketer' }));
    expect((await marketer.get('/api/v1/record-types')).body.items.map((t: { entityType: string }) => t.entityType)).not.toContain('gadget');
  });
});

export type { TestClient };
