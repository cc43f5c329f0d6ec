import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { notify } from '../notifications/notifications.service.js';
import * as activities from './activities.repository.js';

/**
 * Reminders of planned activities (decision 0025): a frequent sweep of the persistent scheduler
 * finds the due ones and claims each atomically before it tells the assignee, so a reminder fires
 * once even with several processes, survives restarts (the state is the row), never fires for a
 * deleted or completed task, and moves when the due time moves (`remind_at` is recomputed).
 */

export const REMINDERS_JOB = 'activities.reminders';
export const REMINDER_SWEEP_MS = 15_000;
const BATCH = 100;

/** Claims and sends every reminder due now; answers how many this caller sent. */
export async function fireDueReminders(db: Kysely<Database>): Promise<number> {
  let sent = 0;
  for (;;) {
    const at = now();
    const ids = await activities.dueReminderIds(db, at, BATCH);
    for (const id of ids) {
      // The claim and the notification commit together: a crash between them sends nothing and leaves the reminder due.
      const fired = await db.transaction().execute(async (trx) => {
        const row = await activities.claimReminder(trx, id, at);
        if (!row) return false;
        await notify(trx, [{
          workspaceId: row.workspace_id, userId: row.owner_id, type: 'task.reminder',
          data: { activityId: row.id, title: row.title, kind: row.kind, dueAt: row.due_at, allDay: row.all_day === 1, links: { contactId: row.contact_id, companyId: row.company_id, dealId: row.deal_id } },
        }]);
        return true;
      });
      if (fired) sent++;
    }
    if (ids.length < BATCH) return sent;
  }
}

export function remindersHandler(): JobHandler {
  return async (_job, { db, logger }) => {
    const sent = await fireDueReminders(db);
    if (sent > 0) logger.info({ sent }, 'task reminders sent');
  };
}

/**
 * Registers the reminder sweep and its schedule on a worker's registry.
 * @throws Error when it is already registered there.
 */
export function registerActivityJobs(registry: JobRegistry, options: { everyMs?: number } = {}): void {
  registry.register(REMINDERS_JOB, remindersHandler());
  registry.schedule({ name: REMINDERS_JOB, everyMs: options.everyMs ?? REMINDER_SWEEP_MS, type: REMINDERS_JOB });
}
