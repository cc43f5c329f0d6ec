import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { Condition, RecordType } from '../../platform/records/record-type.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { planSearch, type SearchPlan } from '../../platform/search/search-plan.js';
import { searchPlanFor } from '../../platform/records/field-redaction.js';
import { documentIdRange } from '../../platform/search/search.index.js';
import { searchDocumentMatches, type DocumentMatch } from './records.repository.js';

/**
 * A list's `q=` through the global search's index and ranking. The query is planned as the global
 * search plans it (words in both scripts, sound tokens, phone digit keys). In the default order the
 * list is ranked: first the records whose name starts with the query, one spelling after another
 * (as typed first), each by name; then the other matches in the index's own order (FTS5 rowid,
 * PostgreSQL document id), which is the order the global search finds them in. Every part is an
 * index walk that stops at the page's end, so a common query at a million records stays cheap.
 */

type Query = SelectQueryBuilder<any, any, any>;
type Eb = ExpressionBuilder<any, any>;

/** How many index matches one page looks at before answering with what it has (a short page with a cursor). */
const SCAN_CAP = 20_000;
/** Index matches read per round trip in the ranked list's second part. */
const BATCH = 400;

/** The end of a prefix range: SQLite compares bytes; PostgreSQL's collation puts U+FFFF after the letters (global search does the same). */
const prefixEnd = (pg: boolean) => (pg ? '\uffff' : '\u{10FFFF}');

/** The plan of a list's `q`, or null for a query that folds to nothing (no condition). */
export function listSearchPlan(q: string | undefined, country: string, actor: Actor, kind: RecordType): SearchPlan | null {
  if (!q) return null;
  const plan = planSearch(q, country);
  // A field hidden from the actor must not be matched on (decision 0027).
  return plan.folded === '' ? null : searchPlanFor(actor, kind, plan);
}

const ftsPhrase = (text: string) => `"${text.replaceAll('"', '""')}"`;
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The plan as the search index is asked for it: every word by one of its spellings, or one of the phone keys. */
export function documentMatch(plan: SearchPlan): DocumentMatch {
  const parts: string[] = [];
  if (plan.words.length > 0) parts.push(plan.words.map((forms) => `(${forms.map(ftsPhrase).join(' OR ')})`).join(' AND '));
  if (plan.whole.length > 0) parts.push(`(${plan.whole.map(ftsPhrase).join(' OR ')})`);
  const likeGroups = plan.whole.length > 0 ? [plan.whole.map(likePattern)] : plan.words.map((forms) => forms.map(likePattern));
  return { fts: parts.map((p) => `(${p})`).join(' OR '), likeGroups };
}

/** The column of a type's `name` sort, which the prefix part walks. */
export function nameColumn(kind: RecordType): string | null {
  const spec = kind.sorts.get('name');
  return spec && spec.value === 'text' ? `${kind.table}.${spec.column}` : null;
}

/** The name starts with `prefix`: a range the index serves, then an exact check (any collation). */
function startsWith(col: string, prefix: string, pg: boolean) {
  return (eb: Eb): Expression<SqlBool> => eb.and([
    eb(col, '>=', prefix), eb(col, '<', prefix + prefixEnd(pg)),
    sql<SqlBool>`substr(${sql.ref(col)}, 1, ${prefix.length}) = ${prefix}`,
  ]);
}

/** The ids of records whose search document matches the plan (the text part, without the name prefixes). */
function textMatchIds(kind: RecordType, actor: Actor, plan: SearchPlan, pg: boolean) {
  const match = documentMatch(plan);
  if (pg) {
    const groups = match.likeGroups.map((patterns) => sql`sd.text like any(${patterns}::text[])`);
    return sql`SELECT sd.entity_id FROM search_documents sd
      WHERE sd.workspace_id = ${actor.workspaceId} AND sd.entity_type = ${kind.entityType} AND ${sql.join(groups, sql` AND `)}`;
  }
  const [from, to] = documentIdRange(kind.entityType);
  return sql`SELECT sd.entity_id FROM search_fts CROSS JOIN search_documents sd
    WHERE search_fts MATCH ${match.fts} AND search_fts.rowid >= ${sql.lit(from)} AND search_fts.rowid < ${sql.lit(to)} AND sd.id = search_fts.rowid
      AND sd.workspace_id = ${actor.workspaceId} AND sd.entity_type = ${kind.entityType}`;
}

/**
 * For a viewer kept to names: the name (its folded `sort_name`, which holds every name word) holds
 * each of the words by one of its forms. Checked on the few records the index matched.
 */
function namesHold(col: string, nameWords: string[][]) {
  const word = (forms: string[]) => sql`(${sql.join(forms.map((f) => sql`${sql.ref(col)} like ${likePattern(f)} escape '\\'`), sql` OR `)})`;
  return sql<SqlBool>`${sql.join(nameWords.map(word), sql` AND `)}`;
}

/** The index matches of a name-limited plan (its `nameWords`) whose record's names hold the words. */
function nameMatchIds(kind: RecordType, actor: Actor, plan: SearchPlan, pg: boolean) {
  const words = { ...plan, words: plan.nameWords!, prefixOnly: false, whole: [] };
  return sql`SELECT p.id FROM (${textMatchIds(kind, actor, words, pg)}) m JOIN ${sql.table(kind.table)} p ON p.id = m.entity_id
    WHERE ${namesHold(`p.${kind.sorts.get('name')!.column}`, plan.nameWords!)}`;
}

/** The ids of live records whose name starts with `prefix` (a range of the name index). */
function prefixIds(kind: RecordType, actor: Actor, column: string, prefix: string, pg: boolean) {
  const col = sql.ref(`p.${column}`);
  return sql`SELECT p.id FROM ${sql.table(kind.table)} p WHERE p.workspace_id = ${actor.workspaceId} AND p.deleted_at IS NULL
    AND ${col} >= ${prefix} AND ${col} < ${prefix + prefixEnd(pg)} AND substr(${col}, 1, ${prefix.length}) = ${prefix}`;
}

/**
 * `q` as a condition, for counts, exports and lists in another order: the records the ranked list
 * shows, i.e. a name starting with one of the query's spellings, or a matching search document.
 * One `id IN (… UNION ALL …)`: each part is an index look-up and the planner sees one set (an OR
 * of the parts makes SQLite read the table).
 */
export function searchCondition(kind: RecordType, actor: Actor, plan: SearchPlan, pg: boolean): Condition {
  const column = kind.sorts.get('name')?.column;
  const parts = column && nameColumn(kind) ? plan.prefixes.map((p) => prefixIds(kind, actor, column, p, pg)) : [];
  if (!plan.prefixOnly) parts.push(textMatchIds(kind, actor, plan, pg));
  else if (plan.nameWords && column) parts.push(nameMatchIds(kind, actor, plan, pg));
  if (parts.length === 0) return () => sql<SqlBool>`1 = 0`;
  return () => sql<SqlBool>`${sql.ref(`${kind.table}.id`)} IN (${sql.join(parts, sql` UNION ALL `)})`;
}

/** Where a ranked page ended: `t` is the part (0.. one per prefix, then the text part); `v` a name or a document id. */
interface RankedCursor { r: 1; t: number; v: string | number; i: string }

export function encodeRankedCursor(cursor: RankedCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeRankedCursor(raw: string | undefined, parts: number): RankedCursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as RankedCursor;
    const textPart = c.t === parts - 1;
    if (c.r === 1 && Number.isInteger(c.t) && c.t >= 0 && c.t < parts && typeof c.i === 'string' && UUID_PATTERN.test(c.i)
      && (textPart ? Number.isSafeInteger(c.v) && (c.v as number) >= 0 : typeof c.v === 'string')) return c;
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('validation_failed', 'The cursor does not belong to this list; start from the first page', { cursor: 'invalid' });
}

export interface RankedPage { rows: RecordRow[]; nextCursor: string | null }

/**
 * One page of the ranked `q=` list. `base` is the filtered, scoped list without `q`.
 * @throws AppError validation_failed (cursor)
 */
export async function rankedSearchPage(
  db: Executor, actor: Actor, kind: RecordType, plan: SearchPlan, base: Query, limit: number, rawCursor: string | undefined, pg: boolean,
): Promise<RankedPage> {
  const col = nameColumn(kind)!;
  const prefixes = plan.prefixes;
  const textPart = prefixes.length;
  const cursor = decodeRankedCursor(rawCursor, textPart + 1);
  const want = limit + 1;
  const id = sql.ref(`${kind.table}.id`);
  const rows: RecordRow[] = [];
  // Where each row sits in the ranking, for the cursor after the page's last row.
  const positions: Array<{ t: number; v: string | number }> = [];
  const earlier = (t: number) => (eb: Eb) => eb.not(eb.or(prefixes.slice(0, t).map((p) => startsWith(col, p, pg)(eb))));

  for (let t = cursor?.t ?? 0; t < textPart && rows.length < want; t += 1) {
    let query = base.select(sql.ref(col).as('kt_sort')).where(startsWith(col, prefixes[t]!, pg));
    // A record whose name starts with an earlier spelling was shown in that part.
    if (t > 0) query = query.where(earlier(t));
    if (cursor && cursor.t === t) query = query.where(sql<SqlBool>`(${sql.ref(col)}, ${id}) > (${cursor.v}, ${cursor.i})`);
    const found = (await query.orderBy(sql.ref(col), 'asc').orderBy(id, 'asc').limit(want - rows.length).execute()) as RecordRow[];
    for (const row of found) {
      positions.push({ t, v: String(row.kt_sort) });
      rows.push(row);
    }
  }

  let scanned: { doc: number; entityId: string } | null = null;
  // A viewer kept to names gets the index's matches only where the record's names hold the words.
  const namesOnly = plan.prefixOnly && plan.nameWords !== undefined;
  if (rows.length < want && (!plan.prefixOnly || namesOnly)) {
    const range = documentIdRange(kind.entityType);
    const match = documentMatch(namesOnly ? { ...plan, words: plan.nameWords!, whole: [] } : plan);
    let after = cursor?.t === textPart ? (cursor.v as number) : 0;
    let seen = 0;
    for (;;) {
      const docs = await searchDocumentMatches(db, actor.workspaceId, kind.entityType, match, range, after, BATCH);
      if (docs.length === 0) break;
      const docOf = new Map(docs.map((d) => [d.entityId, d.doc]));
      let query = base.select(sql.lit(null).as('kt_sort')).where(`${kind.table}.id`, 'in', docs.map((d) => d.entityId));
      if (textPart > 0) query = query.where(earlier(textPart));
      if (namesOnly) query = query.where(namesHold(col, plan.nameWords!));
      const found = ((await query.execute()) as RecordRow[]).sort((a, b) => docOf.get(a.id)! - docOf.get(b.id)!);
      for (const row of found.slice(0, want - rows.length)) {
        positions.push({ t: textPart, v: docOf.get(row.id)! });
        rows.push(row);
      }
      after = docs.at(-1)!.doc;
      seen += docs.length;
      if (rows.length >= want || docs.length < BATCH) break;
      if (seen >= SCAN_CAP) {
        // Enough index matches read for one request: a short page, and a cursor after what was read.
        scanned = docs.at(-1)!;
        break;
      }
    }
  }

  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  for (const row of items) delete row.kt_sort;
  let nextCursor: string | null = null;
  if (more) {
    const last = items.at(-1)!;
    const at = positions[items.length - 1]!;
    nextCursor = encodeRankedCursor({ r: 1, t: at.t, v: at.v, i: last.id });
  } else if (scanned) {
    nextCursor = encodeRankedCursor({ r: 1, t: textPart, v: scanned.doc, i: scanned.entityId });
  }
  return { rows: items, nextCursor };
}
