import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import type { Action, Module } from '../access/permissions.js';

/** A record as the generic screens (history, trash, audit) show it. */
export interface EntitySummary {
  id: string;
  title: string;
  version: number;
  deletedAt: string | null;
  deletedBy: string | null;
}

/**
 * What a module tells the platform about one of its record types, so that history with rollback,
 * the trash, ownership transfer and the audit screen work for every type without knowing it.
 * Every function applies the actor's visibility (a record outside it is `undefined`, i.e. 404).
 */
export interface EntityType {
  /** `contact`, `company`, `user`, `department`, `role` — the `entity_type` in history and audit. */
  type: string;
  /** The permission module whose rights govern it. */
  module: Module;
  /**
   * Finds one record, deleted or not, that the actor's scope for `action` (default `view`) reaches:
   * a manager may see a colleague's record (department view) yet not edit it (own edit).
   */
  find(db: Executor, actor: Actor, id: string, action?: Action): Promise<EntitySummary | undefined>;
  /**
   * Puts back the fields of an earlier version as a new version (history "restore this version").
   * @throws AppError not_found | conflict (stale `expectedVersion`, or the record was merged away) | validation_failed
   */
  restoreVersion?(trx: Transaction<Database>, actor: Actor, id: string, data: Record<string, unknown>, expectedVersion: number): Promise<void>;
  /** Soft-deleted records of this type in the actor's scope, newest first (the Trash screen). */
  listDeleted?(db: Executor, actor: Actor, limit: number): Promise<EntitySummary[]>;
  /** Undeletes a record with its links. @throws AppError not_found */
  restoreDeleted?(trx: Transaction<Database>, actor: Actor, id: string): Promise<void>;
  /** Removes a deleted record for good. @throws AppError not_found */
  purge?(trx: Transaction<Database>, actor: Actor, id: string): Promise<void>;
  /** Ids of records deleted before `before` (ISO), for the purge job. */
  deletedBefore?(db: Executor, workspaceId: string, before: string, limit: number): Promise<string[]>;
  /** Moves records owned by one user to another (a manager leaves); returns how many moved. */
  transferOwnership?(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string): Promise<number>;
  /** How many records (live or in the trash) a user owns: a transfer over a page of records runs as a job. */
  countOwned?(db: Executor, workspaceId: string, userId: string): Promise<number>;
  /** Moves at most `limit` records of one owner to another in the caller's (short) transaction; answers how many moved. */
  transferChunk?(trx: Transaction<Database>, actor: Actor, fromUserId: string, toUserId: string, limit: number): Promise<number>;
}

const types = new Map<string, EntityType>();

/** Called once per type at start-up by the owning module's `*.entity.ts`. */
export function registerEntityType(entity: EntityType): void {
  types.set(entity.type, entity);
}

export function entityType(type: string): EntityType | undefined {
  return types.get(type);
}

export function entityTypes(): EntityType[] {
  return [...types.values()];
}
