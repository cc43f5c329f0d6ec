import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Dialect } from '../../db/database.js';
import { addMs, now } from '../clock.js';
import { newId } from '../ids.js';
import * as jobs from './jobs.repository.js';
import { JobRegistry, PermanentJobError, type Job, type JobHandler, type RecurringJob } from './jobs.registry.js';
import { ensureScheduled, finishJobRun, retryDelayMs, toJob } from './jobs.service.js';
import { Sleeper } from './sleeper.js';

export interface JobWorkerOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  registry?: JobRegistry;
  /** Names this worker in `jobs.locked_by`; default host:pid:random. */
  workerId?: string;
  /** Jobs run at once by this worker; default 4. */
  concurrency?: number;
  /** How often to look for due jobs when idle; default 500 ms. `wake()` looks at once. */
  pollMs?: number;
  /** How long a claim holds without renewal; a crashed worker's jobs run again after it. Default 60 s. */
  leaseMs?: number;
  /** How often to take back expired leases and re-check schedules; default 15 s. */
  maintenanceMs?: number;
  /** First retry delay, doubled on each further failure up to retryMaxMs. Defaults 10 s and 1 h. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/**
 * Runs persistent jobs from the `jobs` table. Any number of workers, in one process or many, can
 * share one database: each job is claimed by exactly one of them (see claimDueJobs), and a job
 * whose worker died is taken back when its lease expires.
 */
export class JobWorker {
  readonly id: string;
  readonly registry: JobRegistry;
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;
  private readonly logger: Logger;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly maintenanceMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly running = new Map<string, Promise<void>>();
  private loop: Promise<void> | null = null;
  private stopping = false;
  private readonly sleeper = new Sleeper();
  private nextMaintenance = 0;
  private heartbeat: NodeJS.Timeout | null = null;
  private renewing: Promise<void> | null = null;

  constructor(options: JobWorkerOptions) {
    this.db = options.db;
    this.dialect = options.dialect;
    this.registry = options.registry ?? new JobRegistry();
    this.id = options.workerId ?? `${os.hostname()}:${process.pid}:${newId().slice(-8)}`;
    this.logger = options.logger.child({ component: 'jobs', workerId: this.id });
    this.concurrency = options.concurrency ?? 4;
    this.pollMs = options.pollMs ?? 500;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maintenanceMs = options.maintenanceMs ?? 15_000;
    this.retryBaseMs = options.retryBaseMs ?? 10_000;
    this.retryMaxMs = options.retryMaxMs ?? 3_600_000;
  }

  /**
   * Registers the handler for a job type (see JobRegistry.register).
   * @throws Error when the type already has a handler.
   */
  register<P = unknown>(type: string, handler: JobHandler<P>): this {
    this.registry.register(type, handler);
    return this;
  }

  /**
   * Declares a recurring job; its pending run is created on start (or now, if started).
   * @throws Error when everyMs is not a positive integer or the name is taken.
   */
  schedule(job: RecurringJob): this {
    this.registry.schedule(job);
    if (this.loop) this.nextMaintenance = 0;
    this.wake();
    return this;
  }

  get isRunning(): boolean {
    return this.loop !== null && !this.stopping;
  }

  /** Starts polling in the background; errors are logged, never thrown. Calling it twice does nothing. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    // Leases are renewed on a timer of their own, so a slow poll or a shutdown that waits for
    // running jobs never lets a lease lapse under a job that is still running.
    this.heartbeat = setInterval(() => this.renewLeases(), Math.max(1, Math.floor(this.leaseMs / 3)));
    this.loop = this.runLoop();
  }

  /** Looks for due jobs now instead of at the next poll. */
  wake(): void {
    this.sleeper.wake();
  }

  /** Stops claiming jobs and resolves once the jobs already running have finished and been recorded. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.running.values()]);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    await this.renewing;
    this.loop = null;
  }

  private async runLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        await this.tick();
        failures = 0;
      } catch (err) {
        failures++;
        this.logger.error({ err, failures }, 'job worker tick failed');
      }
      if (this.stopping) break;
      // A full batch leaves no free slot; each finishing job wakes the loop to claim the next.
      // While the database is unreachable, back off instead of logging an error every poll.
      await this.sleeper.sleep(failures ? Math.min(this.pollMs * 2 ** failures, 30_000) : this.pollMs);
    }
  }

  private async tick(): Promise<void> {
    const t = Date.now();
    if (t >= this.nextMaintenance) {
      this.nextMaintenance = t + this.maintenanceMs;
      await this.maintain();
    }
    const free = this.concurrency - this.running.size;
    if (free <= 0) return;
    const at = now();
    const rows = await jobs.claimDueJobs(this.db, this.dialect, { workerId: this.id, limit: free, at, lockedUntil: addMs(at, this.leaseMs) });
    for (const row of rows) this.launch(toJob(row));
  }

  private renewLeases(): void {
    if (this.renewing || this.running.size === 0) return;
    const at = now();
    this.renewing = jobs
      .extendJobLeases(this.db, this.id, [...this.running.keys()], addMs(at, this.leaseMs), at)
      .catch((err: unknown) => this.logger.error({ err }, 'could not renew job leases'))
      .finally(() => {
        this.renewing = null;
      });
  }

  private async maintain(): Promise<void> {
    const { requeued, failed } = await jobs.recoverExpiredJobs(this.db, now());
    if (requeued.length || failed.length) this.logger.warn({ requeued, failed }, 'took back jobs from a stopped worker');
    for (const schedule of this.registry.allSchedules()) await ensureScheduled(this.db, schedule);
  }

  private launch(job: Job): void {
    const run = this.run(job).finally(() => {
      this.running.delete(job.id);
      this.wake();
    });
    this.running.set(job.id, run);
  }

  private async run(job: Job): Promise<void> {
    const log = this.logger.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    const handler = this.registry.handlerFor(job.type);
    const schedule = this.registry.scheduleForKey(job.uniqueKey);
    let error: unknown;
    let permanent = false;
    const started = Date.now();
    if (!handler) {
      error = new Error(`No handler is registered for job type "${job.type}"`);
      permanent = true;
    } else {
      try {
        await handler(job, { db: this.db, logger: log, workerId: this.id });
      } catch (err) {
        error = err ?? new Error('Job handler threw a nullish value');
        permanent = err instanceof PermanentJobError;
      }
    }
    try {
      const delay = retryDelayMs(job.attempts, this.retryBaseMs, this.retryMaxMs);
      const outcome = await finishJobRun(this.db, job, this.id, { error, permanent, retryDelayMs: delay, schedule });
      const ms = Date.now() - started;
      if (outcome === 'done') log.debug({ ms }, 'job done');
      else if (outcome === 'retry') log.warn({ ms, err: error, retryInMs: delay }, 'job failed; will retry');
      else if (outcome === 'failed') log.error({ ms, err: error }, 'job failed for good');
      else log.warn({ ms }, 'job lease was lost before the run was recorded; another run owns it now');
    } catch (err) {
      // The lease expires and another run takes the job; handlers are idempotent for this reason.
      log.error({ err }, 'could not record the end of a job run');
    }
  }
}
