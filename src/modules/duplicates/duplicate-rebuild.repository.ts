import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DuplicateKind } from './duplicate-kinds.js';

/**
 * SQL of the full rebuild: ordered walks over the indexes of the blocking keys (contact points by
 * (kind, value), key columns, company links by company), each handing on the runs of records
 * that share one value. Each walk is keyset-paged on the value, so neither database holds a
 * cursor open and the process holds one page at a time (decision 0040).
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

// Rows per query of a walk.
const PAGE = 20_000;

interface Holder { value: string; id: string }
/** Rows of one walk after `after` (in value order), or every row of exactly `equal`. */
type Read = (from: { after: string | null } | { equal: string }, limit: number) => Promise<Holder[]>;

/**
 * Calls `run` with each value held by two records or more and every id holding it, in value order. A page ends on a whole run:
 * the run the page cut off is read again from its start by the next query. A run longer than a
 * page (a company of 20,000 people) is read whole on its own.
 */
async function walkRuns(read: Read, run: (value: string, ids: string[]) => void): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const rows = await read({ after }, PAGE);
    if (rows.length === 0) return;
    let end = rows.length;
    if (rows.length === PAGE) {
      const last = rows[end - 1]!.value;
      while (end > 0 && rows[end - 1]!.value === last) end--;
      if (end === 0) {
        run(last, (await read({ equal: last }, Number.MAX_SAFE_INTEGER)).map((r) => r.id));
        after = last;
        continue;
      }
    }
    let start = 0;
    for (let i = 1; i <= end; i++) {
      if (i < end && rows[i]!.value === rows[start]!.value) continue;
      // A value on one record pairs it with no one.
      if (i - start >= 2) run(rows[start]!.value, rows.slice(start, i).map((r) => r.id));
      start = i;
    }
    if (rows.length < PAGE) return;
    after = rows[end - 1]!.value;
  }
}

const asHolders = (rows: Array<Record<string, unknown>>): Holder[] => rows.map((r) => ({ value: String(r.value), id: String(r.id) }));

/** Runs of records holding one contact point value of `pointKind` (deleted records too: they count towards a value's spread). */
export function walkPointRuns(db: Executor, workspaceId: string, entityType: string, pointKind: string, run: (value: string, ids: string[]) => void): Promise<void> {
  return walkRuns(async (from, limit) => {
    let query = untyped(db).selectFrom('contact_points').select(['value', 'entity_id as id'])
      // `|| ''` keeps SQLite on the (workspace, kind, value) index rather than the primary key's entity type.
      .where('workspace_id', '=', workspaceId).where('kind', '=', pointKind).where(sql`entity_type || ''`, '=', entityType);
    query = 'equal' in from ? query.where('value', '=', from.equal) : from.after === null ? query : query.where('value', '>', from.after);
    return asHolders(await query.orderBy('value').limit(limit).execute());
  }, run);
}

/** Runs of live records sharing a value of one of the type's key columns (name key, tax id key, birthday). */
export function walkColumnRuns(db: Executor, kind: DuplicateKind, workspaceId: string, column: string, run: (value: string, ids: string[]) => void): Promise<void> {
  return walkRuns(async (from, limit) => {
    let query = untyped(db).selectFrom(kind.table).select([`${column} as value`, 'id'])
      .where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).where(column, 'is not', null);
    query = 'equal' in from ? query.where(column, '=', from.equal) : from.after === null ? query : query.where(column, '>', from.after);
    return asHolders(await query.orderBy(column).limit(limit).execute());
  }, run);
}

/** Runs of records linked to one record of the other side (a company's people), over the kind's link table. */
export function walkLinkRuns(db: Executor, kind: DuplicateKind, workspaceId: string, run: (value: string, ids: string[]) => void): Promise<void> {
  if (!kind.links) return Promise.resolve();
  const { table, own, other } = kind.links;
  return walkRuns(async (from, limit) => {
    let query = untyped(db).selectFrom(table).select([`${other} as value`, `${own} as id`]).where('workspace_id', '=', workspaceId);
    query = 'equal' in from ? query.where(other, '=', from.equal) : from.after === null ? query : query.where(other, '>', from.after);
    return asHolders(await query.orderBy(other).limit(limit).execute());
  }, run);
}

/** A keyset page of the type's live records in id order, with what comparing them needs (title, name key, birthday). */
export async function liveRecordsAfter(db: Executor, kind: DuplicateKind, workspaceId: string, after: string | null, limit: number): Promise<Array<{ id: string; title: string; name_key: string; birthday: string | null }>> {
  const { birthday } = kind.keyColumns;
  let query = untyped(db).selectFrom(kind.table).select(['id', 'name_key', `${kind.titleColumn} as title`])
    .select(birthday ? sql<string | null>`${sql.ref(birthday)}`.as('birthday') : sql<null>`null`.as('birthday'))
    .where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
  if (after !== null) query = query.where('id', '>', after);
  const rows = await query.orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: String(r.id), title: String(r.title ?? ''), name_key: String(r.name_key ?? ''), birthday: r.birthday === null || r.birthday === undefined ? null : String(r.birthday) }));
}

/** The live records with ids from `first` to `last` (a page of the rebuild, read in its transaction). */
export async function liveIdsBetween(db: Executor, kind: DuplicateKind, workspaceId: string, first: string, last: string): Promise<Set<string>> {
  const rows = await untyped(db).selectFrom(kind.table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).where('id', '>=', first).where('id', '<=', last).execute();
  return new Set(rows.map((r) => String(r.id)));
}

/** Records of the type deleted at or after `since` (during a rebuild that started then). */
export async function deletedSince(db: Executor, kind: DuplicateKind, workspaceId: string, since: string): Promise<Set<string>> {
  const rows = await untyped(db).selectFrom(kind.table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is not', null).where('deleted_at', '>=', since).execute();
  return new Set(rows.map((r) => String(r.id)));
}
