import type { Executor } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { isValidTaxIdKey } from '../contacts/client-names.js';
import { duplicateKind, type DuplicateEntity, type DuplicateKind } from './duplicate-kinds.js';
import { evidenceBits, isGenericMailbox, scoreEvidence, SHARED_LIMIT, type Evidence, type EvidenceDetail } from './duplicate-evidence.js';
import * as pairs from './duplicate-pairs.repository.js';

// Records sharing one name key beyond this are a common name: no pairs from the name alone.
const NAME_LIMIT = 10;

/** Evidence found so far per other record. */
class Candidates {
  readonly found = new Map<string, Map<Evidence, string | undefined>>();
  add(id: string, kind: Evidence, value?: string): void {
    let kinds = this.found.get(id);
    if (!kinds) this.found.set(id, (kinds = new Map()));
    if (!kinds.has(kind)) kinds.set(kind, value);
  }
}

/** Point kind → the evidence a shared value is, and the weak evidence when it is shared widely. */
const POINT_EVIDENCE: Record<string, { strong: Evidence; weak?: Evidence }> = {
  phone: { strong: 'phone', weak: 'shared_phone' },
  email: { strong: 'email', weak: 'shared_email' },
  sound: { strong: 'sound' },
  domain: { strong: 'domain' },
};

/** Other records sharing a contact point with the record, with the evidence of each. */
async function fromPoints(db: Executor, kind: DuplicateKind, workspaceId: string, id: string, found: Candidates): Promise<void> {
  for (const point of await pairs.matchPointsOf(db, kind.entityType, id)) {
    const meaning = POINT_EVIDENCE[point.kind];
    if (!meaning) continue;
    const holders = (await pairs.holdersOf(db, workspaceId, kind.entityType, point.kind, point.value, SHARED_LIMIT + 2)).filter((h) => h !== id);
    // A switchboard or a shared mailbox on many records makes no pairs; on a few it is weak evidence.
    if (holders.length > SHARED_LIMIT) continue;
    // One value on three or more records, or a mailbox like info@, is the company's rather than a person's.
    const shared = holders.length + 1 >= 3 || (point.kind === 'email' && isGenericMailbox(point.value));
    const evidence = shared && meaning.weak ? meaning.weak : meaning.strong;
    for (const other of holders) found.add(other, evidence, point.value);
  }
}

/**
 * The pairs a record makes now: every live record of its type sharing a blocking key with it
 * (phone, email, name key, sound key, tax id, website domain), scored across all the evidence
 * (same company and same birthday strengthen a name), stored in place of its old pairs.
 * Called in the writer's transaction after the record's contact points were rebuilt.
 */
export async function refreshPairsOf(db: Executor, entity: DuplicateEntity, workspaceId: string, id: string): Promise<void> {
  const kind = duplicateKind(entity);
  const [self] = await pairs.recordFacts(db, kind, workspaceId, [id]);
  if (!self || self.deleted) return pairs.replacePairsOf(db, workspaceId, kind.entityType, id, [], now());
  const found = new Candidates();
  await fromPoints(db, kind, workspaceId, id, found);
  // A person's one-word name ("Анна") says too little to pair records by; a company's may not.
  if (entity === 'company' ? self.name_key !== '' : self.name_key.includes(' ')) {
    const namesakes = (await pairs.sameKeyRecords(db, kind, workspaceId, 'name_key', self.name_key, NAME_LIMIT + 2)).filter((o) => o !== id);
    if (namesakes.length <= NAME_LIMIT) for (const other of namesakes) found.add(other, 'name', self.name_key);
  }
  if (self.tax_id_key && isValidTaxIdKey(self.tax_id_key)) {
    for (const other of await pairs.sameKeyRecords(db, kind, workspaceId, 'tax_id_key', self.tax_id_key, SHARED_LIMIT + 1)) if (other !== id) found.add(other, 'tax_id', self.tax_id_key);
  }
  const ids = [...found.found.keys()];
  const facts = new Map((await pairs.recordFacts(db, kind, workspaceId, ids)).map((f) => [f.id, f]));
  if (entity === 'contact' && ids.length > 0) {
    const links = await pairs.companyLinks(db, workspaceId, [id, ...ids]);
    const mine = new Set(links.filter((l) => l.contact_id === id).map((l) => l.company_id));
    for (const l of links) if (l.contact_id !== id && mine.has(l.company_id)) found.add(l.contact_id, 'company', l.company_id);
  }
  const out: pairs.PairRow[] = [];
  for (const [other, kinds] of found.found) {
    const f = facts.get(other);
    if (!f || f.deleted) continue;
    if (self.birthday && f.birthday === self.birthday) kinds.set('birthday', self.birthday);
    // The same name sounds the same: the sound key adds nothing to a name match.
    if (kinds.has('name')) kinds.delete('sound');
    const bits = evidenceBits(kinds.keys());
    const details: EvidenceDetail[] = [...kinds].map(([k, value]) => (value === undefined ? { kind: k } : { kind: k, value }));
    const [a_id, b_id] = id < other ? [id, other] : [other, id];
    out.push({ a_id, b_id, score: scoreEvidence(bits), evidence: bits, details });
  }
  await pairs.replacePairsOf(db, workspaceId, kind.entityType, id, out.filter((p) => p.score > 0), now());
}

/**
 * Rebuilds every pair of a workspace's records of one type, a page of records at a time; each
 * page in its own transaction via `inTransaction`. Safe to run again.
 */
export async function rebuildPairs(
  db: Executor,
  entity: DuplicateEntity,
  workspaceId: string,
  inTransaction: <T>(work: (trx: Executor) => Promise<T>) => Promise<T>,
  batch = 200,
): Promise<number> {
  const kind = duplicateKind(entity);
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids = await pairs.recordIdsAfter(db, kind, workspaceId, after, batch);
    await inTransaction(async (trx) => {
      for (const id of ids) await refreshPairsOf(trx, entity, workspaceId, id);
    });
    done += ids.length;
    if (ids.length < batch) return done;
    after = ids[ids.length - 1]!;
  }
}

