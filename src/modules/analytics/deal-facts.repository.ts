import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import { listConditions, scopedRecords } from '../records/records.service.js';
import type { ListFilter } from '../records/record-schema.js';

/**
 * The SQL of the deal widgets: the deals the actor may see (the record engine's visibility and list
 * filters, so a figure and its drill-down list agree), narrowed to a few columns, and their stage
 * moves. Metrics are computed from these rows in the services.
 */

/** The columns of a deal a metric reads. */
export interface DealFact {
  id: string;
  owner_id: string;
  pipeline_id: string;
  stage_id: string;
  amount: number;
  currency: string;
  source: string | null;
  company_id: string | null;
  /** The deal's first person (by id), for clients without a company. */
  contact_id: string | null;
  lost_reason_id: string | null;
  expected_close: string | null;
  created_at: string;
  won_at: string | null;
  lost_at: string | null;
  closed_at: string | null;
}

type Query = SelectQueryBuilder<any, any, object>;

/** The visible, live records (deals unless told) a list filter matches, nothing selected yet. */
export async function scopedFacts(db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter): Promise<Query> {
  // The shared columns are typed; the deal's own are not known to the generic builder.
  let query = (scopedRecords(db, kind, actor) as unknown as Query).where(`${kind.table}.deleted_at`, 'is', null);
  for (const condition of await listConditions(db, kind, actor, filter, ctx)) query = query.where(condition);
  return query;
}

/** The deals the actor may see that a list filter matches, with the columns metrics read. */
export async function dealFacts(db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter): Promise<DealFact[]> {
  const t = kind.table;
  const query = await scopedFacts(db, actor, kind, ctx, filter);
  const rows = await query
    .select(['id', 'owner_id', 'pipeline_id', 'stage_id', 'amount', 'currency', 'source', 'company_id', 'lost_reason_id', 'expected_close', 'created_at', 'won_at', 'lost_at', 'closed_at'].map((c) => `${t}.${c}`))
    .select(sql<string | null>`(SELECT dc.contact_id FROM deal_contacts dc WHERE dc.deal_id = ${sql.ref(`${t}.id`)} ORDER BY dc.contact_id LIMIT 1)`.as('contact_id'))
    .execute() as Array<Record<string, unknown>>;
  return rows.map((r) => ({ ...(r as unknown as DealFact), amount: Number(r.amount ?? 0), contact_id: r.contact_id === null || r.contact_id === undefined ? null : String(r.contact_id) }));
}

/** One entry of a deal into a stage. */
export interface StageEntry {
  deal_id: string;
  to_stage_id: string;
  moved_at: string;
}

/** Every stage entry of the deals the actor may see that a list filter matches, in time order per deal. */
export async function stageEntries(db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter): Promise<StageEntry[]> {
  const ids = (await scopedFacts(db, actor, kind, ctx, filter)).select(`${kind.table}.id`);
  return await db.selectFrom('deal_stage_moves')
    .select(['deal_id', 'to_stage_id', 'moved_at'])
    .where('workspace_id', '=', actor.workspaceId)
    .where('deal_id', 'in', ids as never)
    .orderBy('deal_id').orderBy('moved_at').orderBy('id')
    .execute();
}

/** The line items with a product of the given deals (revenue by product), in the deal's currency. */
export async function dealProductTotals(db: Executor, workspaceId: string, dealIds: readonly string[]): Promise<Array<{ deal_id: string; product_id: string | null; total: number }>> {
  const out: Array<{ deal_id: string; product_id: string | null; total: number }> = [];
  for (let i = 0; i < dealIds.length; i += 500) {
    const rows = await db.selectFrom('deal_items').select(['deal_id', 'product_id', 'total'])
      .where('workspace_id', '=', workspaceId).where('deal_id', 'in', dealIds.slice(i, i + 500)).execute();
    for (const r of rows) out.push({ deal_id: r.deal_id, product_id: r.product_id, total: Number(r.total) });
  }
  return out;
}

/** Some columns of the records of any type the actor may see that a list filter matches (activities, contacts). */
export async function recordFacts<T>(db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter, columns: readonly string[]): Promise<T[]> {
  const query = await scopedFacts(db, actor, kind, ctx, filter);
  return (await query.select(columns.map((c) => `${kind.table}.${c}`)).execute()) as T[];
}
