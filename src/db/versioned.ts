import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, Executor } from './database.js';

/** Tables whose rows belong to a workspace and carry an optimistic-locking `version`. */
export type WorkspaceVersionedTable = {
  [T in keyof Database]: Database[T] extends { workspace_id: string; id: string; version: number } ? T : never;
}[keyof Database];

/**
 * The one optimistic-locking update, for repositories: writes only if the row still has
 * `expectedVersion`, bumps the version, and returns the new row — or undefined when someone changed
 * it first (the service answers 409 with the current record).
 */
export function updateVersioned<T extends WorkspaceVersionedTable>(
  db: Executor,
  table: T,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  patch: Updateable<Database[T]>,
): Promise<Selectable<Database[T]> | undefined> {
  // Typed at the signature; the body is generic over tables, which Kysely's builder cannot express.
  return (db as unknown as Kysely<any>)
    .updateTable(table as string)
    .set({ ...(patch as Record<string, unknown>), version: expectedVersion + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst() as Promise<Selectable<Database[T]> | undefined>;
}
