import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { addMs, now, toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { isoDateQuery } from '../audit/audit.schema.js';
import { customFieldCondition, FILTER_OPS, type FilterOp } from '../custom-fields/custom-fields.service.js';
import type { Executor } from '../../db/database.js';
import type { ColumnKind, Condition, FilterColumn, RecordContext, RecordType } from '../../platform/records/record-type.js';
import { isPostgres } from '../../db/dialect.js';
import { countTagged } from '../contacts/client-derived.js';
import type { ListFilter } from './record-schema.js';
import { listSearchPlan, searchCondition } from './record-search.js';

/** The WHERE conditions of a list's filter parameters (list, count and export share them). */

type Eb = ExpressionBuilder<any, any>;

const DAY_MS = 24 * 60 * 60 * 1000;
const filterItems = z.array(z.strictObject({ field: z.string().min(1).max(60), op: z.enum(FILTER_OPS), value: z.unknown().optional() })).max(30);

const invalid = (field: string, code: string, message: string) => new AppError('validation_failed', message, { [field]: code });
const badFilter = (message: string) => invalid('filter', 'invalid', message);
const commaList = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A value of a standard column filter, checked for the column's kind. */
function columnValue(field: string, kind: ColumnKind, value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw badFilter(`${field}: a value is expected`);
  const text = String(value);
  if (text.length > 500) throw badFilter(`${field}: the value is too long`);
  if (kind === 'id' && !UUID_PATTERN.test(text)) throw badFilter(`${field}: an id is expected`);
  if (kind === 'time') {
    if (!isoDateQuery.safeParse(text).success) throw badFilter(`${field}: a date or time is expected`);
    return toIso(text);
  }
  if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw badFilter(`${field}: a date YYYY-MM-DD is expected`);
  if (kind === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text.trim())) throw badFilter(`${field}: a number is expected`);
    return Number(text) as unknown as string;
  }
  return text;
}

const ALLOWED_OPS: Record<ColumnKind, readonly FilterOp[]> = {
  text: FILTER_OPS,
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'notEmpty'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'empty', 'notEmpty'],
  time: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'],
  id: ['eq', 'neq', 'in', 'empty', 'notEmpty'],
  enum: ['eq', 'neq', 'in', 'empty', 'notEmpty'],
};

/** One `{ field, op, value }` on a standard column. */
function columnCondition(table: string, field: string, spec: FilterColumn, op: FilterOp, value: unknown, pg: boolean): Condition {
  if (!ALLOWED_OPS[spec.kind].includes(op)) throw badFilter(`${field}: operator ${op} does not apply`);
  const col = `${table}.${spec.column}`;
  const textual = spec.kind === 'text' || spec.kind === 'date' || spec.kind === 'enum';
  switch (op) {
    case 'empty':
      return (eb) => (textual ? eb.or([eb(col, 'is', null), eb(col, '=', '')]) : eb(col, 'is', null));
    case 'notEmpty':
      return (eb) => (textual ? eb.and([eb(col, 'is not', null), eb(col, '<>', '')]) : eb(col, 'is not', null));
    case 'contains': {
      const pattern = `%${escapeLike(columnValue(field, spec.kind, value))}%`;
      return () => (pg ? sql<SqlBool>`${sql.ref(col)} ILIKE ${pattern}` : sql<SqlBool>`${sql.ref(col)} LIKE ${pattern} ESCAPE '\\'`);
    }
    case 'in': {
      if (!Array.isArray(value) || value.length === 0 || value.length > 100) throw badFilter(`${field}: a list of 1 to 100 values is expected`);
      const values = value.map((v) => columnValue(field, spec.kind, v));
      return (eb) => eb(col, 'in', values);
    }
    case 'neq': {
      const v = columnValue(field, spec.kind, value);
      return (eb) => eb.or([eb(col, 'is', null), eb(col, '<>', v)]);
    }
    default: {
      const v = columnValue(field, spec.kind, value);
      const sqlOp = ({ eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const)[op];
      return (eb) => eb(col, sqlOp, v);
    }
  }
}

/** The `filter` parameter: a JSON array of `{ field, op, value }` on columns or `custom.<key>`. */
function filterConditions(kind: RecordType, raw: string, ctx: RecordContext, pg: boolean): Condition[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badFilter('filter must be a JSON array of { field, op, value }');
  }
  const items = filterItems.safeParse(parsed);
  if (!items.success) throw badFilter('filter must be a JSON array of at most 30 { field, op, value }');
  return items.data.map(({ field, op, value }) => {
    if (field.startsWith('custom.') && kind.features.customFields) {
      const def = ctx.defs.find((d) => d.key === field.slice('custom.'.length));
      if (!def) throw badFilter(`${field}: there is no such custom field`);
      return (eb: Eb) => customFieldCondition(eb, `${kind.table}.custom`, def as never, op, value, pg);
    }
    // A Map: a field named `constructor` or `__proto__` is unknown, not an inherited property.
    const spec = kind.filterColumns.get(field);
    if (!spec) throw badFilter(`${field}: the list cannot be filtered by it`);
    return columnCondition(kind.table, field, spec, op, value, pg);
  });
}

/** Below this many tagged records, a tag filter starts from the tag's rows; above, it checks rows in list order. */
const RARE_TAG = 5000;

/**
 * Every tag must match. The rarest tag, when rare, drives the query (`id IN` its records: cost by
 * its count); the others, and a common one, are checked per row while walking the sort index
 * (cost by how soon enough rows match). Either way a 1M-row list stays an index walk.
 */
async function tagConditions(db: Executor, kind: RecordType, actor: Actor, tags: string[]): Promise<Condition[]> {
  const t = kind.table;
  const counts = await Promise.all(tags.map((tag) => countTagged(db, actor.workspaceId, kind.entityType, tag)));
  const rarest = counts.length > 0 ? counts.indexOf(Math.min(...counts)) : -1;
  return tags.map((tag, i) => {
    if (i === rarest && counts[i]! <= RARE_TAG) {
      return (eb: Eb) => eb(`${t}.id`, 'in', eb.selectFrom('record_tags').select('record_tags.entity_id')
        .where('record_tags.workspace_id', '=', actor.workspaceId).where('record_tags.entity_type', '=', kind.entityType).where('record_tags.tag', '=', tag));
    }
    return taggedWith(kind, tag);
  });
}

/** The record carries `tag`: checked per row (the tag's key look-up). */
export function taggedWith(kind: RecordType, tag: string): Condition {
  return (eb: Eb) => eb.exists(eb.selectFrom('record_tags').select(sql.lit(1).as('one'))
    .where('record_tags.entity_type', '=', kind.entityType).whereRef('record_tags.entity_id', '=', `${kind.table}.id`).where('record_tags.tag', '=', tag));
}

/**
 * The tag a list in name order walks (its rows keep the record's name, `record_tags_sort_idx`):
 * the only one, or the rarest of several (the others are checked per row).
 */
export async function drivingTag(db: Executor, kind: RecordType, actor: Actor, tag: string | undefined): Promise<{ tag: string; others: string[] } | null> {
  const tags = kind.features.tags ? [...new Set(commaList(tag))] : [];
  if (tags.length === 0) return null;
  let at = 0;
  if (tags.length > 1) {
    const counts = await Promise.all(tags.map((t) => countTagged(db, actor.workspaceId, kind.entityType, t)));
    at = counts.indexOf(Math.min(...counts));
  }
  return { tag: tags[at]!, others: tags.filter((_, i) => i !== at) };
}

/** The start of a day (`2026-11-23`) or the time itself; `end` gives the start of the next day for a bare date. */
function timeBound(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return addMs(`${value}T00:00:00.000Z`, end ? DAY_MS : 0);
  return toIso(value);
}

/**
 * Every condition of the list parameters, visibility aside (the caller's query applies it).
 * @throws AppError validation_failed (ownerId, filter, the type's own parameters)
 */
export async function listConditions(db: Executor, kind: RecordType, actor: Actor, filter: ListFilter, ctx: RecordContext): Promise<Condition[]> {
  const pg = isPostgres(db);
  const t = kind.table;
  const out: Condition[] = [];
  const plan = kind.features.search ? listSearchPlan(filter.q, ctx.country, actor, kind) : null;
  if (plan) out.push(searchCondition(kind, actor, plan, pg));
  for (const [name, param] of kind.listParams ?? []) {
    const value = (filter as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const condition = param.condition(value, actor, t, pg);
    if (condition) out.push(condition);
  }
  const owners = commaList(filter.ownerId).map((o) => (o === 'me' ? actor.userId ?? '' : o));
  if (owners.some((o) => !UUID_PATTERN.test(o))) throw invalid('ownerId', 'invalid_id', 'ownerId takes user ids or "me"');
  if (owners.length > 0) out.push((eb) => eb(`${t}.owner_id`, 'in', owners));
  if (kind.features.tags) out.push(...(await tagConditions(db, kind, actor, commaList(filter.tag))));
  if (filter.createdFrom) {
    const from = timeBound(filter.createdFrom, false);
    out.push((eb) => eb(`${t}.created_at`, '>=', from));
  }
  if (filter.createdTo) {
    const to = timeBound(filter.createdTo, true);
    out.push((eb) => eb(`${t}.created_at`, '<', to));
  }
  if (filter.noActivityDays !== undefined && kind.features.timeline) {
    const cutoff = addMs(now(), -filter.noActivityDays * DAY_MS);
    // (no activity, or none since the cutoff) and created before it, as one expression: no index
    // can serve it, so the list walks its sort index and decides from the entry (the name index
    // holds both columns) instead of gathering every idle record through the activity index and sorting them.
    const la = sql.ref(`${t}.last_activity_at`);
    const ca = sql.ref(`${t}.created_at`);
    out.push(() => (pg ? sql<SqlBool>`greatest(coalesce(${la}, ${ca}), ${ca}) < ${cutoff}` : sql<SqlBool>`max(coalesce(${la}, ${ca}), ${ca}) < ${cutoff}`));
  }
  if (filter.filter) out.push(...filterConditions(kind, filter.filter, ctx, pg));
  return out;
}
