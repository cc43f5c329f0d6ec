import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import type { Actor } from '../../platform/access/actor.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import type { ListFilter } from '../records/record-schema.js';
import { bucketLabel, bucketStart, bucketsOf, type Bucket, type Period } from './analytics-period.js';
import { scopedFacts } from './deal-facts.repository.js';

/**
 * Widget figures grouped and aggregated in the database (decision 0036): the same visible, filtered
 * records as `dealFacts` (the record engine's `scopedRecords` + `listConditions`), but only one row per
 * group comes back. Time buckets are local to the workspace's zone on both databases: PostgreSQL
 * truncates `AT TIME ZONE`, SQLite compares with the bucket boundaries computed in TypeScript (a CASE
 * that halves the list at each step), and both name a bucket by `bucketLabel`.
 */

/** What a group is keyed by: a column of the record, or the time bucket of a time column. */
export type GroupKey =
  | { column: string }
  | { bucketOf: string; period: Period; bucket: Bucket }
  /** A rank per value of a column (0 for others); with `moves`, the highest rank among the deal's stage and every stage it entered. */
  | { rankOf: string; ranks: ReadonlyMap<string, number>; moves?: boolean };

/** Amounts summed per group: rows in `currency` are summed, others come back one per record with their instant. */
export interface MoneySpec {
  currency: string;
  /** The instant whose day's rate converts a foreign amount; null: today's. */
  at: string | null;
}

/** One group: its key values, how many records, how many with each counted column set, and money. */
export interface GroupRow {
  keys: Array<string | null>;
  count: number;
  counts: number[];
  /** Present with a money spec: the summed minor units of `currency`, and that currency. */
  sum: number;
  currency: string | null;
  /** A foreign amount's instant (one record per such row). */
  at: string | null;
}

/** The bucket label of an instant column, local to the period's zone, as SQL. */
export function bucketExpression(db: Executor, column: RawBuilder<unknown>, period: Period, bucket: Bucket): RawBuilder<string | null> {
  if (isPostgres(db)) {
    const local = sql`date_trunc(${sql.lit(bucket)}, ${column} AT TIME ZONE ${sql.lit(period.timeZone)})`;
    const format = { day: 'YYYY-MM-DD', week: 'YYYY-MM-DD', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' }[bucket];
    return sql<string | null>`to_char(${local}, ${sql.lit(format)})`;
  }
  const buckets = bucketsOf(period, bucket);
  // Labels of cut buckets are those of the whole bucket (`bucketLabel` of its natural first day).
  const labels = buckets.map((b) => bucketLabel(bucketStart(b.firstDay, bucket), bucket));
  const pick = (lo: number, hi: number): RawBuilder<string | null> => {
    if (lo === hi) return sql<string>`${labels[lo]!}`;
    const mid = (lo + hi + 1) >> 1;
    return sql<string>`(CASE WHEN ${column} < ${buckets[mid]!.start} THEN ${pick(lo, mid - 1)} ELSE ${pick(mid, hi)} END)`;
  };
  return pick(0, buckets.length - 1);
}

function keyExpression(db: Executor, table: string, key: GroupKey): RawBuilder<unknown> {
  if ('column' in key) return sql`${sql.ref(`${table}.${key.column}`)}`;
  if ('bucketOf' in key) return bucketExpression(db, sql`${sql.ref(`${table}.${key.bucketOf}`)}`, key.period, key.bucket);
  const rank = (column: RawBuilder<unknown>) => {
    const cases = [...key.ranks.entries()].map(([value, n]) => sql`WHEN ${value} THEN ${n}`);
    return cases.length ? sql`(CASE ${column} ${sql.join(cases, sql` `)} ELSE 0 END)` : sql`0`;
  };
  const own = rank(sql`${sql.ref(`${table}.${key.rankOf}`)}`);
  if (!key.moves) return own;
  const entered = sql`coalesce((SELECT max(${rank(sql`m.to_stage_id`)}) FROM deal_stage_moves m WHERE m.deal_id = ${sql.ref(`${table}.id`)}), 0)`;
  return isPostgres(db) ? sql`greatest(${own}, ${entered})` : sql`max(${own}, ${entered})`;
}

/** The records with at least one of `columns` set (none given: all), a condition no list filter can say. */
async function anySet(query: ReturnType<typeof scopedFacts>, table: string, columns: string[]) {
  const q = await query;
  return columns.length ? q.where(sql<boolean>`(${sql.join(columns.map((c) => sql`${sql.ref(`${table}.${c}`)} IS NOT NULL`), sql` OR `)})`) : q;
}

const num = (v: unknown): number => Number(v ?? 0);
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The visible records a list filter matches, grouped by `keys`: per group the count, the count of
 * each of `counted` columns that is set, and with `money` the amounts (see `MoneySpec`).
 */
export async function groupedFacts(
  db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter,
  spec: { keys: GroupKey[]; counted?: string[]; money?: MoneySpec },
): Promise<GroupRow[]> {
  const t = kind.table;
  const keys = spec.keys.map((k) => keyExpression(db, t, k));
  const counted = spec.counted ?? [];
  const select: RawBuilder<unknown>[] = keys.map((k, i) => sql`${k} AS ${sql.ref(`k${i}`)}`);
  if (spec.money) {
    const currency = sql.ref(`${t}.currency`);
    // A foreign amount is converted at the rate of its own day and rounded on its own (as the list's
    // conversion does), so such records stay one per row: grouped by their id.
    select.push(sql`${currency} AS cur`, sql`CASE WHEN ${currency} = ${spec.money.currency} THEN NULL ELSE ${sql.ref(`${t}.id`)} END AS one`);
  }
  // Grouped by position: PostgreSQL would not see two parameterised copies of an expression as one.
  const groupBy = select.map((_, i) => sql.lit(i + 1));
  select.push(sql`count(*) AS n`, ...counted.map((c, i) => sql`count(${sql.ref(`${t}.${c}`)}) AS ${sql.ref(`c${i}`)}`));
  if (spec.money) {
    select.push(sql`sum(${sql.ref(`${t}.amount`)}) AS s`, spec.money.at ? sql`max(${sql.ref(`${t}.${spec.money.at}`)}) AS at` : sql`NULL AS at`);
  }
  const query = (await scopedFacts(db, actor, kind, ctx, filter)).select(select.map((s) => s as never));
  const rows = (await (groupBy.length ? query.groupBy(groupBy as never) : query).execute()) as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    keys: spec.keys.map((_, i) => text(r[`k${i}`])),
    count: num(r.n),
    counts: counted.map((_, i) => num(r[`c${i}`])),
    sum: num(r.s),
    currency: text(r.cur),
    // A workspace-currency group's instant means nothing (it sums many records).
    at: r.one === null || r.one === undefined ? null : text(r.at),
  }));
}

/** Up to `limit` ids per group key (for drill-downs by ids), in id order. */
export async function idsPerGroup(db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter, key: GroupKey, limit: number, anyOf: string[] = []): Promise<Map<string | null, string[]>> {
  const t = kind.table;
  const inner = (await anySet(scopedFacts(db, actor, kind, ctx, filter), t, anyOf)).select([sql`${sql.ref(`${t}.id`)}`.as('id'), sql`${keyExpression(db, t, key)}`.as('k')]);
  const result = await sql<{ id: string; k: unknown }>`SELECT id, k FROM (SELECT id, k, row_number() OVER (PARTITION BY k ORDER BY id) AS rn FROM (${inner}) AS v) AS r WHERE rn <= ${limit}`.execute(db);
  const rows = result.rows;
  const out = new Map<string | null, string[]>();
  for (const r of rows) {
    const k = text(r.k);
    out.set(k, [...(out.get(k) ?? []), String(r.id)]);
  }
  return out;
}

/** Durations of one group: how many, their sum, and the two middle values (equal for an odd count). */
export interface DurationStats {
  key: string | null;
  count: number;
  sum: number;
  lower: number;
  upper: number;
}

/** Whole seconds from one instant to another, rounded half up (as `Math.round` in `secondsBetween`). */
function secondsExpression(db: Executor, from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<number> {
  const ms = isPostgres(db)
    ? sql`round(extract(epoch from (${to} - ${from})) * 1000)::bigint`
    : sql`CAST(round((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`;
  // Integer division of whole milliseconds: the same on both databases (durations are not negative).
  return sql<number>`((${ms} + 500) / 1000)`;
}

/**
 * The seconds from one time column (or `DurationEnd`) to another of the visible records a list filter
 * matches, per `key` group and in total: count, sum and the middle values for the median, found with
 * window functions over the sorted durations (one query) rather than by reading every duration.
 */
export async function durationStats(
  db: Executor, actor: Actor, kind: RecordType, ctx: RecordContext, filter: ListFilter, key: GroupKey | null, from: string, to: DurationEnd, anyOf: string[] = [],
): Promise<{ groups: DurationStats[]; total: DurationStats | null }> {
  const t = kind.table;
  const k = key ? keyExpression(db, t, key) : sql`NULL`;
  const inner = (await anySet(scopedFacts(db, actor, kind, ctx, filter), t, anyOf))
    .select([sql`${k}`.as('k'), secondsExpression(db, sql`${sql.ref(`${t}.${from}`)}`, endExpression(t, to)).as('s')]);
  // Ranked per group and over all at once, so the durations are computed once. Records without an
  // end (no response yet) have no figure: left out before ranking.
  const ranked = sql`SELECT k, s, row_number() OVER (PARTITION BY k ORDER BY s) AS rn, count(*) OVER (PARTITION BY k) AS n, sum(s) OVER (PARTITION BY k) AS total,
    row_number() OVER (ORDER BY s) AS rt, count(*) OVER () AS nt, sum(s) OVER () AS tt FROM (${inner}) AS v WHERE s IS NOT NULL`;
  const result = await sql<Record<string, unknown>>`SELECT k, s, rn, n, total, rt, nt, tt FROM (${ranked}) AS r
    WHERE rn = (n + 1) / 2 OR rn = n / 2 + 1 OR rt = (nt + 1) / 2 OR rt = nt / 2 + 1`.execute(db);
  const middle = (rank: number, count: number) => rank === Math.floor((count + 1) / 2) || rank === Math.floor(count / 2) + 1;
  const groups = new Map<string | null, DurationStats>();
  let total: DurationStats | null = null;
  const widen = (stats: DurationStats, value: number) => ({ ...stats, lower: Math.min(stats.lower, value), upper: Math.max(stats.upper, value) });
  for (const r of result.rows) {
    const value = num(r.s);
    if (middle(num(r.rn), num(r.n))) {
      const group = text(r.k);
      const seen = groups.get(group) ?? { key: group, count: num(r.n), sum: num(r.total), lower: value, upper: value };
      groups.set(group, widen(seen, value));
    }
    if (middle(num(r.rt), num(r.nt))) total = widen(total ?? { key: null, count: num(r.nt), sum: num(r.tt), lower: value, upper: value }, value);
  }
  return { groups: [...groups.values()], total };
}

/**
 * Where a duration ends: a time column, or `firstResponse` — the first thing done about a deal after
 * its creation: an activity on it (any, not deleted) or a move to another stage, whichever came first.
 */
export type DurationEnd = string | { firstResponse: true };

function endExpression(table: string, to: DurationEnd): RawBuilder<unknown> {
  if (typeof to === 'string') return sql`${sql.ref(`${table}.${to}`)}`;
  const id = sql.ref(`${table}.id`);
  const created = sql.ref(`${table}.created_at`);
  // min() skips the side that has none, and is NULL when neither has.
  return sql`(SELECT min(x) FROM (SELECT min(a.created_at) AS x FROM activities a WHERE a.deal_id = ${id} AND a.deleted_at IS NULL AND a.created_at > ${created}
    UNION ALL SELECT min(m.moved_at) FROM deal_stage_moves m WHERE m.deal_id = ${id} AND m.moved_at > ${created}) AS first_response)`;
}
