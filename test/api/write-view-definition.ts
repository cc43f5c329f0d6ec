import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { toJson } from '../../src/platform/json.js';

/** Writes a saved view's definition straight to the table, as an old or hand-edited row would be. */
export async function writeViewDefinition(db: Kysely<Database>, id: string, definition: unknown): Promise<void> {
  await db.updateTable('saved_views').set({ definition: toJson(definition) }).where('id', '=', id).execute();
}
