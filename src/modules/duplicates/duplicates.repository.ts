import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { DuplicateKind } from './duplicate-kinds.js';

/**
 * Read-only look-ups for duplicate detection over the records' derived rows (contact points,
 * name and tax id keys) and company links. Every query that returns records applies `visibleTo`
 * and skips deleted ones; the grouping scans run over the indexes alone and are filtered after.
 */

// One builder serves both record tables; Kysely cannot be generic over them.
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** A candidate record as the duplicate answers show it. */
export interface DuplicateRow {
  id: string;
  title: string;
  subtitle: string | null;
  name_key: string;
  tax_id_key: string | null;
  created_at: string;
}

function selectVisible(db: Executor, actor: Actor, kind: DuplicateKind) {
  return untyped(db)
    .selectFrom(`${kind.table} as r`)
    .select(['r.id', 'r.name_key', 'r.created_at', `r.${kind.titleColumn} as title`, `r.${kind.subtitleColumn} as subtitle`])
    .select(kind.keyColumns.taxIdKey ? sql<string | null>`${sql.ref(`r.${kind.keyColumns.taxIdKey}`)}`.as('tax_id_key') : sql<null>`null`.as('tax_id_key'))
    .where('r.deleted_at', 'is', null)
    .where(visibleTo(actor, kind.module, 'r'));
}

const asRows = (rows: unknown[]) => rows as DuplicateRow[];

/** Visible live records among `ids`. */
export async function visibleRecords(db: Executor, actor: Actor, kind: DuplicateKind, ids: string[]): Promise<DuplicateRow[]> {
  if (ids.length === 0) return [];
  return asRows(await selectVisible(db, actor, kind).where('r.id', 'in', ids).execute());
}

/** Visible live records with one of the contact point `values` (phone digits, lower-case emails), with the value matched. */
export async function recordsByPoints(db: Executor, actor: Actor, kind: DuplicateKind, pointKind: 'phone' | 'email', values: string[]): Promise<Array<DuplicateRow & { value: string }>> {
  if (values.length === 0) return [];
  const rows = await selectVisible(db, actor, kind)
    .innerJoin('contact_points as cp', 'cp.entity_id', 'r.id')
    .select('cp.value as value')
    .where('cp.workspace_id', '=', actor.workspaceId)
    .where('cp.kind', '=', pointKind)
    .where('cp.value', 'in', values)
    // Concatenated so SQLite cannot pick the primary key by type alone over the value index.
    .where(sql`cp.entity_type || ''`, '=', kind.entityType)
    .execute();
  return rows as Array<DuplicateRow & { value: string }>;
}

/** Visible live records whose name key is one of `keys`. */
export async function recordsByNameKeys(db: Executor, actor: Actor, kind: DuplicateKind, keys: string[], limit?: number): Promise<DuplicateRow[]> {
  if (keys.length === 0) return [];
  let query = selectVisible(db, actor, kind).where('r.workspace_id', '=', actor.workspaceId).where('r.name_key', 'in', keys);
  if (limit !== undefined) query = query.limit(limit);
  return asRows(await query.execute());
}

/** Visible live companies whose tax id key is one of `keys`. */
export async function companiesByTaxKeys(db: Executor, actor: Actor, kind: DuplicateKind, keys: string[]): Promise<DuplicateRow[]> {
  if (keys.length === 0) return [];
  return asRows(await selectVisible(db, actor, kind).where('r.workspace_id', '=', actor.workspaceId).where('r.tax_id_key', 'in', keys).execute());
}

/** Company links of contacts: which companies each works for. */
export async function companyLinksOf(db: Executor, workspaceId: string, contactIds: string[]): Promise<Array<{ contact_id: string; company_id: string }>> {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_companies')
    .select(['contact_id', 'company_id'])
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', 'in', contactIds)
    .execute();
}

/** Phones and emails of records, for telling which keys a group shares. */
export async function pointsOf(db: Executor, kind: DuplicateKind, ids: string[]): Promise<Array<{ entity_id: string; kind: string; value: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('contact_points')
    .select(['entity_id', 'kind', 'value'])
    .where('entity_type', '=', kind.entityType)
    .where('entity_id', 'in', ids)
    .where('kind', 'in', ['phone', 'email'])
    .execute();
}

/**
 * The next `batch` contact point values (after `after`, in index order) that two or more rows
 * share, across both record types and deleted records: an index-only scan of
 * (workspace_id, kind, value). The caller keeps the values shared by visible live records.
 */
export async function sharedPointValues(db: Executor, workspaceId: string, pointKind: 'phone' | 'email', after: string, batch: number): Promise<string[]> {
  const rows = await db
    .selectFrom('contact_points')
    .select('value')
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', pointKind)
    .where('value', '>', after)
    .groupBy('value')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('value')
    .limit(batch)
    .execute();
  return rows.map((r) => r.value);
}

/** The next `batch` name keys (after `after`) that two or more live records share: an index-only scan. */
export async function sharedNameKeys(db: Executor, workspaceId: string, kind: DuplicateKind, after: string, batch: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom(kind.table)
    .select('name_key')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where('name_key', '>', after)
    .groupBy('name_key')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('name_key')
    .limit(batch)
    .execute();
  return rows.map((r) => String(r.name_key));
}

/*
 * Record-driven variants: walk the records the actor can see (by the owner index under an own or
 * department scope; all companies, a tenth of the contacts) and group their keys. Used where the
 * index-ordered scans above would mostly meet keys of records the actor cannot see or of the
 * other record type.
 */

/** Up to `limit` contact point values two or more visible live records share. */
export async function visibleSharedPointValues(db: Executor, actor: Actor, kind: DuplicateKind, pointKind: 'phone' | 'email', limit: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom(`${kind.table} as r`)
    // CROSS JOIN keeps SQLite walking the visible records first, then each one's points.
    .crossJoin('contact_points as cp')
    .select('cp.value as value')
    .whereRef('cp.entity_id', '=', 'r.id')
    .where('cp.entity_type', '=', kind.entityType)
    .where('cp.kind', '=', pointKind)
    .where('r.deleted_at', 'is', null)
    .where(visibleTo(actor, kind.module, 'r'))
    .groupBy('cp.value')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.value));
}

/** Up to `limit` name keys (companies) or tax id keys two or more visible live records share. */
export async function visibleSharedKeys(db: Executor, actor: Actor, kind: DuplicateKind, column: 'name_key' | 'tax_id_key', limit: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom(`${kind.table} as r`)
    .select(`r.${column} as key`)
    .where('r.deleted_at', 'is', null)
    .where(`r.${column}`, 'is not', null)
    .where(`r.${column}`, '<>', '')
    .where(visibleTo(actor, kind.module, 'r'))
    .groupBy(`r.${column}`)
    .having((eb) => eb.fn.countAll(), '>', 1)
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.key));
}

/** Up to `limit` name keys shared by two or more visible live contacts at one company. */
export async function visibleSharedNamesAtCompanies(db: Executor, actor: Actor, limit: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom('contacts as r')
    .crossJoin('contact_companies as cc')
    .select('r.name_key as key')
    .whereRef('cc.contact_id', '=', 'r.id')
    .where('r.deleted_at', 'is', null)
    .where(visibleTo(actor, 'contacts', 'r'))
    .groupBy(['cc.company_id', 'r.name_key'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .limit(limit)
    .execute();
  return [...new Set(rows.map((r) => String(r.key)))];
}
