import type { Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import { CONTACT } from './client-kind.js';

const untyped = (db: Executor) => db as unknown as Kysely<any>;

export interface PersonNameRow {
  id: string;
  display_name: string;
  first_name: string | null;
  middle_name: string | null;
  last_name: string | null;
  sort_name: string;
}

/** A page of a workspace's people (deleted ones too: they come back from the Trash) with their names, in id order after `after`. */
export async function personNamesPage(db: Executor, workspaceId: string, after: string | null, limit: number): Promise<PersonNameRow[]> {
  let query = untyped(db).selectFrom(CONTACT.table).select(['id', 'display_name', 'first_name', 'middle_name', 'last_name', 'sort_name'])
    .where('workspace_id', '=', workspaceId).orderBy('id').limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  return (await query.execute()) as PersonNameRow[];
}

/**
 * Writes a person's display name and sort name (and the tag rows' copy of it), only while the
 * display name is still `was` (an edit made meanwhile wins). Not a record change: the same name in
 * another order, so no version or history.
 */
export async function rewritePersonName(db: Executor, workspaceId: string, id: string, was: string, names: { display_name: string; sort_name: string }): Promise<void> {
  const result = await untyped(db).updateTable(CONTACT.table).set(names)
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('display_name', '=', was).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return;
  await untyped(db).updateTable('record_tags').set({ sort_name: names.sort_name })
    .where('entity_type', '=', CONTACT.entityType).where('entity_id', '=', id).execute();
}
