import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { SavedViewsTable } from './saved-views.table.js';

export type SavedViewRow = Selectable<SavedViewsTable>;

/** The user's own views of an entity and the shared ones, by name. */
export function listViews(db: Executor, workspaceId: string, entityType: string, userId: string | null): Promise<SavedViewRow[]> {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where((eb) => (userId ? eb.or([eb('owner_id', '=', userId), eb('shared', '=', 1)]) : eb('shared', '=', 1)))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** A view of the workspace, whoever owns it, or undefined. */
export function findView(db: Executor, workspaceId: string, id: string): Promise<SavedViewRow | undefined> {
  return db.selectFrom('saved_views').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function insertView(db: Executor, row: Insertable<SavedViewsTable>): Promise<SavedViewRow> {
  return db.insertInto('saved_views').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates only if the view still has `expectedVersion`; undefined when someone changed it first. */
export function updateViewVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, patch: Updateable<SavedViewsTable>) {
  return updateVersioned(db, 'saved_views', workspaceId, id, expectedVersion, patch);
}

export async function deleteView(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('saved_views').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
