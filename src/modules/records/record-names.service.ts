import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { recordType } from '../../platform/records/registry.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import { scopedRecords } from './records.repository.js';

/** One record a screen names by reference (`contact:<id>`). */
export interface RecordRef {
  entityType: string;
  id: string;
}

/** A reference answered: its title when the caller may see the record, else null (hidden, purged or never there). */
export interface RecordName extends RecordRef {
  name: string | null;
  /** In the trash or merged away: the name is still shown (history of a deleted record reads by name). */
  deleted: boolean;
}

/**
 * The titles of the records that history, audit and the home page refer to, in one round trip per
 * type, each through the type's visibility (the same `visibleTo` lists use): a record the caller may
 * not see answers `name: null`, exactly like one that does not exist, so a name never leaks.
 * @throws AppError validation_failed when a reference names a type that is not a record type
 */
export async function recordNames(db: Executor, actor: Actor, refs: readonly RecordRef[]): Promise<RecordName[]> {
  const byType = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (!recordType(ref.entityType)) throw new AppError('validation_failed', `Not a record type: ${ref.entityType}`, { refs: 'unknown_type' });
    const ids = byType.get(ref.entityType) ?? new Set<string>();
    ids.add(ref.id);
    byType.set(ref.entityType, ids);
  }
  const found = new Map<string, { name: string; deleted: boolean }>();
  for (const [entityType, ids] of byType) {
    const kind = recordType(entityType)!;
    const rows = (await scopedRecords(db, kind, actor).selectAll(kind.table as never).where(`${kind.table}.id`, 'in', [...ids]).execute()) as RecordRow[];
    for (const row of rows) found.set(`${entityType}:${String(row.id)}`, { name: kind.title(row), deleted: row.deleted_at != null });
  }
  return refs.map((ref) => {
    const hit = found.get(`${ref.entityType}:${ref.id}`);
    return { entityType: ref.entityType, id: ref.id, name: hit?.name ?? null, deleted: hit?.deleted ?? false };
  });
}
