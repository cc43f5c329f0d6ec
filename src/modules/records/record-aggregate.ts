import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import { listConditions } from './record-filters.js';
import type { ListFilter } from './record-schema.js';
import { scopedRecords } from './records.repository.js';

/** One group of a filtered list: its column values, how many records, and the sum of a column. */
export interface GroupTotal {
  keys: Record<string, string | null>;
  count: number;
  sum: number;
}

/**
 * Counts and sums of the records the actor may see that a list filter matches, grouped by some of
 * the type's columns (a board's columns: by stage and currency). The same visibility and filters
 * as the list, so a column's count is exactly what its pages show.
 * @throws AppError validation_failed (the filter's parameters)
 */
export async function groupTotals(
  db: Executor, actor: Actor, kind: RecordType, filter: ListFilter, ctx: RecordContext, groupBy: string[], sumColumn: string,
): Promise<GroupTotal[]> {
  const t = kind.table;
  // The shared columns are typed; the grouped ones are the type's own, which Kysely cannot know here.
  let query = (scopedRecords(db, kind, actor) as unknown as SelectQueryBuilder<any, any, object>).where(`${t}.deleted_at`, 'is', null);
  for (const condition of await listConditions(db, kind, actor, filter, ctx)) query = query.where(condition);
  const columns = groupBy.map((c) => `${t}.${c}`);
  const rows = await query
    .select(groupBy.map((c) => sql.ref(`${t}.${c}`).as(c)))
    .select([sql<number>`count(*)`.as('n'), sql<number | string>`coalesce(sum(${sql.ref(`${t}.${sumColumn}`)}), 0)`.as('total')])
    .groupBy(columns)
    .execute();
  return rows.map((row: Record<string, unknown>) => ({
    keys: Object.fromEntries(groupBy.map((c) => [c, row[c] === null || row[c] === undefined ? null : String(row[c])])),
    count: Number(row.n),
    sum: Number(row.total),
  }));
}
