import type { Executor } from '../../db/database.js';

/**
 * Moves a contact's or company's `last_activity_at` forward when something happens on its
 * timeline ("no activity for 30 days" filters read it). Never moves it back, and is not a record
 * change: it bumps neither version nor history, so it never makes someone's open edit stale.
 */
export async function touchClientActivity(db: Executor, workspaceId: string, subjectType: string, subjectId: string, at: string): Promise<void> {
  const table = subjectType === 'contact' ? 'contacts' : subjectType === 'company' ? 'companies' : null;
  if (!table) return;
  await db
    .updateTable(table)
    .set({ last_activity_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', subjectId)
    .where((eb) => eb.or([eb('last_activity_at', 'is', null), eb('last_activity_at', '<', at)]))
    .execute();
}
