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
export const MATCH_POINT_KINDS = ['phone', 'email', 'sound', 'domain', 'name'] as const;

// Values per IN list: far below either database's parameter limit.
const CHUNK = 500;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The blocking key values of records from their contact points. */
export async function matchPointsOfMany(db: Executor, entityType: string, ids: string[]): Promise<Array<{ entity_id: string; kind: string; value: string }>> {
  const out: Array<{ entity_id: string; kind: string; value: string }> = [];
  for (const part of chunks(ids)) {
    out.push(...(await untyped(db).selectFrom('contact_points').select(['entity_id', 'kind', 'value']).where('entity_type', '=', entityType).where('entity_id', 'in', part).where('kind', 'in', [...MATCH_POINT_KINDS]).execute()));
  }
  return out.map((r) => ({ entity_id: String(r.entity_id), kind: String(r.kind), value: String(r.value) }));
}

/**
 * The records of a type holding each contact point value of one kind, for values held by at most
 * `limit` records (deleted ones too; filtered later); a value held more widely maps to null.
 */
export async function holdersOfValues(db: Executor, workspaceId: string, entityType: string, kind: string, values: string[], limit: number): Promise<Map<string, string[] | null>> {
  const out = new Map<string, string[] | null>();
  for (const part of chunks([...new Set(values)])) {
    const counts = await untyped(db).selectFrom('contact_points').select(['value']).select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('value', 'in', part).where(sql`entity_type || ''`, '=', entityType)
      // A value on one record only (the usual phone or email) has no one to pair with: left out here already.
      .groupBy('value').having((eb) => eb.fn.countAll(), '>=', 2).execute();
    const few: string[] = [];
    for (const c of counts) {
      if (Number(c.n) > limit) out.set(String(c.value), null);
      else few.push(String(c.value));
    }
    if (few.length === 0) continue;
    const rows = await untyped(db).selectFrom('contact_points').select(['value', 'entity_id'])
      .where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('value', 'in', few).where(sql`entity_type || ''`, '=', entityType).execute();
    for (const r of rows) {
      const list = out.get(String(r.value)) ?? [];
      list.push(String(r.entity_id));
      out.set(String(r.value), list);
    }
  }
  return out;
}

/** The live records whose key column holds each value, for values held by at most `limit` records; wider ones map to null. */
export async function holdersOfKeys(db: Executor, kind: DuplicateKind, workspaceId: string, column: string, values: string[], limit: number): Promise<Map<string, string[] | null>> {
  const out = new Map<string, string[] | null>();
  for (const part of chunks([...new Set(values)])) {
    const rows = await untyped(db).selectFrom(kind.table).select(['id', `${column} as key`]).where('workspace_id', '=', workspaceId).where(column, 'in', part).where(column, 'is not', null).where('deleted_at', 'is', null).execute();
    for (const r of rows) {
      const key = String(r.key);
      const list = out.get(key);
      if (list === null) continue;
      const next = [...(list ?? []), String(r.id)];
      out.set(key, next.length > limit ? null : next);
    }
  }
  return out;
}

/** What the evidence reads from the records themselves. */
export interface RecordFacts { id: string; title: string; name_key: string; tax_id_key: string | null; birthday: string | null; deleted: boolean }

export async function recordFacts(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[]): Promise<RecordFacts[]> {
  const { taxIdKey, birthday } = kind.keyColumns;
  const out: RecordFacts[] = [];
  for (const part of chunks(ids)) {
    const rows = await untyped(db)
      .selectFrom(kind.table)
      .select(['id', 'name_key', 'deleted_at', `${kind.titleColumn} as title`])
      .select(taxIdKey ? sql<string | null>`${sql.ref(taxIdKey)}`.as('tax_id_key') : sql<null>`null`.as('tax_id_key'))
      .select(birthday ? sql<string | null>`${sql.ref(birthday)}`.as('birthday') : sql<null>`null`.as('birthday'))
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', part)
      .execute();
    for (const r of rows) out.push({ id: String(r.id), title: String(r.title ?? ''), name_key: String(r.name_key), tax_id_key: r.tax_id_key ?? null, birthday: r.birthday ?? null, deleted: r.deleted_at !== null });
  }
  return out;
}

/** Link rows of records by the kind's side of the link: (record, the record it links to). */
export async function linksOfMany(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[]): Promise<Array<{ own: string; other: string }>> {
  if (!kind.links) return [];
  const { table, own, other } = kind.links;
  const out: Array<{ own: string; other: string }> = [];
  for (const part of chunks(ids)) {
    const rows = await untyped(db).selectFrom(table).select([`${own} as own`, `${other} as other`]).where('workspace_id', '=', workspaceId).where(own, 'in', part).execute();
    out.push(...rows.map((r) => ({ own: String(r.own), other: String(r.other) })));
  }
  return out;
}

/** The records linked to each linked-to record (a company's people), for those with at most `limit`; wider ones are left out. */
export async function linkedTogether(db: Executor, kind: DuplicateKind, workspaceId: string, others: string[], limit: number): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!kind.links) return out;
  const { table, own, other } = kind.links;
  for (const part of chunks([...new Set(others)])) {
    const rows = await untyped(db).selectFrom(table).select([`${own} as own`, `${other} as other`]).where('workspace_id', '=', workspaceId).where(other, 'in', part).execute();
    for (const r of rows) out.set(String(r.other), [...(out.get(String(r.other)) ?? []), String(r.own)]);
  }
  for (const [key, list] of out) if (list.length > limit) out.delete(key);
  return out;
}

export interface PairRow { a_id: string; b_id: string; score: number; evidence: number; details: unknown }

/**
 * Deletes the rows naming the record on either side. Two statements, one per side: SQLite plans
 * `entity_type = ? AND (a_id = ? OR b_id = ?)` as a walk over every pair of the type, which made
 * each create slower the more pairs the base had.
 */
async function deleteEitherSide(db: Executor, table: string, entityType: string, id: string): Promise<void> {
  await untyped(db).deleteFrom(table).where('entity_type', '=', entityType).where('a_id', '=', id).execute();
  await untyped(db).deleteFrom(table).where('entity_type', '=', entityType).where('b_id', '=', id).execute();
}

/** Replaces every pair of a record with `pairs` (each naming the record as `a_id` or `b_id`). */
export async function replacePairsOf(db: Executor, workspaceId: string, entityType: string, id: string, pairs: PairRow[], at: string): Promise<void> {
  await deleteEitherSide(db, 'duplicate_pairs', entityType, id);
  if (pairs.length === 0) return;
  await untyped(db)
    .insertInto('duplicate_pairs')
    .values(pairs.map((p) => ({ workspace_id: workspaceId, entity_type: entityType, a_id: p.a_id, b_id: p.b_id, score: p.score, evidence: p.evidence, details: toJson(p.details), updated_at: at })))
    .execute();
}

/** Replaces every pair whose first record (`a_id`) is one of `ids` with `pairs` (rebuild, a page at a time). */
export async function replacePairsFrom(db: Executor, workspaceId: string, entityType: string, ids: string[], pairs: PairRow[], at: string): Promise<void> {
  for (const part of chunks(ids)) await untyped(db).deleteFrom('duplicate_pairs').where('entity_type', '=', entityType).where('a_id', 'in', part).execute();
  const rows = pairs.map((p) => ({ workspace_id: workspaceId, entity_type: entityType, a_id: p.a_id, b_id: p.b_id, score: p.score, evidence: p.evidence, details: toJson(p.details), updated_at: at }));
  // Eight values a row: 500 rows stay far below either database's parameter limit.
  for (let i = 0; i < rows.length; i += CHUNK) await untyped(db).insertInto('duplicate_pairs').values(rows.slice(i, i + CHUNK)).execute();
}

/** Removes a purged record's pairs and dismissals. */
export async function deletePairsOf(db: Executor, entityType: string, id: string): Promise<void> {
  for (const table of ['duplicate_pairs', 'duplicate_dismissals']) await deleteEitherSide(db, table, entityType, id);
}

/** A page of a type's record ids in id order after `after` (rebuild). */
export async function recordIdsAfter(db: Executor, kind: DuplicateKind, workspaceId: string, after: string | null, limit: number): Promise<string[]> {
  let query = untyped(db).selectFrom(kind.table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).orderBy('id').limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  return (await query.execute()).map((r) => String(r.id));
}

/** Live records of the type in the workspace: the size of a rebuild. */
export async function countRecords(db: Executor, kind: DuplicateKind, workspaceId: string): Promise<number> {
  const row = await untyped(db).selectFrom(kind.table).select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The rows of pair sides with the given columns (and `created_at`), by id. */
export async function sideRows(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[], columns: string[]): Promise<Array<Record<string, unknown> & { id: string; created_at: string }>> {
  const out: Array<Record<string, unknown> & { id: string; created_at: string }> = [];
  const wanted = [...new Set(['id', 'created_at', ...columns])];
  for (const part of chunks(ids)) {
    const rows = await untyped(db).selectFrom(kind.table).select(wanted).where('workspace_id', '=', workspaceId).where('id', 'in', part).execute();
    out.push(...(rows as Array<Record<string, unknown> & { id: string; created_at: string }>));
  }
  return out;
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
