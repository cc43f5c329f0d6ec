import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Module } from '../../platform/access/permissions.js';
import { ownerVisibleTo } from '../../platform/access/visibility.js';
import type { EscalationSettingsTable, EscalationsTable } from './escalation.table.js';

export function findSettings(db: Executor, workspaceId: string) {
  return db.selectFrom('escalation_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}

export function listEnabledSettings(db: Executor) {
  return db.selectFrom('escalation_settings').selectAll().where('enabled', '=', 1).execute();
}

/** Creates the row at version 1 when `expectedVersion` is 0; answers false when the version is stale. */
export async function saveSettings(db: Executor, row: Insertable<EscalationSettingsTable> & { version: number }, expectedVersion: number): Promise<boolean> {
  if (expectedVersion === 0) {
    const inserted = await db.insertInto('escalation_settings').values(row).onConflict((oc) => oc.column('workspace_id').doNothing()).returning('workspace_id').executeTakeFirst();
    return inserted !== undefined;
  }
  const { workspace_id: workspaceId, ...patch } = row;
  const updated = await db.updateTable('escalation_settings').set(patch).where('workspace_id', '=', workspaceId).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Records one level of a request; answers false when that level was recorded already (by this or another process). */
export async function insertEscalation(db: Executor, row: Insertable<EscalationsTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('escalations')
    .values(row)
    .onConflict((oc) => oc.columns(['subject_type', 'subject_id', 'level']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The levels recorded for subjects, keyed `subjectId`. */
export async function levelsOf(db: Executor, workspaceId: string, subjectType: string, ids: readonly string[]): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('escalations').select(['subject_id', 'level'])
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', 'in', [...ids]).execute();
  for (const r of rows) {
    const set = out.get(r.subject_id) ?? new Set<number>();
    set.add(Number(r.level));
    out.set(r.subject_id, set);
  }
  return out;
}

/** Subjects of a type with an open escalation. */
export async function openSubjects(db: Executor, workspaceId: string, subjectType: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('escalations').select('subject_id').distinct()
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('resolved_at', 'is', null).limit(limit).execute();
  return rows.map((r) => r.subject_id);
}

export async function resolveSubjects(db: Executor, workspaceId: string, subjectType: string, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('escalations').set({ resolved_at: at })
    .where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', 'in', [...ids]).where('resolved_at', 'is', null).execute();
}

/**
 * Escalations the actor may see: those of records of a module within their visibility (the owner
 * rule and the role's narrowing), and those they were notified of. Newest first.
 */
export function listVisibleEscalations(db: Executor, actor: Actor, modules: readonly Module[], state: 'open' | 'resolved', limit: number) {
  return db
    .selectFrom('escalations')
    .selectAll()
    .where('escalations.workspace_id', '=', actor.workspaceId)
    .where('escalations.resolved_at', state === 'open' ? 'is' : 'is not', null)
    .where((eb) => eb.or([
      ...modules.map((m) => eb.and([eb('escalations.module', '=', m), ownerVisibleTo(actor, m, 'escalations')(eb)])),
      actor.userId ? eb('escalations.notified_user_id', '=', actor.userId) : sql<boolean>`1 = 0`,
    ]))
    .orderBy('escalations.escalated_at', 'desc')
    .orderBy('escalations.id', 'desc')
    .limit(limit)
    .execute();
}
