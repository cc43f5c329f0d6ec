import type { Executor } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { compareNames } from '../../platform/text/name-match.js';
import { isValidTaxIdKey } from '../contacts/client-names.js';
import { duplicateKind, type DuplicateKind } from './duplicate-kinds.js';
import { isGenericMailbox, SHARED_LIMIT, type Evidence } from './duplicate-evidence.js';
import { BIRTHDAY_LIMIT, COLLEAGUE_LIMIT, NAME_BLOCK_LIMIT, NAME_LIMIT, POINT_EVIDENCE, scorePairs } from './duplicate-pairs.js';
import * as pairs from './duplicate-pairs.repository.js';
import { deletedSince, liveIdsBetween, liveRecordsAfter, walkColumnRuns, walkLinkRuns, walkPointRuns } from './duplicate-rebuild.repository.js';

/**
 * The full rebuild of a workspace's pairs of one type (decision 0040). Instead of looking up the
 * holders of every blocking key a page of records has, it walks each kind of blocking key once in
 * value order over its index and turns each run of records sharing a value (2..cap of them) into
 * candidate pairs, kept as numbers in typed arrays; then it works the records a page at a time in
 * id order, as the per-record path would: evidence of each pair from its smaller id, names
 * compared (titles read with the ids), whether both records are still there read in the page's
 * transaction, one batch replace of the page's pairs.
 * Evidence and scores are those of {@link pairsOf} for the same data.
 */

// Evidence a run of holders gives its pairs; COMPARE only brings two records to a name comparison.
const CODES: Evidence[] = ['phone', 'email', 'sound', 'domain', 'shared_phone', 'shared_email', 'name', 'tax_id', 'company'];
const CODE_OF = new Map(CODES.map((e, i) => [e, i]));
const COMPARE = 255;

/** Candidate pairs as parallel typed arrays: ids as their index in id order, evidence as a code, shared value as an index. */
class PairList {
  a = new Int32Array(1 << 16);
  b = new Int32Array(1 << 16);
  code = new Uint8Array(1 << 16);
  value = new Int32Array(1 << 16);
  length = 0;
  readonly values: string[] = [];

  /** Every pair of the (live, known) records of a run, with what the run says of them. */
  addRun(holders: number[], code: number, value: string | null): void {
    if (holders.length < 2) return;
    const ref = value === null ? -1 : this.values.push(value) - 1;
    holders.sort((x, y) => x - y);
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        if (holders[i] === holders[j]) continue;
        if (this.length === this.a.length) this.grow();
        const n = this.length++;
        this.a[n] = holders[i]!;
        this.b[n] = holders[j]!;
        this.code[n] = code;
        this.value[n] = ref;
      }
    }
  }

  private grow(): void {
    const twice = <T extends Int32Array | Uint8Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(old.length * 2);
      next.set(old);
      return next;
    };
    [this.a, this.b, this.code, this.value] = [twice(this.a), twice(this.b), twice(this.code), twice(this.value)];
  }

  /** Positions of the pairs in order of their smaller record (stable), and where each record's pairs start. */
  bySmaller(records: number): { order: Int32Array; start: Int32Array } {
    const start = new Int32Array(records + 1);
    for (let n = 0; n < this.length; n++) start[this.a[n]! + 1]!++;
    for (let i = 0; i < records; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, records);
    const order = new Int32Array(this.length);
    for (let n = 0; n < this.length; n++) order[next[this.a[n]!]!++] = n;
    return { order, start };
  }
}

/** The type's live records in id order (the pages of the rebuild), with their titles, birthdays and (organisations) name keys. */
async function liveRecords(db: Executor, kind: DuplicateKind, workspaceId: string) {
  const out = { ids: [] as string[], titles: [] as string[], birthdays: [] as Array<string | null>, nameKeys: [] as string[] };
  // A person's names are compared as written; only an organisation's name key says they are one.
  const keyed = kind.strategy === 'organisation';
  for (let after: string | null = null; ;) {
    const page = await liveRecordsAfter(db, kind, workspaceId, after, 20_000);
    for (const r of page) {
      out.ids.push(r.id);
      out.titles.push(r.title);
      out.birthdays.push(r.birthday);
      if (keyed) out.nameKeys.push(r.name_key);
    }
    if (page.length < 20_000) return out;
    after = page[page.length - 1]!.id;
  }
}

interface Candidates {
  list: PairList;
  /** Records linked to a record of the other side too large to compare its people (a big company): index → those records. */
  bigLinks: Map<number, string[]>;
}

/** Candidate pairs from one walk of each kind of blocking key; the caps and evidence of {@link pairsOf}. */
async function candidates(db: Executor, kind: DuplicateKind, workspaceId: string, index: Map<string, number>): Promise<Candidates> {
  const list = new PairList();
  const known = (ids: string[]) => ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  for (const pointKind of pairs.MATCH_POINT_KINDS) {
    const meaning = POINT_EVIDENCE[pointKind]!;
    const limit = pointKind === 'name' ? NAME_BLOCK_LIMIT : SHARED_LIMIT + 1;
    await walkPointRuns(db, workspaceId, kind.entityType, pointKind, (value, ids) => {
      // A value on more records than the cap is a switchboard or a common name: no pairs.
      if (ids.length > limit) return;
      if (!meaning.strong) return list.addRun(known(ids), COMPARE, null);
      const shared = ids.length >= 3 || (pointKind === 'email' && isGenericMailbox(value));
      list.addRun(known(ids), CODE_OF.get(shared && meaning.weak ? meaning.weak : meaning.strong)!, value);
    });
  }
  await walkColumnRuns(db, kind, workspaceId, 'name_key', (value, ids) => {
    // A person's one-word name ("Анна") says too little to pair records by; an organisation's may not.
    const keyed = kind.strategy === 'organisation' ? value !== '' : value.includes(' ');
    if (keyed && ids.length <= NAME_LIMIT + 1) list.addRun(known(ids), CODE_OF.get('name')!, value);
  });
  const { taxIdKey, birthday } = kind.keyColumns;
  if (taxIdKey) {
    await walkColumnRuns(db, kind, workspaceId, taxIdKey, (value, ids) => {
      if (isValidTaxIdKey(value) && ids.length <= SHARED_LIMIT + 1) list.addRun(known(ids), CODE_OF.get('tax_id')!, value);
    });
  }
  const bigLinks = new Map<number, string[]>();
  if (kind.strategy === 'person') {
    await walkLinkRuns(db, kind, workspaceId, (other, ids) => {
      if (ids.length <= COLLEAGUE_LIMIT) return list.addRun(known(ids), CODE_OF.get('company')!, other);
      // People of a large company are not compared, but a pair found otherwise still shares it.
      for (const i of known(ids)) bigLinks.set(i, [...(bigLinks.get(i) ?? []), other]);
    });
  }
  if (birthday) {
    await walkColumnRuns(db, kind, workspaceId, birthday, (_value, ids) => {
      if (ids.length <= BIRTHDAY_LIMIT) list.addRun(known(ids), COMPARE, null);
    });
  }
  return { list, bigLinks };
}

/**
 * The evidence of a page's pairs (`a|b` → evidence), each pair from its smaller record. A pair with
 * nothing but a reason to compare names (a name key, a birthday, a company) scores only if the
 * names match: the others are left out here, before any evidence is built for them.
 */
function pageEvidence(kind: DuplicateKind, ids: string[], titles: string[], from: number, to: number, found: Candidates, order: { order: Int32Array; start: Int32Array }): Map<string, Map<Evidence, string | undefined>> {
  const namesMatch = (a: number, b: number) => kind.strategy === 'person' && compareNames(titles[a]!, titles[b]!) !== null;
  const { list, bigLinks } = found;
  const out = new Map<string, Map<Evidence, string | undefined>>();
  for (let a = from; a < to; a++) {
    const evidence = new Map<number, Map<Evidence, string | undefined>>();
    const compareOnly = new Set<number>();
    for (let k = order.start[a]!; k < order.start[a + 1]!; k++) {
      const n = order.order[k]!;
      const [b, code] = [list.b[n]!, list.code[n]!];
      if (code === COMPARE) {
        compareOnly.add(b);
        continue;
      }
      let kinds = evidence.get(b);
      if (!kinds) evidence.set(b, (kinds = new Map()));
      const kindOf = CODES[code]!;
      if (!kinds.has(kindOf)) kinds.set(kindOf, list.values[list.value[n]!]);
    }
    for (const [b, kinds] of evidence) {
      // A pair found by other evidence may share a company too large to compare its people.
      const shared = kinds.has('company') ? undefined : bigLinks.get(a)?.find((c) => bigLinks.get(b)?.includes(c));
      if (shared) kinds.set('company', shared);
      if (kinds.size === 1 && kinds.has('company') && !namesMatch(a, b)) continue;
      out.set(`${ids[a]}|${ids[b]}`, kinds);
    }
    for (const b of compareOnly) if (!evidence.has(b) && namesMatch(a, b)) out.set(`${ids[a]}|${ids[b]}`, new Map());
  }
  return out;
}

/**
 * Rebuilds every pair of a workspace's records of one type: candidates from one walk of the
 * blocking keys, then a page of records at a time in id order, each page in its own transaction
 * via `inTransaction` (its facts read there, so a record deleted meanwhile makes no pair; its own
 * delete dropped the pairs already written). Safe to run again, and resumable after `after`.
 */
export async function rebuildPairs(
  db: Executor,
  entityType: string,
  workspaceId: string,
  inTransaction: <T>(work: (trx: Executor) => Promise<T>) => Promise<T>,
  options: RebuildOptions = {},
): Promise<number> {
  const kind = duplicateKind(entityType);
  const batch = options.batch ?? 2000;
  const started = now();
  const { ids, titles, birthdays, nameKeys } = await liveRecords(db, kind, workspaceId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const found = await candidates(db, kind, workspaceId, index);
  const order = found.list.bySmaller(ids.length);
  const after = options.after ?? null;
  let from = after === null ? 0 : ids.findIndex((id) => id > after);
  if (from < 0) from = ids.length;
  let done = options.done ?? 0;
  do {
    const to = Math.min(ids.length, from + batch);
    const page = ids.slice(from, to);
    const evidence = pageEvidence(kind, ids, titles, from, to, found, order);
    await inTransaction(async (trx) => {
      // Titles and birthdays were read with the ids; whether a record is still there is read now:
      // the page's own records by their id range, the others among those deleted since the start.
      const live = page.length > 0 ? await liveIdsBetween(trx, kind, workspaceId, page[0]!, page[page.length - 1]!) : new Set<string>();
      const deleted = await deletedSince(trx, kind, workspaceId, started);
      const facts = new Map<string, { title: string; birthday: string | null; name_key: string; deleted: boolean }>();
      for (const key of evidence.keys()) {
        for (const id of key.split('|')) {
          const i = index.get(id)!;
          if (!facts.has(id)) facts.set(id, { title: titles[i]!, birthday: birthdays[i]!, name_key: nameKeys[i] ?? '', deleted: deleted.has(id) || (i < to && !live.has(id)) });
        }
      }
      await pairs.replacePairsFrom(trx, workspaceId, kind.entityType, page, scorePairs(kind, evidence, facts), now());
      await options.onPage?.(trx, done + page.length, page.length > 0 ? page[page.length - 1]! : after);
    });
    done += page.length;
    from = to;
  } while (from < ids.length);
  return done;
}

export interface RebuildOptions {
  /** Records per page (and transaction); default 2000. */
  batch?: number;
  /** Resume after this record id (the cursor a crashed run saved) with `done` records behind it. */
  after?: string | null;
  done?: number;
  /** Runs in each page's transaction: records done so far and the last id, for progress that commits with the page. */
  onPage?: (trx: Executor, done: number, after: string | null) => Promise<void>;
}

/** Live records of the type in the workspace, the total a rebuild reports its progress against. */
export function rebuildSize(db: Executor, entityType: string, workspaceId: string): Promise<number> {
  return pairs.countRecords(db, duplicateKind(entityType), workspaceId);
}
