import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { addMs, now } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import * as keys from './idempotency.repository.js';

const HOUR_MS = 60 * 60 * 1000;
/** How long an answer is kept and replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * HOUR_MS;
// A claim this old without an answer belongs to a process that died mid-request; a retry may run again.
const ABANDONED_MS = 5 * 60 * 1000;
// A duplicate that arrives while the first request still runs waits this long for its answer.
const WAIT_MS = 15_000;
const POLL_MS = 25;

/** A printable ASCII key up to 255 characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface IdempotentRequest {
  workspaceId: string;
  principal: string;
  key: string;
  fingerprint: string;
}

export interface StoredAnswer {
  statusCode: number;
  type: string | null;
  body: string;
}

export type Begun = { kind: 'claimed'; claimId: string } | { kind: 'replay'; answer: StoredAnswer };

/** JSON with object keys sorted, so the same request spelled in another key order has the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same": method, route, path parameters, query and body. */
export function requestFingerprint(parts: { method: string; route: string; params: unknown; query: unknown; body: unknown }): string {
  return createHash('sha256').update(canonical([parts.method, parts.route, parts.params ?? null, parts.query ?? null, parts.body ?? null])).digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Claims the key for this request, or answers what the first request with it answered. A
 * duplicate that arrives while the first still runs waits for its answer, so concurrent
 * duplicates do the work once. Keys expire after 24 hours.
 * @throws AppError idempotency_key_reused (the key came with another request) | idempotency_in_progress (the first is still running after the wait)
 */
export async function beginIdempotent(db: Executor, request: IdempotentRequest): Promise<Begun> {
  const started = Date.now();
  for (;;) {
    const at = now();
    await keys.dropStaleKey(db, request.principal, request.key, addMs(at, -ABANDONED_MS), addMs(at, -IDEMPOTENCY_TTL_MS));
    const claimId = newId();
    const claimed = await keys.claimKey(db, {
      id: claimId, workspace_id: request.workspaceId, principal: request.principal, key: request.key, fingerprint: request.fingerprint, created_at: at,
    });
    if (claimed) return { kind: 'claimed', claimId };
    const existing = await keys.findKey(db, request.principal, request.key);
    // Gone between the insert and the read (its claim was released): try to claim it again.
    if (!existing) continue;
    if (existing.fingerprint !== request.fingerprint) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request; use a new key for a new request', { 'Idempotency-Key': 'reused' });
    }
    if (existing.status_code !== null) {
      return { kind: 'replay', answer: { statusCode: existing.status_code, type: existing.response_type, body: existing.response_body ?? '' } };
    }
    if (Date.now() - started > WAIT_MS) {
      throw new AppError('idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry in a moment', { 'Idempotency-Key': 'in_progress' });
    }
    await sleep(POLL_MS);
  }
}

/** Keeps the first request's answer for its duplicates. */
export function finishIdempotent(db: Executor, claimId: string, answer: StoredAnswer): Promise<void> {
  return keys.completeKey(db, claimId, { ...answer, at: now() });
}

/** Gives the key up without an answer (a server error: nothing was done, so a retry should run). */
export function abandonIdempotent(db: Executor, claimId: string): Promise<void> {
  return keys.releaseKey(db, claimId);
}

/** Deletes keys past their 24 hours, in batches (the retention job). */
export function deleteExpiredIdempotencyKeys(db: Executor, before: string, limit: number): Promise<number> {
  return keys.deleteExpiredKeys(db, before, limit);
}
