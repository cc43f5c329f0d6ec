import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { COMPANY, CONTACT } from './client-kind.js';
import { listKeySources, updateKeys } from './client-keys.repository.js';
import { nameKey, taxIdKey } from './client-names.js';
import { reindexClient } from './client-columns.js';

export const NAMES_REKEY_JOB = 'names.rekey';
const BATCH = 500;

/**
 * The `names.rekey` job of one workspace: recomputes `name_key` (and a company's `tax_id_key`)
 * of every record with today's key functions (writing only keys that changed), then rebuilds its
 * derived rows, so the search document gains its sound tokens and the record its blocking keys
 * and duplicate pairs; a batch per transaction. Queued by the migration that changed the keys;
 * safe to run again.
 */
export function namesRekeyHandler(): JobHandler {
  return async (job, { db, logger }) => {
    const workspaceId = job.workspaceId;
    if (!workspaceId) return;
    for (const kind of [CONTACT, COMPANY]) {
      let after: string | null = null;
      let changed = 0;
      for (;;) {
        const rows = await listKeySources(db, kind, workspaceId, after, BATCH);
        await db.transaction().execute(async (trx) => {
          for (const row of rows) {
            const name = nameKey(row.title);
            const tax = kind === COMPANY ? taxIdKey(row.tax_id) : row.tax_id_key;
            if (name !== row.name_key || tax !== row.tax_id_key) {
              await updateKeys(trx, kind, workspaceId, row.id, kind === COMPANY ? { name_key: name, tax_id_key: tax } : { name_key: name });
              changed++;
            }
            await reindexClient(trx, kind, workspaceId, row.id);
          }
        });
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1]!.id;
      }
      if (changed > 0) logger.info({ workspaceId, entityType: kind.entityType, changed }, 'name keys recomputed');
    }
  };
}

/** Registers the `names.rekey` handler on a worker's registry. */
export function registerNamesRekeyJob(registry: JobRegistry): void {
  registry.register(NAMES_REKEY_JOB, namesRekeyHandler());
}
