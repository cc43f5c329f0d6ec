import type { Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { recordTypes } from '../../platform/records/registry.js';
import { explainMatch, planSearch, type MatchKind, type SearchPlan } from '../../platform/search/search-plan.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { redactRows, searchPlanFor } from '../../platform/records/field-redaction.js';
import * as search from './search.repository.js';
import { rankMatch, TIER, type RankedMatch } from '../../platform/search/search-rank.js';
import type { CappedCount, SearchRow } from './search.repository.js';

export interface SearchHit {
  id: string;
  title: string;
  subtitle: string | null;
  matched: MatchKind;
  /** Lower ranks higher: exact surname 0, name prefix 1, company name 2, ... (search-rank.ts). */
  rank: number;
  /** The field the query was found in, its value, and where the query sits in it (the highlight). */
  match: { field: string; text: string; start: number; end: number };
}

export interface SearchGroup {
  /** The record type (`contact`): one of the registered types with search. */
  type: string;
  /** Its list's path segment (`contacts`), where "all N results" leads with `q=`. */
  plural: string;
  items: SearchHit[];
  /** How many records the viewer may see match, counted on the search index. */
  total: number;
  /** The count stopped at its cap: there are at least `total`. */
  totalCapped: boolean;
}

const byName = (a: SearchRow, b: SearchRow) => (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Text matches read per group to rank: the index hands them out in its own order, so a group
 * ranks the first this many (names first, patronymics and emails after) rather than the first five.
 */
export const RANK_WINDOW = 40;

/** Distinct rows, each with its rank: by tier (exact surname, name prefix, company, ...), then by name. */
function rank(rows: SearchRow[], plan: SearchPlan, type: RecordType, country: string): Array<{ row: SearchRow; match: RankedMatch }> {
  const seen = new Set<string>();
  const out: Array<{ row: SearchRow; match: RankedMatch }> = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push({ row, match: rankMatch(plan, type.search!.matchSource(row), country) });
  }
  return out.sort((a, b) => a.match.tier - b.match.tier || byName(a.row, b.row));
}

async function present(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, found: Array<{ row: SearchRow; match: RankedMatch }>, country: string): Promise<SearchHit[]> {
  const hook = type.search!;
  // The rows were redacted before ranking: subtitles and what matched come from the row as the actor may read it (decision 0027).
  const rows = found.map((f) => f.row);
  const subtitles = await hook.subtitles(db, actor, rows);
  return rows.map((row, i) => ({
    id: row.id,
    title: type.title(row),
    subtitle: subtitles[i] ?? null,
    matched: explainMatch(plan, hook.matchSource(row), country),
    rank: found[i]!.match.tier,
    match: { field: found[i]!.match.field, text: found[i]!.match.text, start: found[i]!.match.start, end: found[i]!.match.end },
  }));
}

/**
 * The group's total. Fewer distinct matches than a page means every source was read to its end
 * (none reached its limit), so they are the total; a full page is counted on the index, capped.
 */
async function groupTotal(db: Executor, actor: Actor, type: RecordType, plan: SearchPlan, found: number, exact: number, limit: number): Promise<CappedCount> {
  if (found < limit) return { total: found, capped: false };
  if (exact > 0) return search.countExactRows(db, actor, type, plan, search.COUNT_CAP);
  if (plan.prefixOnly) return search.countPrefixRows(db, actor, type, plan, search.COUNT_CAP);
  const counted = await search.countTextRows(db, actor, type, plan);
  // A name found by a spelling of its start that its document lacks is a match the index did not count.
  return { total: Math.max(counted.total, found), capped: counted.capped };
}

async function searchType(db: Executor, actor: Actor, type: RecordType, planned: SearchPlan, limit: number, country: string): Promise<SearchGroup> {
  const group = { type: type.entityType, plural: type.plural };
  const plan = searchPlanFor(actor, type, planned);
  if (plan.folded === '') return { ...group, items: [], total: 0, totalCapped: false };
  const exact = await search.exactRows(db, actor, type, plan, limit);
  const prefixed = plan.prefixes.length > 0 ? await search.prefixRows(db, actor, type, plan, limit) : [];
  // A whole number or address found exactly is what was asked for; substrings would only add noise.
  // A viewer kept to names (a searched field is hidden from them) still finds a first name or any word of a
  // name: the index's matches count only where a name the viewer sees holds the query (below).
  const namesOnly = plan.prefixOnly && !planned.prefixOnly && planned.words.length > 0;
  const textPlan = namesOnly ? { ...planned, whole: [], exact: { ...planned.exact, values: [] } } : plan;
  const others = (plan.prefixOnly && !namesOnly) || exact.length > 0 ? [] : await search.textRows(db, actor, type, textPlan, Math.max(limit * 2, RANK_WINDOW));
  // Ranked on the row as the actor may read it: a hidden field neither ranks nor shows (decision 0027).
  let ranked = rank(redactRows(actor, type, [...exact, ...prefixed, ...others]), namesOnly ? textPlan : plan, type, country);
  if (namesOnly) ranked = ranked.filter((r) => r.match.tier < TIER.contact && r.match.field !== 'other');
  const total = await groupTotal(db, actor, type, plan, ranked.length, exact.length, limit);
  return { ...group, items: await present(db, actor, type, plan, ranked.slice(0, limit), country), total: total.total, totalCapped: total.capped };
}

/** The best rank of a group's hits (none: last). */
const bestRank = (g: SearchGroup) => Math.min(Number.MAX_SAFE_INTEGER, ...g.items.map((i) => i.rank));

/**
 * The global search over every registered type with search: records the actor may see whose name
 * (in either script, substring or prefix), phone (any format), email or other indexed text matches
 * `q`, with how many there are in all. Hits whose name starts with the query come first. A type the
 * actor may not view at all is left out. Not a card view: it does not count toward the exfiltration alarm.
 */
export async function searchRecords(db: Executor, actor: Actor, q: string, limit: number): Promise<SearchGroup[]> {
  const workspace = await findWorkspace(db, actor.workspaceId);
  const country = workspace?.default_country ?? 'RU';
  const plan = planSearch(q, country);
  const groups: SearchGroup[] = [];
  for (const type of recordTypes()) {
    if (!type.features.search || !type.search || scopeOf(actor, type.module, 'view') === 'none') continue;
    groups.push(await searchType(db, actor, type, plan, limit, country));
  }
  // The group holding the best hit comes first (a company named as typed above people whose email
  // merely holds it); groups that rank alike keep the registry's order (the sort is stable).
  return groups.sort((a, b) => bestRank(a) - bestRank(b));
}
