import path from 'node:path';
import type { Logger } from 'pino';
import { connect, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { optimizeDatabase, registerDatabaseJobs } from '../db/optimize.js';
import { ensureFilterableIndexes } from '../modules/custom-fields/custom-fields.service.js';
import type { Config } from '../platform/config.js';
import { startWorkers } from '../platform/workers.js';
import { buildApp } from './app.js';
import { configureSecretKey } from '../platform/secrets/secret-box.js';
import { sealStoredClientSecrets } from '../modules/oidc/oidc-providers.service.js';
import { sealStoredTotpSecrets } from '../modules/auth/two-factor.service.js';
import { registerTrashJobs } from '../modules/trash/trash.jobs.js';
import { registerPhoneRecheckJob } from '../modules/contacts/client-phone-recheck.js';
import { registerNameOrderJob } from '../modules/contacts/client-name-order.js';
import { registerNamesRekeyJob } from '../modules/contacts/client-rekey.js';
import { registerDuplicatesJobs } from '../modules/duplicates/duplicate-pairs.jobs.js';
import { registerSecurityJobs } from '../modules/security/security.jobs.js';
import { registerAuthJobs } from '../modules/auth/auth.jobs.js';
import { registerOidcJobs } from '../modules/oidc/oidc.jobs.js';
import { registerAttachmentJobs } from '../modules/attachments/attachments.jobs.js';
import { registerTransferJobs } from '../modules/users/transfer.job.js';
import { registerRecordBulkJobs } from '../modules/records/record-bulk.job.js';
import { registerImportJobs } from '../modules/imports/import-run.job.js';
import { registerActivityJobs } from '../modules/activities/reminders.jobs.js';
import { publishDealChanges } from '../modules/sales/deals.live.js';
import { publishNotifications } from '../modules/notifications/notifications.live.js';
import { registerEscalationJobs } from '../modules/escalation/escalation.jobs.js';
import { LiveHub } from '../platform/live/live-hub.js';

export function openDatabase(config: Config): DatabaseHandle {
  return connect({ databaseUrl: config.databaseUrl, sqlitePath: path.join(config.dataDir, 'kartoteka.db') });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database, applies migrations, starts background workers and the HTTP server, and
 * stops in order on SIGTERM/SIGINT: stop accepting, drain in-flight requests, stop workers, close
 * the database. A second signal exits at once.
 */
export async function startServer(config: Config, logger: Logger, beforeListen?: (handle: DatabaseHandle) => Promise<void>): Promise<RunningServer> {
  const handle = openDatabase(config);
  const applied = await migrateToLatest(handle.db);
  configureSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir, sharedDatabase: handle.dialect === 'postgres' });
  if (applied.length) logger.info({ applied }, 'migrations applied');
  // Secrets stored plain before encryption at rest are sealed now (idempotent; needs the key).
  const sealed = (await sealStoredClientSecrets(handle.db)) + (await sealStoredTotpSecrets(handle.db));
  if (sealed) logger.info({ sealed }, 'stored secrets encrypted');
  if (beforeListen) await beforeListen(handle);

  // Every process listens for live messages, whether or not it runs the workers that publish them.
  const live = new LiveHub({ db: handle.db, dialect: handle.dialect, logger, listenUrl: config.databaseUrl });
  await live.start();
  const app = await buildApp({ db: handle.db, dialect: handle.dialect, config, logger, live });
  const workers = config.runWorkers ? startWorkers({
    db: handle.db, dialect: handle.dialect, config, logger, databaseUrl: config.databaseUrl,
    // Module jobs; the app above has imported every module, so entity types are registered.
    configure: ({ jobs, outbox }) => {
      publishDealChanges(outbox, live);
      publishNotifications(outbox, live);
      registerTrashJobs(jobs);
      registerSecurityJobs(jobs);
      registerAuthJobs(jobs);
      registerOidcJobs(jobs);
      registerAttachmentJobs(jobs, { dataDir: config.dataDir });
      registerDatabaseJobs(jobs);
      registerPhoneRecheckJob(jobs);
      registerNameOrderJob(jobs);
      registerNamesRekeyJob(jobs);
      registerDuplicatesJobs(jobs);
      registerRecordBulkJobs(jobs);
      registerTransferJobs(jobs);
      registerEscalationJobs(jobs, { everyMs: config.escalationScanSeconds * 1000 });
      registerActivityJobs(jobs);
      registerImportJobs(jobs, config.dataDir);
    },
  }) : null;
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info({ url, database: handle.dialect }, 'Kartoteka is serving');
  // After listening, so it never delays start; statistics are then fresh for the first lists.
  optimizeDatabase(handle.db, { atStart: true }).catch((err: Error) => logger.warn({ err }, 'refreshing planner statistics failed'));
  ensureFilterableIndexes(handle.db).catch((err: Error) => logger.warn({ err }, 'making the custom-field value indexes failed'));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await workers?.stop();
      await live.stop();
      await handle.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  const onSignal = (signal: string) => {
    if (stopping) process.exit(1);
    logger.info({ signal }, 'shutting down');
    stop().then(() => process.exit(0), (err) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  return { url, stop };
}
