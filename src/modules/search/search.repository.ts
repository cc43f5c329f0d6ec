import { PostgresAdapter, sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { ftsQuery, type SearchPlan } from '../../platform/search/search-plan.js';
import { documentIdRange } from '../../platform/search/search.index.js';

/**
 * The queries of global search over one record type's table, its search documents and contact
 * points. The type comes from the registry: its table, permission module and `search` columns.
 */

/**
 * Trigram matches looked at per type before giving up on finding more visible ones: a manager who
 * sees a few records among a million could otherwise make a common query walk every match. The
 * prefix look-up (by the visible owner's index) still finds their records by the start of a name.
 * The total of a group is counted over as many matches, so it is "at least" when they run out.
 */
export const CANDIDATE_CAP = 2000;
/**
 * Matches a group's total is counted over: the dropdown says "all 137 results" or "all results
 * (200+)"; the list it leads to counts exactly. Counting over all 2,000 candidates cost 30-40 ms
 * at a million contacts (the trigram index hands out each match, then two look-ups per match), a
 * count over 200 costs a tenth of that and keeps search within its budget.
 */
export const COUNT_CAP = 200;
/** Above U+FFFF nothing sorts in a name: the upper bound of a prefix range. */
const PREFIX_END = '\uffff';

export type SearchRow = RecordRow & { sort_name: string };

/** A count that stopped at a cap: `capped` says there are at least `total`. */
export interface CappedCount {
  total: number;
  capped: boolean;
}

// Record tables share the columns this reads; Kysely's builder cannot be generic over them.
const anyDb = (db: Executor) => db as unknown as Kysely<any>;

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function live(type: RecordType, actor: Actor) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.and([eb(`r.deleted_at`, 'is', null), visibleTo(actor, type.module, 'r')(eb)]);
}

function selected(type: RecordType): string[] {
  return ['r.id', 'r.sort_name', ...(type.search?.columns ?? []).map((c) => `r.${c}`)];
}

function prefixQuery(db: Executor, actor: Actor, type: RecordType, prefix: string) {
  return anyDb(db)
    .selectFrom(`${type.table} as r`)
    .where(live(type, actor))
    .where('r.sort_name', '>=', prefix)
    .where('r.sort_name', '<', prefix + PREFIX_END)
    // The range serves the index; this keeps it exact under any PostgreSQL collation.
    .where(sql<SqlBool>`substr(r.sort_name, 1, ${prefix.length}) = ${prefix}`);
}

/** Records whose sorted name starts with one of the plan's spellings: the hits ranked first. */
export async function prefixRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, limit: number): Promise<SearchRow[]> {
  const out: SearchRow[] = [];
  for (const prefix of plan.prefixes) {
    const rows = await prefixQuery(db, actor, type, prefix).select(selected(type)).orderBy('r.sort_name').orderBy('r.id').limit(limit).execute();
    out.push(...(rows as SearchRow[]));
  }
  return out;
}

/** How many visible records a prefix-only query finds, counting at most `cap` per spelling. */
export async function countPrefixRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, cap: number): Promise<CappedCount> {
  let total = 0;
  let capped = false;
  for (const prefix of plan.prefixes) {
    const inner = prefixQuery(db, actor, type, prefix).select('r.id').limit(cap + 1);
    const row = await anyDb(db).selectFrom(inner.as('m')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const n = Number(row.n);
    capped ||= n > cap;
    total += Math.min(n, cap);
  }
  return { total, capped };
}

function exactQuery(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan) {
  return anyDb(db)
    .selectFrom('contact_points as cp')
    .innerJoin(`${type.table} as r`, 'r.id', 'cp.entity_id')
    .where('cp.workspace_id', '=', actor.workspaceId)
    .where('cp.kind', '=', plan.exact.kind)
    .where('cp.value', 'in', plan.exact.values)
    // Concatenated so SQLite cannot pick the primary key by type alone over the value index.
    .where(sql`cp.entity_type || ''`, '=', type.entityType)
    .where(live(type, actor));
}

const hasExact = (type: RecordType, plan: SearchPlan) => type.search?.contactPoints === true && plan.exact.values.length > 0;

/** Records holding the plan's whole phone number or email exactly (the contact points index). */
export async function exactRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, limit: number): Promise<SearchRow[]> {
  if (!hasExact(type, plan)) return [];
  return (await exactQuery(db, actor, type, plan).select(selected(type)).limit(limit).execute()) as SearchRow[];
}

/** How many visible records hold the whole number or email, up to `cap`. */
export async function countExactRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, cap: number): Promise<CappedCount> {
  if (!hasExact(type, plan)) return { total: 0, capped: false };
  const inner = exactQuery(db, actor, type, plan).select('r.id').distinct().limit(cap + 1);
  const n = Number((await anyDb(db).selectFrom(inner.as('m')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { total: Math.min(n, cap), capped: n > cap };
}

function likeAny(forms: string[]) {
  const patterns = forms.map((f) => `%${f.replace(/[\\%_]/g, '\\$&')}%`);
  return sql<SqlBool>`d.text like any(${patterns}::text[])`;
}

/** The PostgreSQL condition of a plan, which the trigram GIN index answers. */
function pgCondition(plan: SearchPlan) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [];
    if (plan.words.length > 0) parts.push(eb.and(plan.words.map(likeAny)));
    if (plan.whole.length > 0) parts.push(likeAny(plan.whole));
    return eb.or(parts);
  };
}

/**
 * The first `CANDIDATE_CAP` trigram matches of the type on SQLite, as a co-routine: FTS5 hands out
 * matches lazily, so an outer LIMIT stops the walk early. The id range as literals: a bound JS
 * number arrives as a REAL, and FTS5 then filters every match instead of seeking to the range.
 */
function ftsCandidates(type: RecordType, plan: SearchPlan, cap = CANDIDATE_CAP) {
  const [from, to] = documentIdRange(type.entityType);
  return sql`(select rowid as id from search_fts where search_fts match ${ftsQuery(plan)} and rowid >= ${sql.lit(from)} and rowid < ${sql.lit(to)} limit ${sql.lit(cap)})`;
}

/** Records whose search document contains the query (trigram index on either database). */
export async function textRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, limit: number): Promise<SearchRow[]> {
  const k = anyDb(db);
  const base = isPostgres(db)
    ? k.selectFrom('search_documents as d').where(pgCondition(plan)).innerJoin(`${type.table} as r`, 'r.id', 'd.entity_id')
    : k
        // CROSS JOIN fixes the order (matches, then their documents, then records): left to
        // itself SQLite may walk every record of the workspace and probe the matches.
        .selectFrom(ftsCandidates(type, plan).as('f'))
        .crossJoin('search_documents as d')
        .crossJoin(`${type.table} as r`)
        .whereRef('d.id', '=', 'f.id')
        .whereRef('r.id', '=', 'd.entity_id');
  const rows = await base
    .select(selected(type))
    .where('d.workspace_id', '=', actor.workspaceId)
    .where('d.entity_type', '=', type.entityType)
    .where(live(type, actor))
    .limit(limit)
    .execute();
  return rows as SearchRow[];
}

/**
 * How many visible records' documents contain the query, over at most `COUNT_CAP` matches of the
 * index (on SQLite those of every workspace, the index's own order), and `capped` when the matches
 * ran past it.
 */
export async function countTextRows(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan): Promise<CappedCount> {
  const k = anyDb(db);
  if (isPostgres(db)) {
    const inner = k.selectFrom('search_documents as d').where(pgCondition(plan)).innerJoin(`${type.table} as r`, 'r.id', 'd.entity_id')
      .select('r.id').where('d.workspace_id', '=', actor.workspaceId).where('d.entity_type', '=', type.entityType).where(live(type, actor))
      .limit(COUNT_CAP + 1);
    const n = Number((await k.selectFrom(inner.as('m')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
  }
  const row = await k
    .selectFrom(ftsCandidates(type, plan, COUNT_CAP).as('f'))
    .crossJoin('search_documents as d')
    .crossJoin(`${type.table} as r`)
    .whereRef('d.id', '=', 'f.id')
    .whereRef('r.id', '=', 'd.entity_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('seen'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('d.workspace_id', '=', actor.workspaceId), eb('d.entity_type', '=', type.entityType), live(type, actor)(eb)])).then(1).else(0).end()).as('n'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.n ?? 0), capped: Number(row.seen) >= COUNT_CAP };
}
