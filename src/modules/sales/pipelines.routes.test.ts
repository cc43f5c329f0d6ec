import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import type { TestClient } from '../../../test/client.js';

interface Stage { id: string; name: string; kind: string; version: number; probability: number; rottingDays: number | null }
interface Pipeline { id: string; name: string; version: number; stages: Stage[] }

async function pipelines(client: TestClient): Promise<Pipeline[]> {
  const res = await client.get('/api/v1/pipelines');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

async function production(client: TestClient): Promise<Pipeline> {
  const res = await client.post('/api/v1/pipelines', {
    name: 'Production',
    stages: [{ name: 'Queued' }, { name: 'Cutting', probability: 60, rottingDays: 5, color: '#aa3300' }, { name: 'Shipped', kind: 'won' }, { name: 'Scrapped', kind: 'lost' }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.pipeline;
}

describe.each(DIALECTS)('pipeline settings on %s', (dialect) => {
  it('creates a pipeline with custom stages, adds, changes and reorders them under the pipeline version', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = await production(client);
    expect(pipeline.stages.map((s) => [s.name, s.kind])).toEqual([['Queued', 'open'], ['Cutting', 'open'], ['Shipped', 'won'], ['Scrapped', 'lost']]);
    expect(pipeline.stages[1]).toMatchObject({ probability: 60, rottingDays: 5, color: '#aa3300' });
    const added = await client.post(`/api/v1/pipelines/${pipeline.id}/stages`, { name: 'Painting', probability: 80 });
    expect(added.status).toBe(201);
    // A new open stage goes before the closing ones.
    expect(added.body.pipeline.stages.map((s: Stage) => s.name)).toEqual(['Queued', 'Cutting', 'Painting', 'Shipped', 'Scrapped']);
    const stages: Stage[] = added.body.pipeline.stages;
    const changed = await client.patch(`/api/v1/pipeline-stages/${stages[2]!.id}`, { name: 'Paint shop', color: '#00aa00', rottingDays: null, version: stages[2]!.version });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.pipeline.stages[2]).toMatchObject({ name: 'Paint shop', color: '#00aa00', rottingDays: null });
    const order = [stages[1]!.id, stages[0]!.id, stages[2]!.id, stages[3]!.id, stages[4]!.id];
    const reordered = await client.post(`/api/v1/pipelines/${pipeline.id}/stages/reorder`, { ids: order, version: pipeline.version });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    expect(reordered.body.pipeline.stages.map((s: Stage) => s.id)).toEqual(order);
    expect(reordered.body.pipeline.version).toBe(pipeline.version + 1);
    // A second admin working from the old version gets 409 with the current order, not a silent undo.
    const stale = await client.post(`/api/v1/pipelines/${pipeline.id}/stages/reorder`, { ids: stages.map((s) => s.id), version: pipeline.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.stages.map((s: Stage) => s.id)).toEqual(order);
    // A reorder naming a set of stages that is no longer current is stale too.
    const missing = await client.post(`/api/v1/pipelines/${pipeline.id}/stages/reorder`, { ids: order.slice(1), version: pipeline.version + 1 });
    expect(missing.status).toBe(409);
    const twice = await client.post(`/api/v1/pipelines/${pipeline.id}/stages/reorder`, { ids: [order[0], ...order.slice(0, 4)], version: pipeline.version + 1 });
    expect(twice.body.error.fields).toEqual({ ids: 'mismatch' });
    const renamed = await client.patch(`/api/v1/pipelines/${pipeline.id}`, { name: 'Workshop', version: pipeline.version + 1 });
    expect(renamed.body.pipeline).toMatchObject({ name: 'Workshop', version: pipeline.version + 2 });
    expect((await client.patch(`/api/v1/pipelines/${pipeline.id}`, { name: 'Again', version: pipeline.version })).status).toBe(409);
  });

  it('refuses bad stage input: duplicate names, probability outside 0-100, rotting days of 0 or less', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = await production(client);
    const add = (body: object) => client.post(`/api/v1/pipelines/${pipeline.id}/stages`, body);
    expect((await add({ name: 'cutting' })).body.error.fields).toEqual({ name: 'taken' });
    expect((await add({ name: 'X', probability: 101 })).body.error.fields).toEqual({ probability: 'too_large' });
    expect((await add({ name: 'X', probability: -1 })).body.error.fields).toEqual({ probability: 'too_small' });
    expect((await add({ name: 'X', rottingDays: 0 })).body.error.fields).toEqual({ rottingDays: 'too_small' });
    expect((await add({ name: 'X', rottingDays: -3 })).body.error.fields).toEqual({ rottingDays: 'too_small' });
    expect((await add({ name: 'X', color: 'red' })).body.error.fields).toEqual({ color: 'invalid_color' });
    const queued = pipeline.stages[0]!;
    const rename = await client.patch(`/api/v1/pipeline-stages/${queued.id}`, { name: ' SHIPPED ', version: queued.version });
    expect(rename.status).toBe(400);
    expect(rename.body.error.fields).toEqual({ name: 'taken' });
    // Its own name in another case is not "taken".
    expect((await client.patch(`/api/v1/pipeline-stages/${queued.id}`, { name: 'QUEUED', version: queued.version })).status).toBe(200);
    expect((await client.patch(`/api/v1/pipeline-stages/${queued.id}`, { probability: 200, version: queued.version + 1 })).body.error.fields).toEqual({ probability: 'too_large' });
    const dup = await client.post('/api/v1/pipelines', { name: 'Dup', stages: [{ name: 'A' }, { name: 'a' }, { name: 'W', kind: 'won' }, { name: 'L', kind: 'lost' }] });
    expect(dup.body.error.fields).toEqual({ 'stages.1.name': 'taken' });
    // Nothing half-written.
    expect((await pipelines(client)).map((p) => p.name)).not.toContain('Dup');
  });

  it('retires a pipeline or stage holding deals only with a target of the right pipeline, and never the last pipeline', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const [sales] = await pipelines(client);
    const prod = await production(client);
    const deal = (await client.post('/api/v1/deals', { title: 'Door', stageId: prod.stages[0]!.id })).body.deal;
    const noTarget = await client.post(`/api/v1/pipelines/${prod.id}/retire`, { version: prod.version });
    expect(noTarget.status).toBe(400);
    expect(noTarget.body.error).toMatchObject({ fields: { moveToStageId: 'required' }, deals: 1 });
    // The pipeline's own stage is no place for its deals when it goes.
    expect((await client.post(`/api/v1/pipelines/${prod.id}/retire`, { version: prod.version, moveToStageId: prod.stages[1]!.id })).body.error.fields).toEqual({ moveToStageId: 'not_found' });
    // A stage of another pipeline is refused when a stage of this one is retired.
    const stage = prod.stages[0]!;
    expect((await client.post(`/api/v1/pipeline-stages/${stage.id}/retire`, { version: stage.version })).body.error.fields).toEqual({ moveToStageId: 'required' });
    expect((await client.post(`/api/v1/pipeline-stages/${stage.id}/retire`, { version: stage.version, moveToStageId: sales!.stages[0]!.id })).body.error.fields).toEqual({ moveToStageId: 'not_found' });
    expect((await client.get(`/api/v1/deals/${deal.id}`)).body.deal.stage.id).toBe(stage.id);
    const retired = await client.post(`/api/v1/pipelines/${prod.id}/retire`, { version: prod.version, moveToStageId: sales!.stages[1]!.id });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect((await client.get(`/api/v1/deals/${deal.id}`)).body.deal).toMatchObject({ pipeline: { id: sales!.id }, stage: { id: sales!.stages[1]!.id } });
    expect((await pipelines(client)).map((p) => p.id)).toEqual([sales!.id]);
    const last = await client.post(`/api/v1/pipelines/${sales!.id}/retire`, { version: sales!.version });
    expect(last.body.error.fields).toEqual({ id: 'last_pipeline' });
  });

  it('keeps both pipelines in the stage history of a handoff', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const [sales] = await pipelines(client);
    const prod = await production(client);
    const deal = (await client.post('/api/v1/deals', { title: 'Prepaid order' })).body.deal;
    expect(deal.pipeline.id).toBe(sales!.id);
    const moved = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: prod.stages[1]!.id, version: deal.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const path = (await client.get(`/api/v1/deals/${deal.id}/stages`)).body.items;
    expect(path.map((s: { pipelineId: string; stageId: string }) => [s.pipelineId, s.stageId])).toEqual([[sales!.id, sales!.stages[0]!.id], [prod.id, prod.stages[1]!.id]]);
    expect(path[0].leftAt).toBe(path[1].enteredAt);
    const history = (await client.get(`/api/v1/history/deal/${deal.id}`)).body.items;
    expect(JSON.stringify(history)).toContain(prod.id);
  });

  it('adds, renames, reorders and retires lost reasons', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const created = await client.post('/api/v1/lost-reasons', { name: 'Went silent' });
    expect(created.status).toBe(201);
    expect((await client.post('/api/v1/lost-reasons', { name: 'went SILENT' })).body.error.fields).toEqual({ name: 'taken' });
    const items: Array<{ id: string; name: string; version: number }> = (await client.get('/api/v1/lost-reasons')).body.items;
    expect(items.at(-1)!.name).toBe('Went silent');
    const order = [items.at(-1)!.id, ...items.slice(0, -1).map((r) => r.id)];
    const reordered = await client.post('/api/v1/lost-reasons/reorder', { ids: order });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    expect(reordered.body.items.map((r: { id: string }) => r.id)).toEqual(order);
    expect((await client.get('/api/v1/lost-reasons')).body.items.map((r: { id: string }) => r.id)).toEqual(order);
    // Reordered twice: versions keep counting, history keeps each step.
    expect((await client.post('/api/v1/lost-reasons/reorder', { ids: [...order].reverse() })).status).toBe(200);
    const stale = await client.post('/api/v1/lost-reasons/reorder', { ids: order.slice(1) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toHaveLength(order.length);
    const reason = (await client.get('/api/v1/lost-reasons')).body.items.find((r: { id: string }) => r.id === created.body.reason.id);
    expect((await client.patch(`/api/v1/lost-reasons/${reason.id}`, { name: 'Stopped answering', version: reason.version - 1 })).status).toBe(409);
    const renamed = await client.patch(`/api/v1/lost-reasons/${reason.id}`, { name: 'Stopped answering', version: reason.version });
    expect(renamed.body.reason.name).toBe('Stopped answering');
    const retired = await client.post(`/api/v1/lost-reasons/${reason.id}/retire`, { version: renamed.body.reason.version });
    expect(retired.body.reason.retired).toBe(true);
    expect((await client.get('/api/v1/lost-reasons')).body.items.map((r: { id: string }) => r.id)).not.toContain(reason.id);
  });
});
