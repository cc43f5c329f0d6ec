import { PostgresAdapter, sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { scopeOf } from '../access/actor.js';
import type { Module } from '../access/permissions.js';
import { visibleTo } from '../access/visibility.js';
import { fromJson } from '../json.js';
import { findWorkspace } from '../../modules/workspaces/workspaces.service.js';
import { explainMatch, planSearch, type MatchKind, type SearchPlan } from './search-plan.js';
import { documentIdRange } from './search.index.js';

export type ClientType = 'contact' | 'company';

export interface SearchHit {
  id: string;
  title: string;
  subtitle: string | null;
  matched: MatchKind;
}

export interface SearchGroup {
  type: ClientType;
  items: SearchHit[];
}

interface TypeConfig {
  type: ClientType;
  table: 'contacts' | 'companies';
  module: Module;
  /** Columns the hit is built from, besides id, sort_name, phones and emails. */
  columns: string[];
}

const TYPES: readonly TypeConfig[] = [
  { type: 'contact', table: 'contacts', module: 'contacts', columns: ['display_name', 'first_name', 'middle_name', 'last_name', 'position'] },
  { type: 'company', table: 'companies', module: 'companies', columns: ['name', 'legal_name', 'tax_id', 'addresses'] },
];

/**
 * Trigram matches looked at per type before giving up on finding more visible ones: a manager who
 * sees a few records among a million could otherwise make a common query walk every match. The
 * prefix look-up (by the visible owner's index) still finds their records by the start of a name.
 */
const CANDIDATE_CAP = 2000;
/** Above U+FFFF nothing sorts in a name: the upper bound of a prefix range. */
const PREFIX_END = '\uffff';

type Row = Record<string, unknown> & { id: string; sort_name: string };

// The two record tables share the columns this reads; Kysely's builder cannot be generic over them.
const anyDb = (db: Executor) => db as unknown as Kysely<any>;

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function live(config: TypeConfig, actor: Actor) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.and([eb(`r.deleted_at`, 'is', null), visibleTo(actor, config.module, 'r')(eb)]);
}

function selected(config: TypeConfig): string[] {
  return ['r.id', 'r.sort_name', 'r.phones', 'r.emails', ...config.columns.map((c) => `r.${c}`)];
}

/** Records whose sorted name starts with one of the plan's spellings: the hits ranked first. */
async function prefixRows(db: Executor, actor: Actor, config: TypeConfig, plan: SearchPlan, limit: number): Promise<Row[]> {
  const out: Row[] = [];
  for (const prefix of plan.prefixes) {
    const rows = await anyDb(db)
      .selectFrom(`${config.table} as r`)
      .select(selected(config))
      .where(live(config, actor))
      .where('r.sort_name', '>=', prefix)
      .where('r.sort_name', '<', prefix + PREFIX_END)
      // The range serves the index; this keeps it exact under any PostgreSQL collation.
      .where(sql<SqlBool>`substr(r.sort_name, 1, ${prefix.length}) = ${prefix}`)
      .orderBy('r.sort_name')
      .orderBy('r.id')
      .limit(limit)
      .execute();
    out.push(...(rows as Row[]));
  }
  return out;
}

/** Records holding the plan's whole phone number or email exactly (the contact points index). */
async function exactRows(db: Executor, actor: Actor, config: TypeConfig, plan: SearchPlan, limit: number): Promise<Row[]> {
  if (plan.exact.values.length === 0) return [];
  const rows = await anyDb(db)
    .selectFrom('contact_points as cp')
    .innerJoin(`${config.table} as r`, 'r.id', 'cp.entity_id')
    .select(selected(config))
    .where('cp.workspace_id', '=', actor.workspaceId)
    .where('cp.kind', '=', plan.exact.kind)
    .where('cp.value', 'in', plan.exact.values)
    // Concatenated so SQLite cannot pick the primary key by type alone over the value index.
    .where(sql`cp.entity_type || ''`, '=', config.type)
    .where(live(config, actor))
    .limit(limit)
    .execute();
  return rows as Row[];
}

function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The FTS5 query of a plan: every word by one of its spellings, or one of the phone keys. */
export function ftsQuery(plan: SearchPlan): string {
  const parts: string[] = [];
  if (plan.words.length > 0) parts.push(plan.words.map((forms) => `(${forms.map(ftsPhrase).join(' OR ')})`).join(' AND '));
  if (plan.whole.length > 0) parts.push(`(${plan.whole.map(ftsPhrase).join(' OR ')})`);
  return parts.map((p) => `(${p})`).join(' OR ');
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

/** Records whose search document contains the query (trigram index on either database). */
async function textRows(db: Executor, actor: Actor, config: TypeConfig, plan: SearchPlan, limit: number): Promise<Row[]> {
  const k = anyDb(db);
  const [from, to] = documentIdRange(config.type);
  const base = isPostgres(db)
    ? k.selectFrom('search_documents as d').where(pgCondition(plan)).innerJoin(`${config.table} as r`, 'r.id', 'd.entity_id')
    : k
        // A co-routine: FTS5 hands out matches lazily, so the outer LIMIT stops the walk early.
        // CROSS JOIN fixes the order (matches, then their documents, then records): left to
        // itself SQLite may walk every record of the workspace and probe the matches.
        // The id range as literals: a bound JS number arrives as a REAL, and FTS5 then filters every
        // match instead of seeking to the range.
        .selectFrom(sql`(select rowid as id from search_fts where search_fts match ${ftsQuery(plan)} and rowid >= ${sql.lit(from)} and rowid < ${sql.lit(to)} limit ${CANDIDATE_CAP})`.as('f'))
        .crossJoin('search_documents as d')
        .crossJoin(`${config.table} as r`)
        .whereRef('d.id', '=', 'f.id')
        .whereRef('r.id', '=', 'd.entity_id');
  const rows = await base
    .select(selected(config))
    .where('d.workspace_id', '=', actor.workspaceId)
    .where('d.entity_type', '=', config.type)
    .where(live(config, actor))
    .limit(limit)
    .execute();
  return rows as Row[];
}

const byName = (a: Row, b: Row) => (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first `limit` distinct rows: prefix hits (by name), then the other matches (by name). */
function rank(prefixed: Row[], others: Row[], limit: number): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const row of [...prefixed.sort(byName), ...others.sort(byName)]) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push(row);
  }
  return out.slice(0, limit);
}

/** Current company names of contacts, the first visible one each (for the subtitle). */
async function firstCompanies(db: Executor, actor: Actor, contactIds: string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contact_companies as cc')
    .innerJoin('companies as co', 'co.id', 'cc.company_id')
    .select(['cc.contact_id', 'co.name'])
    .where('cc.contact_id', 'in', contactIds)
    .where('co.deleted_at', 'is', null)
    .where(visibleTo(actor, 'companies', 'co'))
    .orderBy(sql`case when cc.ended_on is null then 0 else 1 end`)
    .orderBy('cc.created_at')
    .orderBy('cc.id')
    .execute();
  const out = new Map<string, string>();
  for (const row of rows) if (!out.has(row.contact_id)) out.set(row.contact_id, row.name);
  return out;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const values = (json: unknown): string[] => (fromJson<Array<{ value?: unknown; e164?: unknown }>>(json) ?? []).map((x) => String(x.e164 ?? x.value ?? ''));

async function present(db: Executor, actor: Actor, config: TypeConfig, plan: SearchPlan, rows: Row[], country: string): Promise<SearchHit[]> {
  const companies = config.type === 'contact' ? await firstCompanies(db, actor, rows.map((r) => r.id)) : new Map<string, string>();
  return rows.map((row) => {
    const names = config.type === 'contact'
      ? [row.display_name, row.first_name, row.middle_name, row.last_name]
      : [row.name, row.legal_name];
    const matched = explainMatch(plan, { names: names.map((n) => text(n) ?? ''), phones: values(row.phones), emails: values(row.emails) }, country);
    if (config.type === 'contact') {
      const subtitle = [text(row.position), companies.get(row.id) ?? null].filter((s) => s !== null).join(', ');
      return { id: row.id, title: String(row.display_name), subtitle: subtitle === '' ? null : subtitle, matched };
    }
    const city = (fromJson<Array<{ city?: string }>>(row.addresses) ?? []).map((a) => text(a.city)).find((c) => c !== null) ?? null;
    return { id: row.id, title: String(row.name), subtitle: text(row.tax_id) ?? city, matched };
  });
}

/**
 * The global search: contacts and companies the actor may see whose name (in either script,
 * substring or prefix), phone (any format), email or other indexed text matches `q`. Hits whose
 * name starts with the query come first. A type the actor may not view at all is left out.
 * Not a card view: it does not count toward the exfiltration alarm.
 */
export async function searchClients(db: Executor, actor: Actor, q: string, limit: number): Promise<SearchGroup[]> {
  const workspace = await findWorkspace(db, actor.workspaceId);
  const country = workspace?.default_country ?? 'RU';
  const plan = planSearch(q, country);
  const groups: SearchGroup[] = [];
  for (const config of TYPES) {
    if (scopeOf(actor, config.module, 'view') === 'none') continue;
    if (plan.folded === '') {
      groups.push({ type: config.type, items: [] });
      continue;
    }
    const exact = await exactRows(db, actor, config, plan, limit);
    const prefixed = plan.prefixes.length > 0 ? await prefixRows(db, actor, config, plan, limit) : [];
    // A whole number or address found exactly is what was asked for; substrings would only add noise.
    const others = plan.prefixOnly || exact.length > 0 ? [] : await textRows(db, actor, config, plan, limit * 2);
    groups.push({ type: config.type, items: await present(db, actor, config, plan, rank([...exact, ...prefixed], others, limit), country) });
  }
  return groups;
}
