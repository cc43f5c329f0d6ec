import type { Executor } from '../../db/database.js';
import { addMs, now, nowMs } from '../clock.js';
import * as buckets from './rate-limit.repository.js';

/**
 * Counts one request against a fixed window of `windowMs` for the key, in the database (shared by
 * every process on it). Answers the count so far in the window and the milliseconds until it ends.
 */
export async function countRequest(db: Executor, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const at = now();
  const { count, expiresAt } = await buckets.countHit(db, key, at, addMs(at, windowMs));
  return { current: count, ttl: Math.max(0, Date.parse(expiresAt) - nowMs()) };
}

/** Deletes windows that ended before `before`, in batches (the retention job). */
export function deleteEndedRateLimitWindows(db: Executor, before: string, limit: number): Promise<number> {
  return buckets.deleteEndedBuckets(db, before, limit);
}
