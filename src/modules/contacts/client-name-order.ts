import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { composeName, composedOrder, effectiveNameOrder, NAME_ORDER_JOB, personSortName, type NameOrder } from '../../platform/text/name-order.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { readSettings } from '../workspaces/workspace-settings.js';
import { personNamesPage, rewritePersonName, type PersonNameRow } from './client-name-order.repository.js';

const BATCH = 500;

/**
 * A person's names in `order`: a display name composed from its parts in the other order is
 * composed again (one typed by hand stays), and the sort name is the surname first. Null when
 * nothing changes.
 */
export function reorderedNames(row: Omit<PersonNameRow, 'id'>, order: NameOrder): { display_name: string; sort_name: string } | null {
  const parts = { firstName: row.first_name, middleName: row.middle_name, lastName: row.last_name };
  const was = composedOrder(row.display_name, parts);
  const display = was !== null && was !== order ? composeName(parts, order) : row.display_name;
  const sort = personSortName(parts, display);
  return display === row.display_name && sort === row.sort_name ? null : { display_name: display, sort_name: sort };
}

/**
 * Writes the names of one workspace's people in `order` (and sorts them by surname); answers how
 * many changed. The name key ignores word order and the search document matches each word on its
 * own, so neither changes with the order.
 */
export async function reorderWorkspaceNames(db: Kysely<Database>, workspaceId: string, order: NameOrder): Promise<number> {
  let after: string | null = null;
  let changed = 0;
  for (;;) {
    const rows = await personNamesPage(db, workspaceId, after, BATCH);
    const updates = rows.flatMap((row) => {
      const next = reorderedNames(row, order);
      return next === null ? [] : [{ row, next }];
    });
    if (updates.length > 0) {
      await db.transaction().execute(async (trx) => {
        for (const { row, next } of updates) await rewritePersonName(trx, workspaceId, row.id, row.display_name, next);
      });
    }
    changed += updates.length;
    if (rows.length < BATCH) return changed;
    after = rows[rows.length - 1]!.id;
  }
}

/** The `names.reorder` job: the workspace's order as it is when the job runs. Safe to run again. */
export function nameOrderHandler(): JobHandler {
  return async (job, { db, logger }) => {
    if (!job.workspaceId) return;
    const workspace = await findWorkspace(db, job.workspaceId);
    if (!workspace) return;
    const order = effectiveNameOrder(readSettings(workspace.settings).nameOrder, workspace.locale);
    const changed = await reorderWorkspaceNames(db, job.workspaceId, order);
    logger.info({ workspaceId: job.workspaceId, order, changed }, 'display names written in the workspace name order');
  };
}

/** Registers the `names.reorder` handler on a worker's registry. */
export function registerNameOrderJob(registry: JobRegistry): void {
  registry.register(NAME_ORDER_JOB, nameOrderHandler());
}
