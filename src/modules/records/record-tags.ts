import type { Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson } from '../../platform/json.js';

/**
 * The `record_tags` mirror of a record's `tags` JSON, for types other than the client records
 * (whose derived rows are rebuilt together in the contacts module): the tag filter and the tag
 * counts read it for every type with `features.tags`.
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** Replaces a record's tag rows with the tags of its row (each carries the record's sort name: tag lists walk it in name order). */
export async function rebuildRecordTags(db: Executor, entityType: string, row: { workspace_id: string; id: string; sort_name: string; tags?: unknown }): Promise<void> {
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', entityType).where('entity_id', '=', row.id).execute();
  const tags = fromJson<string[]>(row.tags) ?? [];
  if (tags.length > 0) {
    await untyped(db).insertInto('record_tags').values(tags.map((tag) => ({ workspace_id: row.workspace_id, entity_type: entityType, entity_id: row.id, tag, sort_name: row.sort_name }))).execute();
  }
}

/** Removes a record's tag rows (before it is purged). */
export async function deleteRecordTags(db: Executor, entityType: string, id: string): Promise<void> {
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', entityType).where('entity_id', '=', id).execute();
}
