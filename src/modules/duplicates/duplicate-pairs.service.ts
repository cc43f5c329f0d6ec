import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { insertJobProgressOnce } from '../../platform/jobs/job-progress.repository.js';
import { enqueueJob } from '../../platform/jobs/jobs.service.js';
import { recordType } from '../../platform/records/registry.js';
import { duplicateKind, type DuplicateKind } from './duplicate-kinds.js';
import { evidenceBits, evidenceKinds, LIST_THRESHOLD, type EvidenceDetail } from './duplicate-evidence.js';
import { evidenceText } from './duplicate-evidence.text.js';
import * as pairs from './duplicate-pairs.repository.js';
import type { PairInput, PairsQuery } from './duplicate-pairs.schema.js';
import { redactRows } from '../../platform/records/field-redaction.js';

export const DUPLICATES_REBUILD_JOB = 'duplicates.rebuild';

function encodeCursor(p: { score: number; a_id: string; b_id: string }): string {
  return Buffer.from(JSON.stringify([p.score, p.a_id, p.b_id])).toString('base64url');
}

/** @throws AppError validation_failed (`cursor: invalid`) */
function decodeCursor(cursor: string): { score: number; a: string; b: string } {
  try {
    const [score, a, b] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof score === 'number' && Number.isInteger(score) && typeof a === 'string' && typeof b === 'string') return { score, a, b };
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not one this list gave', { cursor: 'invalid' });
}

interface SideDetails {
  subtitle: string | null;
  phones: string[];
  emails: string[];
  createdAt: string | null;
}

/**
 * What a person compares before merging, for each side of a page of pairs: the line the type
 * shows under its name in search (position and company, tax id or city), its phones and emails,
 * and when it was made. Read through the record type's search description, so any type with
 * duplicates and search gets it.
 */
async function describeSides(db: Executor, actor: Actor, kind: DuplicateKind, ids: string[]): Promise<Map<string, SideDetails>> {
  const type = recordType(kind.entityType);
  const hook = type?.search;
  const out = new Map<string, SideDetails>();
  if (!hook || ids.length === 0) return out;
  // Each side as the actor may read it: hidden fields empty, masked ones masked (decision 0027).
  const rows = redactRows(actor, type, await pairs.sideRows(db, kind, actor.workspaceId, [...new Set(ids)], [...hook.columns]) as never[]) as Awaited<ReturnType<typeof pairs.sideRows>>;
  const subtitles = await hook.subtitles(db, actor, rows as never);
  rows.forEach((row, i) => {
    const source = hook.matchSource(row as never);
    out.set(row.id, { subtitle: subtitles[i] ?? null, phones: source.phones.filter(Boolean), emails: source.emails.filter(Boolean), createdAt: row.created_at });
  });
  return out;
}

/**
 * A page of candidate duplicate pairs over the whole base, strongest first, of records the actor
 * can both see; dismissed pairs only when new evidence brought them back (marked `reappeared`).
 * @throws AppError forbidden | validation_failed (cursor)
 */
export async function listDuplicatePairs(db: Executor, actor: Actor, query: PairsQuery) {
  const kind = duplicateKind(query.entity);
  authorize(actor, kind.module, 'view');
  const filter: pairs.PairFilter = {
    evidence: evidenceBits(query.evidence ?? []),
    minScore: LIST_THRESHOLD,
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
  };
  const rows = await pairs.listPairs(db, actor, kind, filter, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const sides = await describeSides(db, actor, kind, page.flatMap((p) => [p.a_id, p.b_id]));
  const side = (id: string, title: string, ownerId: string) => ({ id, title, ownerId, ...(sides.get(id) ?? { subtitle: null, phones: [], emails: [], createdAt: null }) });
  return {
    items: page.map((p) => ({
      a: side(p.a_id, p.a_title, p.a_owner),
      b: side(p.b_id, p.b_title, p.b_owner),
      score: p.score,
      evidence: evidenceKinds(p.evidence),
      details: ((Array.isArray(p.details) ? p.details : JSON.parse(String(p.details))) as EvidenceDetail[]).map((d) => ({ ...d, text: evidenceText(d, actor.locale) })),
      reappeared: p.dismissed_evidence !== null,
    })),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** The stored pair of two records the actor can both see and edit. @throws AppError forbidden | not_found */
async function visiblePair(db: Executor, actor: Actor, input: PairInput) {
  const kind = duplicateKind(input.entity);
  authorize(actor, kind.module, 'edit');
  const [a, b] = input.aId < input.bId ? [input.aId, input.bId] : [input.bId, input.aId];
  const pair = await pairs.findPair(db, actor.workspaceId, kind.entityType, a, b);
  if (!pair || !(await pairs.bothVisible(db, actor, kind, a, b, 'edit'))) throw new AppError('not_found', 'No such pair of records');
  return { kind, pair, a, b };
}

/**
 * Marks a pair "not a duplicate" with the evidence it has now; it stays hidden until an edit adds
 * evidence of a kind it did not have. @throws AppError forbidden | not_found
 */
export async function dismissPair(db: Executor, actor: Actor, input: PairInput): Promise<void> {
  const { kind, pair, a, b } = await visiblePair(db, actor, input);
  await pairs.upsertDismissal(db, { workspace_id: actor.workspaceId, entity_type: kind.entityType, a_id: a, b_id: b, evidence: pair.evidence, dismissed_by: actor.userId, dismissed_at: now() });
}

/** Undoes a dismissal. @throws AppError forbidden | not_found (no such pair, or it was not dismissed) */
export async function undismissPair(db: Executor, actor: Actor, input: PairInput): Promise<void> {
  const { kind, a, b } = await visiblePair(db, actor, input);
  if (!(await pairs.deleteDismissal(db, actor.workspaceId, kind.entityType, a, b))) throw new AppError('not_found', 'This pair was not dismissed');
}

/**
 * Queues the rebuild of a type's pairs with its progress (records rechecked of the type's live
 * records), which `GET /jobs/:id` shows; a rebuild already queued or running is answered instead.
 * @throws AppError forbidden
 */
export async function requestRebuild(db: Executor, actor: Actor, entity: string): Promise<string> {
  authorize(actor, 'settings', 'manage_settings');
  const jobId = await enqueueJob(db, { type: DUPLICATES_REBUILD_JOB, workspaceId: actor.workspaceId, payload: { entity }, uniqueKey: `${DUPLICATES_REBUILD_JOB}:${actor.workspaceId}:${entity}` });
  const total = await pairs.countRecords(db, duplicateKind(entity), actor.workspaceId);
  await insertJobProgressOnce(db, { jobId, workspaceId: actor.workspaceId, userId: actor.userId, kind: DUPLICATES_REBUILD_JOB, total, result: { records: 0 }, at: now() });
  return jobId;
}
