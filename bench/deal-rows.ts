/**
 * Fills a benchmark database with deals through the bare driver, the way the app stores them:
 * a "Sales" pipeline (the workspace's default) holding `OPEN_ON_BOARD` open deals spread over its
 * four open stages plus closed ones, and the rest in a second pipeline. Board positions are real
 * fractional keys in order. Not measured: it only sets the stage.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import type { DatabaseHandle } from '../src/db/connect.js';
import '../src/modules/sales/sales-setup.js';
import { Random } from '../src/platform/demo/random.js';
import type { DemoGenerator } from '../src/platform/demo/generator.js';
import { bareInsert } from './bare-insert.js';
import { fillContacts } from './contact-rows.js';

/** Open deals on the measured board (DESIGN: the board of one pipeline with 10k open deals). */
export const OPEN_ON_BOARD = 10_000;
/** Won and lost deals on the measured board's pipeline. */
const CLOSED_ON_BOARD = 10_000;
const BATCH = 2000;
const AT = Date.parse('2025-01-01T00:00:00.000Z');
export const BENCH_DEAL_TAGS = ['vip', 'tender', 'repeat', 'partner'];

const COLUMNS = [
  'id', 'workspace_id', 'owner_id', 'title', 'sort_name', 'pipeline_id', 'stage_id', 'board_position', 'stage_entered_at', 'amount', 'currency',
  'expected_close', 'closed_at', 'won_at', 'lost_at', 'lost_reason_id', 'lost_comment', 'company_id', 'people', 'items', 'source', 'comment',
  'tags', 'custom', 'last_activity_at', 'version', 'created_by', 'created_at', 'updated_at', 'deleted_at', 'deleted_by',
] as const;

export interface FilledDeals {
  handle: DatabaseHandle;
  workspaceId: string;
  adminId: string;
  owners: string[];
  /** The measured board's pipeline and its stages (open ones first, then won and lost). */
  pipelineId: string;
  stages: Array<{ id: string; kind: string }>;
  size: number;
}

export function benchDealId(i: number): string {
  return `019ab0d1-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** The default workspace with its pipeline, 30 owners, a second pipeline, and `size` deals (at least 20,000). */
export async function fillDeals(handle: DatabaseHandle, generator: DemoGenerator, size: number, log: (m: string) => void): Promise<FilledDeals> {
  const people = await fillContacts(handle, generator, 0, log);
  const db = handle.db;
  const ws = people.workspaceId;
  const pipeline = await db.selectFrom('pipelines').select('id').where('workspace_id', '=', ws).executeTakeFirstOrThrow();
  const stages = await db.selectFrom('pipeline_stages').select(['id', 'kind', 'pipeline_id']).where('pipeline_id', '=', pipeline.id).orderBy('position').execute();
  const reason = await db.selectFrom('lost_reasons').select('id').where('workspace_id', '=', ws).executeTakeFirstOrThrow();
  const at = new Date(AT).toISOString();
  const second = { id: '019ab0d2-0000-7000-8000-000000000001', workspace_id: ws, name: 'Repeat sales', position: 1, retired_at: null, version: 1, created_at: at, updated_at: at };
  await db.insertInto('pipelines').values(second).execute();
  const secondStages = ['open', 'open', 'won', 'lost'].map((kind, i) => ({
    id: `019ab0d2-0000-7000-8000-0000000001${i.toString(16).padStart(2, '0')}`, workspace_id: ws, pipeline_id: second.id, name: `Stage ${i}`, color: '#228be6',
    probability: kind === 'won' ? 100 : kind === 'lost' ? 0 : 30, kind, rotting_days: kind === 'open' ? 14 : null, position: i, retired_at: null, version: 1, created_at: at, updated_at: at,
  }));
  await db.insertInto('pipeline_stages').values(secondStages).execute();
  // Rotting limits on the board's open stages, so the rotting filter has work to do.
  await db.updateTable('pipeline_stages').set({ rotting_days: 14 }).where('pipeline_id', '=', pipeline.id).where('kind', '=', 'open').execute();

  const open = stages.filter((s) => s.kind === 'open');
  const closed = stages.filter((s) => s.kind !== 'open');
  // Where deal i goes: the first OPEN_ON_BOARD are open on the board, the next CLOSED_ON_BOARD closed on it, the rest in the second pipeline.
  const placeOf = (i: number) => {
    if (i < OPEN_ON_BOARD) return { pipeline: pipeline.id, stage: open[i % open.length]!, column: Math.floor(i / open.length) };
    if (i < OPEN_ON_BOARD + CLOSED_ON_BOARD) return { pipeline: pipeline.id, stage: closed[i % closed.length]!, column: Math.floor((i - OPEN_ON_BOARD) / closed.length) };
    const stage = secondStages[i % secondStages.length]!;
    return { pipeline: second.id, stage: { id: stage.id, kind: stage.kind }, column: Math.floor(i / secondStages.length) };
  };
  // Board keys for the longest column, in order; each column uses its own prefix of them.
  const longest = Math.ceil(Math.max(OPEN_ON_BOARD / open.length, size / secondStages.length)) + 1;
  const keys = generateNKeysBetween(null, null, longest);

  const rowOf = (i: number) => {
    const r = new Random(i * 7907 + 3);
    const place = placeOf(i);
    const created = new Date(AT + Math.floor(r.next() * 700 * 86_400_000)).toISOString();
    const entered = new Date(Date.parse(created) + Math.floor(r.next() * 30 * 86_400_000)).toISOString();
    const kind = place.stage.kind;
    const closedAt = kind === 'open' ? null : entered;
    const person = generator.personAt(i);
    const title = `${r.pick(['Supply', 'Service', 'Licence', 'Equipment', 'Project'])} ${person.lastName} ${i}`;
    const tags = r.chance(0.2) ? [r.pick(BENCH_DEAL_TAGS)] : [];
    return {
      id: benchDealId(i), workspace_id: ws, owner_id: people.owners[i % people.owners.length]!, title, sort_name: title.toLocaleLowerCase('ru'),
      pipeline_id: place.pipeline, stage_id: place.stage.id, board_position: keys[place.column]!, stage_entered_at: entered,
      amount: 1000 * (1 + r.int(0, 5000)), currency: r.chance(0.9) ? 'RUB' : 'EUR', expected_close: new Date(AT + r.int(0, 900) * 86_400_000).toISOString().slice(0, 10),
      closed_at: closedAt, won_at: kind === 'won' ? closedAt : null, lost_at: kind === 'lost' ? closedAt : null, lost_reason_id: kind === 'lost' ? reason.id : null,
      lost_comment: null, company_id: null, people: '[]', items: '[]', source: r.pick(['website', 'referral', 'exhibition']), comment: null,
      tags: JSON.stringify(tags), custom: '{}', last_activity_at: r.chance(0.5) ? entered : null, version: 1, created_by: null,
      created_at: created, updated_at: entered, deleted_at: null, deleted_by: null,
    };
  };

  for (let start = 0; start < size; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - start) }, (_, k) => rowOf(start + k));
    await insertBatch(handle, batch);
    if ((start / BATCH) % 50 === 0) log(`  ${(start + batch.length).toLocaleString('en-US')} deals`);
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');
  return { handle, workspaceId: ws, adminId: people.adminId, owners: people.owners, pipelineId: pipeline.id, stages: stages.map((s) => ({ id: s.id, kind: s.kind })), size };
}

type Row = Record<(typeof COLUMNS)[number], unknown> & { id: string; workspace_id: string; tags: string; sort_name: string };

async function insertBatch(handle: DatabaseHandle, batch: Row[]): Promise<void> {
  const tagRows = batch.flatMap((row) => (JSON.parse(row.tags) as string[]).map((tag) => [row.workspace_id, 'deal', row.id, tag, row.sort_name]));
  await bareInsert(handle, [
    { table: 'deals', columns: COLUMNS, rows: batch.map((row) => COLUMNS.map((c) => row[c] ?? null)) },
    { table: 'record_tags', columns: ['workspace_id', 'entity_type', 'entity_id', 'tag', 'sort_name'], rows: tagRows },
  ]);
}
