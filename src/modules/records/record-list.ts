import { sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { AppError } from '../../platform/errors.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { isPostgres } from '../../db/dialect.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import { customFieldSortExpression } from '../custom-fields/custom-fields.service.js';
import { drivingTag, listConditions, taggedWith } from './record-filters.js';
import type { ListFilter } from './record-schema.js';
import { scopedRecords, selectRecords, selectTaggedRecords } from './records.repository.js';
import { listSearchPlan, nameColumn, rankedSearchPage } from './record-search.js';

/**
 * Lists of any record type: the filters, then keyset pages on (sort value, id). A sort
 * that may be empty (last activity, custom fields) pages through the records that have a value
 * first, then those without, each part on its own index-friendly condition.
 */

type Query = SelectQueryBuilder<any, any, any>;

interface Sort {
  key: string;
  /** What a cursor's value must look like, so a forged cursor never reaches SQL as a bad cast. */
  value: 'text' | 'time' | 'number' | 'any';
  expr: RawBuilder<unknown>;
  /** The value a cursor keeps: PostgreSQL sends custom values back as text (a date would become a local Date). */
  cursorValue: RawBuilder<unknown>;
  nullable: boolean;
  desc: boolean;
}

/** The position after the last row of a page. `n`: inside the part without a sort value. */
interface Cursor { s: string; v: unknown; i: string; n: 0 | 1 }

/**
 * The sort a list asks for: a column the type names (looked up in its Map, so `constructor` is
 * unknown) or a custom field. @throws AppError validation_failed (sort)
 */
export function resolveSort(kind: RecordType, sort: string, ctx: RecordContext, pg: boolean): Sort {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const column = kind.sorts.get(key);
  if (column) {
    const expr = sql`${sql.ref(`${kind.table}.${column.column}`)}`;
    return { key: sort, value: column.value, expr, cursorValue: expr, nullable: column.nullable, desc };
  }
  const def = kind.features.customFields ? ctx.defs.find((d) => `custom.${d.key}` === key) : undefined;
  if (!def) throw new AppError('validation_failed', 'The list cannot be sorted by that', { sort: 'invalid_option' });
  const value = def.type === 'number' || def.type === 'money' ? 'number' : def.type === 'date' || def.type === 'datetime' ? 'time' : 'any';
  const expr = customFieldSortExpression(`${kind.table}.custom`, def as never, pg);
  return { key: sort, value, expr, cursorValue: pg ? sql`(${expr})::text` : expr, nullable: true, desc };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string | undefined, sort: Sort): Cursor | null {
  if (!raw) return null;
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    const v = cursor.v;
    const okValue = v === null || (sort.value === 'text' ? typeof v === 'string'
      : sort.value === 'time' ? typeof v === 'string' && !Number.isNaN(Date.parse(v))
      : sort.value === 'number' ? Number.isFinite(Number(v)) && (typeof v === 'number' || (typeof v === 'string' && v.trim() !== ''))
      : ['string', 'number', 'boolean'].includes(typeof v));
    if (cursor.s === sort.key && typeof cursor.i === 'string' && UUID_PATTERN.test(cursor.i) && okValue && (cursor.n === 0 || cursor.n === 1)) return cursor;
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('validation_failed', 'The cursor does not belong to this list; start from the first page', { cursor: 'invalid' });
}

/** The filtered records of the list (no order, no page), in the actor's scope for `action`; `bare` skips the owner join (counts); `walkTag` starts from that tag's rows. */
async function filteredQuery(db: Executor, actor: Actor, kind: RecordType, filter: ListFilter, ctx: RecordContext, action: Action, bare = false, walkTag?: string): Promise<Query> {
  let query = (walkTag ? selectTaggedRecords(db, kind, actor, walkTag, action) : bare ? scopedRecords(db, kind, actor, action) : selectRecords(db, kind, actor, action)) as unknown as Query;
  query = query.where(`${kind.table}.deleted_at`, 'is', null);
  for (const condition of await listConditions(db, kind, actor, filter, ctx)) query = query.where(condition);
  return query;
}

export interface ListPage {
  rows: RecordRow[];
  nextCursor: string | null;
}

/**
 * One page of a list. `action` is `export` for an export (its own scope).
 * @throws AppError validation_failed (sort, cursor, filter parameters)
 */
export async function listRecords(
  db: Executor, actor: Actor, kind: RecordType, filter: ListFilter, page: { limit: number; cursor?: string }, ctx: RecordContext, action: Action = 'view',
): Promise<ListPage> {
  const pg = isPostgres(db);
  // `q=` in the default order is the search's ranking (record-search.ts), not a sort of every match by name.
  const plan = kind.features.search && filter.sort === 'name' && nameColumn(kind) ? listSearchPlan(filter.q, ctx.country, actor, kind) : null;
  if (plan) {
    const unranked = await filteredQuery(db, actor, kind, { ...filter, q: undefined }, ctx, action);
    return rankedSearchPage(db, actor, kind, plan, unranked, page.limit, page.cursor, pg);
  }
  let sort = resolveSort(kind, filter.sort, ctx, pg);
  const cursor = decodeCursor(page.cursor, sort);
  let base: Query;
  let id = sql.ref(`${kind.table}.id`);
  const tagWalk = sort.key.replace(/^-/, '') === 'name' && nameColumn(kind) ? await drivingTag(db, kind, actor, filter.tag) : null;
  if (tagWalk) {
    // A tag in name order: walk the tag's rows by their copy of the name, join each record by id.
    base = await filteredQuery(db, actor, kind, { ...filter, tag: undefined }, ctx, action, false, tagWalk.tag);
    // The other tags are checked per row: their own look-up would gather their records and force a sort.
    for (const other of tagWalk.others) base = base.where(taggedWith(kind, other));
    const expr = sql`${sql.ref('kt_tag.sort_name')}`;
    sort = { ...sort, expr, cursorValue: expr };
    id = sql.ref('kt_tag.entity_id');
  } else {
    base = await filteredQuery(db, actor, kind, filter, ctx, action);
  }
  const dir = sort.desc ? 'desc' : 'asc';
  const cmp = sql.raw(sort.desc ? '<' : '>');
  const want = page.limit + 1;
  let rows: RecordRow[] = [];
  if (!cursor || cursor.n === 0) {
    let query = base.select(sort.cursorValue.as('kt_sort'));
    if (sort.nullable) query = query.where(sql<boolean>`${sort.expr} IS NOT NULL`);
    if (cursor) query = query.where(sql<boolean>`(${sort.expr}, ${id}) ${cmp} (${cursor.v}, ${cursor.i})`);
    rows = (await query.orderBy(sort.expr as Expression<unknown>, dir).orderBy(id, dir).limit(want).execute()) as RecordRow[];
  }
  if (sort.nullable && rows.length < want) {
    let query = base.select(sql<null>`NULL`.as('kt_sort')).where(sql<boolean>`${sort.expr} IS NULL`);
    if (cursor?.n === 1) query = query.where(sql<boolean>`${id} ${cmp} ${cursor.i}`);
    rows.push(...((await query.orderBy(id, dir).limit(want - rows.length).execute()) as RecordRow[]));
  }
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor = more && last ? encodeCursor({ s: sort.key, v: last.kt_sort ?? null, i: last.id, n: last.kt_sort === null || last.kt_sort === undefined ? 1 : 0 }) : null;
  for (const row of items) delete row.kt_sort;
  return { rows: items, nextCursor };
}

/** How many records the list's filters match (same scope rules as the list). */
export async function countRecords(db: Executor, actor: Actor, kind: RecordType, filter: ListFilter, ctx: RecordContext, action: Action = 'view'): Promise<number> {
  const row = await (await filteredQuery(db, actor, kind, filter, ctx, action, true))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number((row as { n: unknown }).n);
}
