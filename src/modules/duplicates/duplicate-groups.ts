import type { Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { duplicateKind, orderedReasons, scoreOf, type DuplicateKind, type Reason } from './duplicate-kinds.js';
import * as duplicates from './duplicates.repository.js';
import type { DuplicateRow } from './duplicates.repository.js';

export interface DuplicateGroup {
  score: number;
  reasons: Reason[];
  records: DuplicateRow[];
}

/** Shared keys looked at per round trip. */
const BATCH = 500;

/** Records joined into groups by any key they share (a union-find over record ids). */
class Groups {
  private parent = new Map<string, string>();
  readonly rows = new Map<string, DuplicateRow>();

  private root(id: string): string {
    let r = id;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(id, r);
    return r;
  }

  /** Puts records that share one key into one group. */
  join(rows: DuplicateRow[]): void {
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    if (unique.length < 2) return;
    for (const row of unique) {
      this.rows.set(row.id, row);
      if (!this.parent.has(row.id)) this.parent.set(row.id, row.id);
    }
    const first = this.root(unique[0]!.id);
    for (const row of unique.slice(1)) this.parent.set(this.root(row.id), first);
  }

  count(): number {
    return new Set([...this.parent.keys()].map((id) => this.root(id))).size;
  }

  members(): DuplicateRow[][] {
    const out = new Map<string, DuplicateRow[]>();
    for (const id of this.parent.keys()) {
      const r = this.root(id);
      out.set(r, [...(out.get(r) ?? []), this.rows.get(id)!]);
    }
    return [...out.values()];
  }
}

function byKey<T extends DuplicateRow>(rows: T[], key: (row: T) => string | null): T[][] {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null && k !== '') out.set(k, [...(out.get(k) ?? []), row]);
  }
  return [...out.values()];
}

/**
 * Walks the keys two or more records share, in index order and a batch at a time, joining the
 * visible records behind each into groups, until `limit` groups exist or the keys run out.
 */
async function scan(groups: Groups, limit: number, deadline: number, next: (after: string) => Promise<string[]>, resolve: (keys: string[]) => Promise<DuplicateRow[][]>): Promise<void> {
  let after = '';
  while (groups.count() < limit && Date.now() < deadline) {
    const keys = await next(after);
    if (keys.length === 0) return;
    for (const rows of await resolve(keys)) groups.join(rows);
    if (keys.length < BATCH) return;
    after = keys[keys.length - 1]!;
  }
}

/** The reasons the records of a group share, and its score. */
async function explain(db: Executor, actor: Actor, kind: DuplicateKind, records: DuplicateRow[]): Promise<{ score: number; reasons: Reason[] }> {
  const ids = records.map((r) => r.id);
  const reasons = new Set<Reason>();
  const shared = (values: Array<string | null>) => {
    const seen = new Set<string>();
    return values.some((v) => v !== null && v !== '' && (seen.has(v) || !seen.add(v)));
  };
  const points = await duplicates.pointsOf(db, kind, ids);
  for (const pointKind of ['phone', 'email'] as const) {
    // A record holding one value twice is not a pair: compare distinct (record, value) rows.
    const values = [...new Set(points.filter((p) => p.kind === pointKind).map((p) => `${p.entity_id}\u0000${p.value}`))].map((k) => k.split('\u0000')[1]!);
    if (shared(values)) reasons.add(pointKind);
  }
  if (shared(records.map((r) => r.tax_id_key))) reasons.add('tax_id');
  let nameInCompany = false;
  if (shared(records.map((r) => r.name_key))) {
    reasons.add('name');
    if (kind.strategy === 'person') {
      const links = await duplicates.companyLinksOf(db, actor.workspaceId, ids);
      const keyOf = new Map(records.map((r) => [r.id, r.name_key]));
      nameInCompany = shared(links.map((l) => `${l.company_id}\u0000${keyOf.get(l.contact_id)}`));
    }
  }
  return { score: scoreOf(reasons, nameInCompany), reasons: orderedReasons(reasons) };
}

/** How long the index-ordered scans may look for more groups before answering with what they have. */
const SCAN_BUDGET_MS = 1500;

/** Groups the visible records behind each shared key: keys → rows per key. */
type Resolve = (keys: string[]) => Promise<DuplicateRow[][]>;

/** The same name at one company joins people; the same name at different companies is two people. */
async function namesAtCompanies(db: Executor, workspaceId: string, rows: DuplicateRow[]): Promise<DuplicateRow[][]> {
  const links = await duplicates.companyLinksOf(db, workspaceId, rows.map((r) => r.id));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const atCompany = links.map((l) => ({ ...rowOf.get(l.contact_id)!, company: l.company_id }));
  return byKey(atCompany, (r) => `${r.company}\u0000${r.name_key}`).map((g) => g.map(({ company: _company, ...row }) => row));
}

/**
 * Groups of live records the actor can see that look like one: sharing a tax id, a phone or an
 * email, or (contacts) the same name at the same company, (companies) the same name. At most
 * `limit` groups, strongest first; each with its score and every reason its records share.
 * With every contact in view the keys are walked in index order and a batch at a time (most shared
 * keys make a group, so it stops early; after SCAN_BUDGET_MS it answers with what it found);
 * otherwise, and for companies, the visible records are grouped directly.
 * @throws AppError forbidden
 */
export async function findDuplicateGroups(db: Executor, actor: Actor, entity: string, limit: number): Promise<DuplicateGroup[]> {
  const kind = duplicateKind(entity);
  authorize(actor, kind.module, 'view');
  const ws = actor.workspaceId;
  const groups = new Groups();
  const byPoints = (pointKind: 'phone' | 'email'): Resolve => async (values) => byKey(await duplicates.recordsByPoints(db, actor, kind, pointKind, values), (r) => r.value);
  const byTax: Resolve = async (keys) => byKey(await duplicates.companiesByTaxKeys(db, actor, kind, keys), (r) => r.tax_id_key);
  const byName: Resolve = async (keys) => {
    const rows = await duplicates.recordsByNameKeys(db, actor, kind, keys);
    return kind.strategy === 'organisation' ? byKey(rows, (r) => r.name_key) : namesAtCompanies(db, ws, rows);
  };

  if (kind.strategy === 'person' && scopeOf(actor, kind.module, 'view') === 'all') {
    const deadline = Date.now() + SCAN_BUDGET_MS;
    for (const pointKind of ['phone', 'email'] as const) {
      await scan(groups, limit, deadline, (after) => duplicates.sharedPointValues(db, ws, pointKind, after, BATCH), byPoints(pointKind));
    }
    await scan(groups, limit, deadline, (after) => duplicates.sharedNameKeys(db, ws, kind, after, BATCH), byName);
  } else {
    // Keys beyond `limit` may fold into groups already found; twice as many leaves room for that.
    const keys = limit * 2;
    const sources: Array<[() => Promise<string[]>, Resolve]> = [
      ...(kind.strategy === 'organisation' ? [[() => duplicates.visibleSharedKeys(db, actor, kind, 'tax_id_key', keys), byTax] as [() => Promise<string[]>, Resolve]] : []),
      [() => duplicates.visibleSharedPointValues(db, actor, kind, 'phone', keys), byPoints('phone')],
      [() => duplicates.visibleSharedPointValues(db, actor, kind, 'email', keys), byPoints('email')],
      [() => (kind.strategy === 'organisation' ? duplicates.visibleSharedKeys(db, actor, kind, 'name_key', keys) : duplicates.visibleSharedNamesAtCompanies(db, actor, keys)), byName],
    ];
    for (const [find, resolve] of sources) {
      if (groups.count() >= limit) break;
      for (const rows of await resolve(await find())) groups.join(rows);
    }
  }

  const out: DuplicateGroup[] = [];
  for (const records of groups.members()) {
    records.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1));
    out.push({ ...(await explain(db, actor, kind, records)), records });
  }
  return out
    .sort((a, b) => b.score - a.score || a.records[0]!.title.localeCompare(b.records[0]!.title) || (a.records[0]!.id < b.records[0]!.id ? -1 : 1))
    .slice(0, limit);
}
