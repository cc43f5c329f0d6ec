import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { addMs, now } from '../clock.js';
import { fromJson } from '../json.js';
import * as outbox from './outbox.repository.js';
import { PgListener } from './pg-listener.js';
import { Sleeper } from '../jobs/sleeper.js';

/** A committed domain event as subscribers see it. */
export interface OutboxEvent<P = unknown> {
  id: string;
  workspaceId: string;
  type: string;
  entityType: string | null;
  entityId: string | null;
  actorId: string | null;
  payload: P;
  createdAt: string;
  /** Earlier failed deliveries of this event. */
  attempts: number;
}

export interface OutboxContext {
  /** The root connection; a subscriber's writes are its own, not part of the dispatch. */
  db: Kysely<Database>;
  logger: Logger;
}

/**
 * Reacts to one event. Delivery is at least once and all subscribers of an event are retried
 * together when one fails, so a subscriber must tolerate seeing an event again. Work that needs
 * its own retries (a webhook call) is best enqueued as a job keyed by the event id.
 */
export type OutboxSubscriber<P = unknown> = (event: OutboxEvent<P>, ctx: OutboxContext) => Promise<void>;

export interface OutboxDispatcherOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  /** Poll interval, the safety net behind LISTEN/NOTIFY; default 500 ms. */
  pollMs?: number;
  batchSize?: number;
  /** Deliveries tried before an event is given up on (marked dispatched, error kept); default 10. */
  maxAttempts?: number;
  /** First retry delay, doubled per failure up to retryMaxMs. Defaults 5 s and 1 h. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** PostgreSQL URL to LISTEN on `kartoteka_outbox` for prompt delivery; ignored on SQLite. */
  listenUrl?: string | null;
}

interface Subscription {
  type: string;
  name: string;
  handler: OutboxSubscriber<any>;
}

/**
 * Delivers committed outbox events to in-process subscribers, oldest first. On PostgreSQL each
 * batch is claimed with FOR UPDATE SKIP LOCKED inside a transaction held through delivery, so
 * several processes share the work and a crashed one releases its batch. A failing event waits
 * for its retry without holding up the events behind it.
 */
export class OutboxDispatcher {
  private readonly subscriptions: Subscription[] = [];
  private readonly logger: Logger;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private listener: PgListener | null = null;
  private starting: Promise<void> | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private readonly sleeper = new Sleeper();

  constructor(private readonly options: OutboxDispatcherOptions) {
    this.logger = options.logger.child({ component: 'outbox' });
    this.pollMs = options.pollMs ?? 500;
    this.batchSize = options.batchSize ?? 100;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.retryBaseMs = options.retryBaseMs ?? 5000;
    this.retryMaxMs = options.retryMaxMs ?? 3_600_000;
  }

  /**
   * Subscribes to an event type, or to every event with '*'. Register before `start()`: an event
   * dispatched while nobody listens for its type is done and not delivered again.
   */
  subscribe<P = unknown>(type: string, name: string, handler: OutboxSubscriber<P>): this {
    this.subscriptions.push({ type, name, handler: handler as OutboxSubscriber<any> });
    return this;
  }

  /**
   * Starts dispatching in the background (and listening, on PostgreSQL with `listenUrl`);
   * resolves once listening. Errors after that are logged, never thrown.
   */
  async start(): Promise<void> {
    if (this.starting) return this.starting;
    this.stopping = false;
    this.starting = (async () => {
      if (this.options.dialect === 'postgres' && this.options.listenUrl) {
        this.listener = new PgListener({
          connectionString: this.options.listenUrl,
          channel: outbox.OUTBOX_CHANNEL,
          onNotify: () => this.wake(),
          logger: this.logger,
        });
        await this.listener.start();
      }
      if (!this.stopping) this.loop = this.runLoop();
    })();
    return this.starting;
  }

  /** Dispatches now instead of at the next poll. */
  wake(): void {
    this.sleeper.wake();
  }

  /** Stops after the batch in hand is delivered and recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.starting;
    await this.listener?.stop();
    this.listener = null;
    await this.loop;
    this.loop = null;
    this.starting = null;
  }

  /** Delivers one batch of due events; answers how many were handled. Used by the loop and by tests. */
  async dispatchOnce(): Promise<number> {
    const { db, dialect } = this.options;
    const at = now();
    if (dialect === 'postgres') {
      return db.transaction().execute(async (trx) => this.deliverAll(trx, await outbox.findDueEvents(trx, at, this.batchSize, true)));
    }
    // One SQLite connection serves everything, so holding a transaction across subscribers (who
    // write through the root connection) would deadlock; one process needs no row locks anyway.
    return this.deliverAll(db, await outbox.findDueEvents(db, at, this.batchSize, false));
  }

  private async runLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let handled = 0;
      try {
        handled = await this.dispatchOnce();
        failures = 0;
      } catch (err) {
        failures++;
        this.logger.error({ err, failures }, 'outbox dispatch failed');
      }
      if (this.stopping) break;
      // While the database is unreachable, back off instead of logging an error every poll.
      if (failures) await this.sleeper.sleep(Math.min(this.pollMs * 2 ** failures, 30_000));
      else if (handled < this.batchSize) await this.sleeper.sleep(this.pollMs);
    }
  }

  private async deliverAll(db: Executor, rows: outbox.OutboxEventRow[]): Promise<number> {
    for (const row of rows) {
      const event = toEvent(row);
      const error = await this.deliver(event);
      const attempts = row.attempts + (error ? 1 : 0);
      if (!error) {
        await outbox.markEventDispatched(db, row.id, now(), { attempts, lastError: row.last_error });
      } else if (attempts >= this.maxAttempts) {
        this.logger.error({ eventId: row.id, eventType: row.type, attempts, error }, 'gave up delivering an outbox event');
        await outbox.markEventDispatched(db, row.id, now(), { attempts, lastError: `Gave up after ${attempts} attempts: ${error}` });
      } else {
        const delay = Math.min(this.retryBaseMs * 2 ** (attempts - 1), this.retryMaxMs);
        await outbox.markEventForRetry(db, row.id, attempts, error, addMs(now(), delay));
      }
    }
    return rows.length;
  }

  /** Runs the event's subscribers in registration order; answers the first failure, if any. */
  private async deliver(event: OutboxEvent): Promise<string | null> {
    for (const sub of this.subscriptions) {
      if (sub.type !== '*' && sub.type !== event.type) continue;
      try {
        await sub.handler(event, { db: this.options.db, logger: this.logger });
      } catch (err) {
        this.logger.warn({ err, eventId: event.id, eventType: event.type, subscriber: sub.name }, 'outbox subscriber failed');
        const message = err instanceof Error ? err.message : String(err);
        return `${sub.name}: ${message}`.slice(0, 2000);
      }
    }
    return null;
  }
}

function toEvent(row: outbox.OutboxEventRow): OutboxEvent {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    type: row.type,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorId: row.actor_id,
    payload: row.payload === null ? null : fromJson(row.payload),
    createdAt: row.created_at,
    attempts: row.attempts,
  };
}

export { notifyOutbox } from './outbox.repository.js';
