import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { addMs, now } from '../../platform/clock.js';
import { entityTypes, type EntityType } from '../../platform/entities/registry.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { systemActor } from '../users/users.service.js';
import { listWorkspaceSettings } from '../workspaces/workspaces.service.js';
import { purgeRecord } from './trash.service.js';

export const TRASH_PURGE_JOB = 'trash.purge';
export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/** `settings.trashRetentionDays` when it is a whole number of days from 1 to 3650; otherwise the default. */
export function retentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650 ? value : DEFAULT_RETENTION_DAYS;
}

/**
 * Purges one type's records deleted before `cutoff`, each in its own transaction so one failure
 * neither undoes the others nor stops the run; stops when a batch makes no progress.
 */
async function purgeTypeBefore(db: Kysely<Database>, actor: Actor, entity: EntityType, cutoff: string, logger: Logger): Promise<number> {
  let purged = 0;
  for (;;) {
    const ids = await entity.deletedBefore!(db, actor.workspaceId, cutoff, BATCH);
    let progressed = 0;
    for (const id of ids) {
      try {
        const done = await db.transaction().execute(async (trx) => {
          const record = await entity.find(trx, actor, id);
          // Restored (or purged by someone) since the list was read: leave it.
          if (!record?.deletedAt || record.deletedAt >= cutoff) return false;
          await purgeRecord(trx, actor, entity, record, 'retention');
          return true;
        });
        if (done) progressed++;
      } catch (err) {
        logger.warn({ err, entityType: entity.type, id, workspaceId: actor.workspaceId }, 'could not purge a deleted record');
      }
    }
    purged += progressed;
    if (ids.length < BATCH || progressed === 0) return purged;
  }
}

/** The daily job: in every workspace, purges records that have been in the trash longer than its retention. */
export function trashPurgeHandler(): JobHandler {
  return async (_job, { db, logger }) => {
    const types = entityTypes().filter((e) => e.deletedBefore && e.purge);
    if (types.length === 0) return;
    for (const workspace of await listWorkspaceSettings(db)) {
      const days = retentionDays(workspace.settings.trashRetentionDays);
      const cutoff = addMs(now(), -days * DAY_MS);
      const actor = systemActor(workspace.id);
      for (const entity of types) {
        const purged = await purgeTypeBefore(db, actor, entity, cutoff, logger);
        if (purged > 0) logger.info({ workspaceId: workspace.id, entityType: entity.type, purged, retentionDays: days }, 'purged expired trash');
      }
    }
  };
}

/**
 * Registers the `trash.purge` handler and its daily schedule on a worker's registry.
 * @throws Error when it is already registered there.
 */
export function registerTrashJobs(registry: JobRegistry, options: { everyMs?: number } = {}): void {
  registry.register(TRASH_PURGE_JOB, trashPurgeHandler());
  registry.schedule({ name: TRASH_PURGE_JOB, everyMs: options.everyMs ?? DAY_MS, type: TRASH_PURGE_JOB });
}
