import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';

/** A claimed job as a handler sees it; `attempts` counts this run (1 on the first run). */
export interface Job<P = unknown> {
  id: string;
  type: string;
  payload: P;
  workspaceId: string | null;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  uniqueKey: string | null;
  createdAt: string;
}

export interface JobContext {
  /** The root connection (not a transaction); open one with `db.transaction()` when needed. */
  db: Kysely<Database>;
  logger: Logger;
  workerId: string;
}

/**
 * Runs one job. Delivery is at least once (a worker can die after the work and before marking it
 * done), so a handler must be safe to run again. Throwing means "retry later"; throwing
 * `PermanentJobError` means "this will never succeed" and fails the job at once.
 */
export type JobHandler<P = unknown> = (job: Job<P>, ctx: JobContext) => Promise<void>;

/** Thrown by a handler when retrying is pointless (a rejected recipient, a deleted record). */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

export interface RecurringJob {
  /** Stable name; one pending job per name exists across all processes. */
  name: string;
  everyMs: number;
  type: string;
  payload?: unknown;
  /** When the very first run happens if none is pending yet; default: now. */
  firstRunAt?: string;
  maxAttempts?: number;
}

const SCHEDULE_KEY_PREFIX = 'schedule:';

/** The unique key that keeps a recurring job single across processes. */
export function scheduleKey(name: string): string {
  return `${SCHEDULE_KEY_PREFIX}${name}`;
}

/**
 * Handlers and recurring schedules known to one worker. One registry per worker (not a module
 * global) keeps tests and several workers in one process apart.
 */
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly schedules = new Map<string, RecurringJob>();

  /**
   * Registers the handler for a job type.
   * @throws Error when the type already has a handler (two modules claiming one type is a bug).
   */
  register<P = unknown>(type: string, handler: JobHandler<P>): this {
    if (this.handlers.has(type)) throw new Error(`Job type "${type}" already has a handler`);
    this.handlers.set(type, handler as JobHandler<any>);
    return this;
  }

  handlerFor(type: string): JobHandler | undefined {
    return this.handlers.get(type);
  }

  /**
   * Declares a recurring job. The worker keeps exactly one pending job for it.
   * @throws Error when everyMs is not a positive integer or the name is taken.
   */
  schedule(job: RecurringJob): this {
    if (!Number.isInteger(job.everyMs) || job.everyMs <= 0) throw new Error(`Schedule "${job.name}" needs a positive everyMs`);
    if (this.schedules.has(job.name)) throw new Error(`Schedule "${job.name}" is already declared`);
    this.schedules.set(job.name, job);
    return this;
  }

  allSchedules(): RecurringJob[] {
    return [...this.schedules.values()];
  }

  /** The schedule a job belongs to, found by its unique key. */
  scheduleForKey(uniqueKey: string | null): RecurringJob | undefined {
    if (!uniqueKey?.startsWith(SCHEDULE_KEY_PREFIX)) return undefined;
    return this.schedules.get(uniqueKey.slice(SCHEDULE_KEY_PREFIX.length));
  }
}
