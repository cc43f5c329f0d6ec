import type { Executor } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { compareNames, type NameRelation } from '../../platform/text/name-match.js';
import { isValidTaxIdKey } from '../contacts/client-names.js';
import { duplicateKind, type DuplicateKind } from './duplicate-kinds.js';
import { evidenceBits, isGenericMailbox, scoreEvidence, SHARED_LIMIT, type Evidence, type EvidenceDetail } from './duplicate-evidence.js';
import * as pairs from './duplicate-pairs.repository.js';

// Records sharing one name key beyond this are a common name: no pairs from the name alone.
export const NAME_LIMIT = 10;
// A fuzzy name blocking key ("ivanov|p") is shared more widely than a whole name; it only finds candidates.
export const NAME_BLOCK_LIMIT = 12;
// People sharing a birthday beyond this are not compared by name (a placeholder date like 1900-01-01).
export const BIRTHDAY_LIMIT = 50;
// People of a company beyond this are not compared with each other by name (a very large company).
export const COLLEAGUE_LIMIT = 300;

/** Evidence found so far, per pair of records (`a|b`, a < b). */
class Candidates {
  readonly found = new Map<string, Map<Evidence, string | undefined>>();
  constructor(private readonly accept: (self: string, other: string) => boolean) {}
  add(self: string, other: string, kind: Evidence, value?: string): void {
    if (self === other || !this.accept(self, other)) return;
    const key = self < other ? `${self}|${other}` : `${other}|${self}`;
    let kinds = this.found.get(key);
    if (!kinds) this.found.set(key, (kinds = new Map()));
    if (!kinds.has(kind)) kinds.set(kind, value);
  }
}

/** Point kind → the evidence a shared value is, and the weak evidence when it is shared widely. */
export const POINT_EVIDENCE: Record<string, { strong?: Evidence; weak?: Evidence }> = {
  phone: { strong: 'phone', weak: 'shared_phone' },
  email: { strong: 'email', weak: 'shared_email' },
  sound: { strong: 'sound' },
  domain: { strong: 'domain' },
  // A fuzzy name blocking key only brings records together; the names are compared below.
  name: {},
};

/** Other records sharing a blocking key contact point with each record, with the evidence of each. */
async function fromPoints(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[], found: Candidates, compare: Set<string>): Promise<void> {
  const points = await pairs.matchPointsOfMany(db, kind.entityType, ids);
  const byKind = new Map<string, string[]>();
  for (const p of points) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.value]);
  const holders = new Map<string, Map<string, string[] | null>>();
  for (const [pointKind, values] of byKind) {
    const limit = pointKind === 'name' ? NAME_BLOCK_LIMIT : SHARED_LIMIT + 1;
    holders.set(pointKind, await pairs.holdersOfValues(db, workspaceId, kind.entityType, pointKind, values, limit));
  }
  for (const point of points) {
    const meaning = POINT_EVIDENCE[point.kind];
    const others = holders.get(point.kind)?.get(point.value);
    // A switchboard or a shared mailbox on many records makes no pairs; on a few it is weak evidence.
    if (!meaning || !others) continue;
    if (!meaning.strong) {
      for (const other of others) if (other !== point.entity_id) compare.add(point.entity_id < other ? `${point.entity_id}|${other}` : `${other}|${point.entity_id}`);
      continue;
    }
    // One value on three or more records, or a mailbox like info@, is the company's rather than a person's.
    const shared = others.length >= 3 || (point.kind === 'email' && isGenericMailbox(point.value));
    const evidence = shared && meaning.weak ? meaning.weak : meaning.strong;
    for (const other of others) found.add(point.entity_id, other, evidence, point.value);
  }
}

const NAME_EVIDENCE_OF: Record<NameRelation, Evidence> = { same: 'name', typo: 'name_typo', initial: 'name_initial', nickname: 'nickname', sound: 'sound' };

/**
 * The pairs the records make now, each found once: every live record of the kind sharing a
 * blocking key with one of them (phone, email, name key, fuzzy name key, sound key, tax id,
 * website domain, for people a company), scored across all the evidence. `accept` picks which
 * side finds a pair (a rebuild lets only the smaller id find it).
 */
export async function pairsOf(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[], accept: (self: string, other: string) => boolean): Promise<pairs.PairRow[]> {
  const selves = (await pairs.recordFacts(db, kind, workspaceId, ids)).filter((f) => !f.deleted);
  if (selves.length === 0) return [];
  const live = selves.map((f) => f.id);
  const isLive = new Set(live);
  const found = new Candidates(accept);
  const compare = new Set<string>();
  await fromPoints(db, kind, workspaceId, live, found, compare);
  // A person's one-word name ("Анна") says too little to pair records by; an organisation's may not.
  const keyed = selves.filter((s) => (kind.strategy === 'organisation' ? s.name_key !== '' : s.name_key.includes(' ')));
  const byName = await pairs.holdersOfKeys(db, kind, workspaceId, 'name_key', keyed.map((s) => s.name_key), NAME_LIMIT + 1);
  for (const s of keyed) for (const other of byName.get(s.name_key) ?? []) found.add(s.id, other, 'name', s.name_key);
  const taxColumn = kind.keyColumns.taxIdKey;
  const taxed = taxColumn ? selves.filter((s) => s.tax_id_key && isValidTaxIdKey(s.tax_id_key)) : [];
  if (taxColumn && taxed.length > 0) {
    const byTax = await pairs.holdersOfKeys(db, kind, workspaceId, taxColumn, taxed.map((s) => s.tax_id_key!), SHARED_LIMIT + 1);
    for (const s of taxed) for (const other of byTax.get(s.tax_id_key!) ?? []) found.add(s.id, other, 'tax_id', s.tax_id_key!);
  }
  const birthdayColumn = kind.keyColumns.birthday;
  const born = birthdayColumn ? selves.filter((s) => s.birthday) : [];
  if (birthdayColumn && born.length > 0) {
    // People born on one day are few: a common name with the same birthday is still found.
    const byBirthday = await pairs.holdersOfKeys(db, kind, workspaceId, birthdayColumn, born.map((s) => s.birthday!), BIRTHDAY_LIMIT);
    for (const s of born) for (const other of byBirthday.get(s.birthday!) ?? []) if (other !== s.id) compare.add(s.id < other ? `${s.id}|${other}` : `${other}|${s.id}`);
  }
  if (kind.strategy === 'person') {
    // People at one company: compared by name, and "same company" strengthens any other evidence.
    const links = await pairs.linksOfMany(db, kind, workspaceId, live);
    const together = await pairs.linkedTogether(db, kind, workspaceId, links.map((l) => l.other), COLLEAGUE_LIMIT);
    for (const l of links) for (const other of together.get(l.other) ?? []) found.add(l.own, other, 'company', l.other);
    // A pair found by other evidence may share a company the lists above left out (a large one).
    const extra = [...found.found.keys()].map((k) => k.split('|')).flat().filter((id) => !isLive.has(id));
    const theirs = await pairs.linksOfMany(db, kind, workspaceId, [...new Set(extra)]);
    const companiesOf = new Map<string, Set<string>>();
    for (const l of [...links, ...theirs]) companiesOf.set(l.own, (companiesOf.get(l.own) ?? new Set()).add(l.other));
    for (const key of found.found.keys()) {
      const [a, b] = key.split('|') as [string, string];
      const shared = [...(companiesOf.get(a) ?? [])].find((c) => companiesOf.get(b)?.has(c));
      if (shared) found.found.get(key)!.set('company', found.found.get(key)!.get('company') ?? shared);
    }
  }
  for (const key of compare) {
    const [a, b] = key.split('|') as [string, string];
    if (!found.found.has(key) && (isLive.has(a) ? accept(a, b) : accept(b, a))) found.found.set(key, new Map());
  }

  const all = [...new Set([...found.found.keys()].flatMap((k) => k.split('|')))];
  const facts = new Map((await pairs.recordFacts(db, kind, workspaceId, all)).map((f) => [f.id, f]));
  return scorePairs(kind, found.found, facts);
}

/**
 * The stored rows of candidate pairs (`a|b` → evidence found by blocking keys): a shared birthday
 * and the names compared added, scored; a pair with a deleted side or no score is left out.
 */
export function scorePairs(kind: DuplicateKind, found: Iterable<[string, Map<Evidence, string | undefined>]>, facts: Map<string, Pick<pairs.RecordFacts, 'title' | 'birthday' | 'deleted' | 'name_key'>>): pairs.PairRow[] {
  const out: pairs.PairRow[] = [];
  for (const [key, kinds] of found) {
    const [a_id, b_id] = key.split('|') as [string, string];
    const [fa, fb] = [facts.get(a_id), facts.get(b_id)];
    if (!fa || !fb || fa.deleted || fb.deleted) continue;
    if (fa.birthday && fa.birthday === fb.birthday) kinds.set('birthday', fa.birthday);
    if (kind.strategy === 'person') nameEvidence(kinds, fa.title, fb.title);
    else {
      // A common name ("Ромашка" at a dozen firms) finds no pairs by itself, but it is still one name.
      if (fa.name_key !== '' && fa.name_key === fb.name_key && !kinds.has('name')) kinds.set('name', fa.name_key);
      if (kinds.has('name')) kinds.delete('sound');
    }
    const bits = evidenceBits(kinds.keys());
    const score = scoreEvidence(bits);
    if (score === 0) continue;
    const details: EvidenceDetail[] = [...kinds].map(([k, value]) => (value === undefined ? { kind: k } : { kind: k, value }));
    out.push({ a_id, b_id, score, evidence: bits, details });
  }
  return out;
}

/** Replaces a pair's name evidence with what comparing the two names finds: one kind, the strongest. */
function nameEvidence(kinds: Map<Evidence, string | undefined>, a: string, b: string): void {
  const sameKey = kinds.get('name');
  for (const k of ['name', 'name_typo', 'name_initial', 'nickname', 'sound'] as const) kinds.delete(k);
  const found = compareNames(a, b);
  if (sameKey !== undefined || found?.relation === 'same') kinds.set('name', sameKey ?? a);
  else if (found) kinds.set(NAME_EVIDENCE_OF[found.relation], found.detail);
  // Two full names that are not one: a shared phone or mailbox is a household's or a desk's.
  else if (a.trim().includes(' ') && b.trim().includes(' ')) kinds.set('other_name', undefined);
}

/**
 * The pairs a record makes now, stored in place of its old pairs (none once it is deleted).
 * Called in the writer's transaction after the record's contact points were rebuilt.
 */
export async function refreshPairsOf(db: Executor, entityType: string, workspaceId: string, id: string): Promise<void> {
  const kind = duplicateKind(entityType);
  await pairs.replacePairsOf(db, workspaceId, kind.entityType, id, await pairsOf(db, kind, workspaceId, [id], () => true), now());
}

/** Removes a purged record's pairs and dismissals. */
export function forgetPairsOf(db: Executor, entityType: string, id: string): Promise<void> {
  return pairs.deletePairsOf(db, entityType, id);
}
