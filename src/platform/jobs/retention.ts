import type { Executor } from '../../db/database.js';
import { addMs, now } from '../clock.js';
import type { JobHandler, JobRegistry } from './jobs.registry.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const DELETE_BATCH = 1000;

/** Deletes up to `limit` rows older than `before`; returns how many went. */
export type BatchDelete = (db: Executor, before: string, limit: number) => Promise<number>;

export interface RetentionRule {
  /** The job type, e.g. `auth.sessions_cleanup`. */
  type: string;
  /** What is deleted, for the log line. */
  what: string;
  keepDays: number;
  deleteBatch: BatchDelete;
  /** How often it runs; default hourly. */
  everyMs?: number;
}

/**
 * A job that deletes rows past their retention in batches, so no single statement holds locks for
 * long and a huge backlog cannot time out one transaction.
 */
export function retentionHandler(rule: RetentionRule): JobHandler {
  return async (_job, { db, logger }) => {
    const before = addMs(now(), -rule.keepDays * DAY_MS);
    let total = 0;
    for (;;) {
      const deleted = await rule.deleteBatch(db, before, DELETE_BATCH);
      total += deleted;
      if (deleted < DELETE_BATCH) break;
    }
    if (total > 0) logger.info({ deleted: total, before }, `deleted old ${rule.what}`);
  };
}

/**
 * Registers a retention job and its schedule (named after the type) on a registry.
 * @throws Error when the type is already registered there.
 */
export function registerRetention(registry: JobRegistry, rule: RetentionRule): void {
  registry.register(rule.type, retentionHandler(rule));
  registry.schedule({ name: rule.type, everyMs: rule.everyMs ?? 60 * 60 * 1000, type: rule.type });
}
