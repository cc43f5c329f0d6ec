import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Dialect } from '../db/database.js';
import type { Config } from './config.js';
import { registerHousekeeping, type HousekeepingOptions } from './jobs/jobs.housekeeping.js';
import type { JobRegistry } from './jobs/jobs.registry.js';
import { JobWorker, type JobWorkerOptions } from './jobs/jobs.worker.js';
import { registerMailHandler } from './mail/mail.service.js';
import { createMailTransport, type MailTransport } from './mail/mail.transport.js';
import { OutboxDispatcher, type OutboxDispatcherOptions } from './outbox/outbox.dispatcher.js';

export interface StartWorkersOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
  logger: Logger;
  /** The PostgreSQL URL, for the dispatcher's LISTEN connection; ignored on SQLite. */
  databaseUrl?: string | null;
  /**
   * Registers job handlers, schedules and outbox subscribers before anything starts, so no event
   * is dispatched before its subscribers exist.
   */
  configure?: (workers: { jobs: JobRegistry; outbox: OutboxDispatcher }) => void;
  /** Tuning (tests use short intervals). */
  jobOptions?: Omit<JobWorkerOptions, 'db' | 'dialect' | 'logger' | 'registry'>;
  outboxOptions?: Omit<OutboxDispatcherOptions, 'db' | 'dialect' | 'logger' | 'listenUrl'>;
  housekeeping?: HousekeepingOptions;
  /** Replaces the transport built from `config.smtpUrl`. */
  mailTransport?: MailTransport | null;
}

export interface RunningWorkers {
  worker: JobWorker;
  dispatcher: OutboxDispatcher;
  /** Stops claiming work, waits for running jobs and the batch of events in hand, closes SMTP. */
  stop(): Promise<void>;
}

/**
 * Starts this process's background work: the job worker (with the `mail.send` handler and the
 * housekeeping schedule) and the outbox dispatcher. Returns at once; both run in the background
 * and log their errors. Every process of a deployment may call this: the database shares the work.
 * @throws Error when SMTP_URL is set but malformed, or `configure` registers a taken job type.
 */
export function startWorkers(options: StartWorkersOptions): RunningWorkers {
  const { db, dialect, config, logger } = options;
  const transport = options.mailTransport !== undefined ? options.mailTransport : createMailTransport(config);
  if (!transport) logger.warn('SMTP_URL is not set: outgoing mail is written to the log instead of sent, with its links redacted (copy invitation links from Settings → Users)');

  const worker = new JobWorker({ ...options.jobOptions, db, dialect, logger });
  registerMailHandler(worker.registry, { transport, from: config.mailFrom });
  registerHousekeeping(worker.registry, options.housekeeping);

  const dispatcher = new OutboxDispatcher({ ...options.outboxOptions, db, dialect, logger, listenUrl: options.databaseUrl ?? null });
  options.configure?.({ jobs: worker.registry, outbox: dispatcher });

  worker.start();
  void dispatcher.start().catch((err: unknown) => logger.error({ err }, 'outbox dispatcher failed to start'));

  let stopping: Promise<void> | null = null;
  return {
    worker,
    dispatcher,
    stop() {
      stopping ??= (async () => {
        await Promise.all([worker.stop(), dispatcher.stop()]);
        transport?.close();
      })();
      return stopping;
    },
  };
}
