import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import { toJson } from '../../platform/json.js';
import type { DuplicateKind } from './duplicate-kinds.js';

/**
 * SQL of the candidate pair store: the blocking keys a record shares (its contact points and its
 * name and tax id keys), the pairs kept per record, and "not a duplicate" dismissals.
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** Kinds of contact point that are blocking keys: a shared one makes two records a candidate pair. */
export const MATCH_POINT_KINDS = ['phone', 'email', 'sound', 'domain'] as const;

/** A record's blocking key values from its contact points. */
export async function matchPointsOf(db: Executor, entityType: string, id: string): Promise<Array<{ kind: string; value: string }>> {
  return untyped(db).selectFrom('contact_points').select(['kind', 'value']).where('entity_type', '=', entityType).where('entity_id', '=', id).where('kind', 'in', [...MATCH_POINT_KINDS]).execute();
}

/** Up to `limit` records of a type holding a contact point value (deleted ones too; filtered later). */
export async function holdersOf(db: Executor, workspaceId: string, entityType: string, kind: string, value: string, limit: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom('contact_points')
    .select('entity_id')
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('value', '=', value)
    .where(sql`entity_type || ''`, '=', entityType)
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.entity_id));
}

/** Up to `limit` live records whose key column equals `value`. */
export async function sameKeyRecords(db: Executor, kind: DuplicateKind, workspaceId: string, column: 'name_key' | 'tax_id_key', value: string, limit: number): Promise<string[]> {
  const rows = await untyped(db).selectFrom(kind.table).select('id').where('workspace_id', '=', workspaceId).where(column, '=', value).where('deleted_at', 'is', null).limit(limit).execute();
  return rows.map((r) => String(r.id));
}

/** What the evidence reads from the records themselves. */
export interface RecordFacts { id: string; name_key: string; tax_id_key: string | null; birthday: string | null; deleted: boolean }

export async function recordFacts(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[]): Promise<RecordFacts[]> {
  if (ids.length === 0) return [];
  const company = kind.table === 'companies';
  const rows = await untyped(db)
    .selectFrom(kind.table)
    .select(['id', 'name_key', 'deleted_at'])
    .select(company ? sql<string | null>`tax_id_key`.as('tax_id_key') : sql<null>`null`.as('tax_id_key'))
    .select(company ? sql<null>`null`.as('birthday') : sql<string | null>`birthday`.as('birthday'))
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: String(r.id), name_key: String(r.name_key), tax_id_key: r.tax_id_key ?? null, birthday: r.birthday ?? null, deleted: r.deleted_at !== null }));
}

/** (contact, company) links of contacts. */
export async function companyLinks(db: Executor, workspaceId: string, contactIds: string[]): Promise<Array<{ contact_id: string; company_id: string }>> {
  if (contactIds.length === 0) return [];
  return untyped(db).selectFrom('contact_companies').select(['contact_id', 'company_id']).where('workspace_id', '=', workspaceId).where('contact_id', 'in', contactIds).execute();
}

export interface PairRow { a_id: string; b_id: string; score: number; evidence: number; details: unknown }

/** Replaces every pair of a record with `pairs` (each naming the record as `a_id` or `b_id`). */
export async function replacePairsOf(db: Executor, workspaceId: string, entityType: string, id: string, pairs: PairRow[], at: string): Promise<void> {
  await untyped(db).deleteFrom('duplicate_pairs').where('entity_type', '=', entityType).where((eb) => eb.or([eb('a_id', '=', id), eb('b_id', '=', id)])).execute();
  if (pairs.length === 0) return;
  await untyped(db)
    .insertInto('duplicate_pairs')
    .values(pairs.map((p) => ({ workspace_id: workspaceId, entity_type: entityType, a_id: p.a_id, b_id: p.b_id, score: p.score, evidence: p.evidence, details: toJson(p.details), updated_at: at })))
    .execute();
}

/** Removes a purged record's pairs and dismissals. */
export async function deletePairsOf(db: Executor, entityType: string, id: string): Promise<void> {
  for (const table of ['duplicate_pairs', 'duplicate_dismissals']) {
    await untyped(db).deleteFrom(table).where('entity_type', '=', entityType).where((eb) => eb.or([eb('a_id', '=', id), eb('b_id', '=', id)])).execute();
  }
}

/** A page of a type's record ids in id order after `after` (rebuild). */
export async function recordIdsAfter(db: Executor, kind: DuplicateKind, workspaceId: string, after: string | null, limit: number): Promise<string[]> {
  let query = untyped(db).selectFrom(kind.table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).orderBy('id').limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  return (await query.execute()).map((r) => String(r.id));
}

export interface ListedPair extends PairRow {
  a_title: string;
  b_title: string;
  a_owner: string;
  b_owner: string;
  /** Evidence bits the pair had when it was dismissed; null when it never was. */
  dismissed_evidence: number | null;
}

export interface PairFilter {
  /** Pairs with every one of these evidence bits. */
  evidence: number;
  /** Pairs where at least one record belongs to this user. */
  ownerId?: string;
  minScore: number;
  after?: { score: number; a: string; b: string };
}

/**
 * Pairs of live records the actor can both see, strongest first (score, then ids), after a cursor;
 * a dismissed pair only when it has evidence its dismissal did not (it came back).
 */
export async function listPairs(db: Executor, actor: Actor, kind: DuplicateKind, filter: PairFilter, limit: number): Promise<ListedPair[]> {
  let query = untyped(db)
    .selectFrom('duplicate_pairs as p')
    .innerJoin(`${kind.table} as a`, 'a.id', 'p.a_id')
    .innerJoin(`${kind.table} as b`, 'b.id', 'p.b_id')
    .leftJoin('duplicate_dismissals as d', (j) => j.onRef('d.entity_type', '=', 'p.entity_type').onRef('d.a_id', '=', 'p.a_id').onRef('d.b_id', '=', 'p.b_id'))
    .select(['p.a_id', 'p.b_id', 'p.score', 'p.evidence', 'p.details', `a.${kind.titleColumn} as a_title`, `b.${kind.titleColumn} as b_title`, 'a.owner_id as a_owner', 'b.owner_id as b_owner', 'd.evidence as dismissed_evidence'])
    .where('p.workspace_id', '=', actor.workspaceId)
    .where('p.entity_type', '=', kind.entityType)
    .where('p.score', '>=', filter.minScore)
    .where('a.deleted_at', 'is', null)
    .where('b.deleted_at', 'is', null)
    .where(visibleTo(actor, kind.module, 'a'))
    .where(visibleTo(actor, kind.module, 'b'))
    .where(sql<SqlBool>`(d.evidence IS NULL OR (p.evidence & ~d.evidence) <> 0)`);
  if (filter.evidence !== 0) query = query.where(sql<SqlBool>`(p.evidence & ${filter.evidence}) = ${filter.evidence}`);
  if (filter.ownerId) query = query.where((eb) => eb.or([eb('a.owner_id', '=', filter.ownerId), eb('b.owner_id', '=', filter.ownerId)]));
  if (filter.after) {
    const { score, a, b } = filter.after;
    query = query.where((eb) => eb.or([
      eb('p.score', '<', score),
      eb.and([eb('p.score', '=', score), eb('p.a_id', '>', a)]),
      eb.and([eb('p.score', '=', score), eb('p.a_id', '=', a), eb('p.b_id', '>', b)]),
    ]));
  }
  const rows = await query.orderBy('p.score', 'desc').orderBy('p.a_id').orderBy('p.b_id').limit(limit).execute();
  return rows.map((r) => ({ ...r, score: Number(r.score), evidence: Number(r.evidence), dismissed_evidence: r.dismissed_evidence === null ? null : Number(r.dismissed_evidence) })) as ListedPair[];
}

/** The stored pair of two records, if any. */
export async function findPair(db: Executor, workspaceId: string, entityType: string, a: string, b: string): Promise<PairRow | undefined> {
  const row = await untyped(db).selectFrom('duplicate_pairs').select(['a_id', 'b_id', 'score', 'evidence', 'details']).where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType).where('a_id', '=', a).where('b_id', '=', b).executeTakeFirst();
  return row ? ({ ...row, score: Number(row.score), evidence: Number(row.evidence) } as PairRow) : undefined;
}

/** Records (or replaces) a dismissal with the evidence the pair has now. */
export async function upsertDismissal(db: Executor, row: { workspace_id: string; entity_type: string; a_id: string; b_id: string; evidence: number; dismissed_by: string | null; dismissed_at: string }): Promise<void> {
  await untyped(db).deleteFrom('duplicate_dismissals').where('entity_type', '=', row.entity_type).where('a_id', '=', row.a_id).where('b_id', '=', row.b_id).execute();
  await untyped(db).insertInto('duplicate_dismissals').values(row).execute();
}

/** Removes a dismissal; answers whether there was one. */
export async function deleteDismissal(db: Executor, workspaceId: string, entityType: string, a: string, b: string): Promise<boolean> {
  const result = await untyped(db).deleteFrom('duplicate_dismissals').where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType).where('a_id', '=', a).where('b_id', '=', b).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether both records are live and in the actor's scope for `action`. */
export async function bothVisible(db: Executor, actor: Actor, kind: DuplicateKind, a: string, b: string, action: 'view' | 'edit'): Promise<boolean> {
  const rows = await untyped(db).selectFrom(`${kind.table} as r`).select('r.id').where('r.id', 'in', [a, b]).where('r.deleted_at', 'is', null).where(visibleTo(actor, kind.module, 'r', action)).execute();
  return rows.length === 2;
}
