import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { addMs, now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { actorNames } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import * as departmentsService from '../departments/departments.service.js';
import { notify } from '../notifications/notifications.service.js';
import * as usersService from '../users/users.service.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { addBusinessMinutes, minuteOfDay, type BusinessHours } from './business-hours.js';
import { escalationSources, type EscalationSource, type WaitingRequest } from './escalation-sources.js';
import * as escalations from './escalation.repository.js';
import type { EscalationSettingsTable } from './escalation.table.js';
import type { EscalationOutput, EscalationSettingsInput, EscalationSettingsOutput, ListEscalationsQuery } from './escalation.schema.js';

const PAGE = 500;

function present(row: Selectable<EscalationSettingsTable>): EscalationSettingsOutput {
  return {
    enabled: Number(row.enabled) === 1, minutes: Number(row.minutes), weekdays: fromJson<number[]>(row.weekdays),
    from: row.day_from, to: row.day_to, timeZone: row.time_zone, version: Number(row.version),
  };
}

/** The workspace's rule, or the default (off, 30 minutes, Monday to Friday 09:00-18:00 in the workspace's zone). */
export async function getEscalationSettings(db: Executor, workspaceId: string): Promise<EscalationSettingsOutput> {
  const row = await escalations.findSettings(db, workspaceId);
  if (row) return present(row);
  const workspace = await workspacesService.findWorkspace(db, workspaceId);
  return { enabled: false, minutes: 30, weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: workspace?.time_zone ?? 'UTC', version: 0 };
}

/** The rule as its settings screen shows it. @throws AppError forbidden (no settings right) */
export async function getEscalationSettingsFor(db: Executor, actor: Actor): Promise<EscalationSettingsOutput> {
  authorize(actor, 'settings', 'manage_settings');
  return getEscalationSettings(db, actor.workspaceId);
}

/**
 * Saves the workspace's rule, audited.
 * @throws AppError forbidden | validation_failed (fields.to: not_after_from) | conflict (stale version, with `current`)
 */
export async function saveEscalationSettings(trx: Transaction<Database>, actor: Actor, input: EscalationSettingsInput): Promise<EscalationSettingsOutput> {
  authorize(actor, 'settings', 'manage_settings');
  if (minuteOfDay(input.from) >= minuteOfDay(input.to)) throw new AppError('validation_failed', 'The working day must end after it starts', { to: 'not_after_from' });
  const before = await getEscalationSettings(trx, actor.workspaceId);
  const weekdays = [...new Set(input.weekdays)].sort((a, b) => a - b);
  const saved = await escalations.saveSettings(trx, {
    workspace_id: actor.workspaceId, enabled: input.enabled ? 1 : 0, minutes: input.minutes, weekdays: toJson(weekdays),
    day_from: input.from, day_to: input.to, time_zone: input.timeZone, version: input.version + 1, updated_at: now(),
  }, input.version);
  if (!saved) throw new AppError('conflict', 'The escalation rule was changed by someone else', undefined, { current: await getEscalationSettings(trx, actor.workspaceId) });
  const after = await getEscalationSettings(trx, actor.workspaceId);
  await recordChange(trx, actor, { entityType: 'escalation_settings', action: before.version === 0 ? 'create' : 'update', before: before.version === 0 ? null : { id: actor.workspaceId, ...before }, after: { id: actor.workspaceId, ...after } });
  return after;
}

/** Who hears of a request at level 2: the head of the owner's department (of the parent one when the owner heads it). */
async function headOf(db: Executor, workspaceId: string, ownerId: string): Promise<string | null> {
  const owner = await usersService.findUser(db, workspaceId, ownerId);
  let departmentId = owner?.department_id ?? null;
  for (let depth = 0; departmentId && depth < 20; depth++) {
    const department = await departmentsService.findDepartment(db, workspaceId, departmentId);
    if (!department) return null;
    if (department.head_user_id && department.head_user_id !== ownerId) return department.head_user_id;
    departmentId = department.parent_id;
  }
  return null;
}

/** Records one level of a request and notifies, once: a level recorded already (by any process) does nothing. */
async function escalate(db: Kysely<Database>, workspaceId: string, source: EscalationSource, request: WaitingRequest, level: 1 | 2, dueAt: string, minutes: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const notified = level === 1 ? request.ownerId : await headOf(trx, workspaceId, request.ownerId);
    const id = newId();
    const inserted = await escalations.insertEscalation(trx, {
      id, workspace_id: workspaceId, subject_type: source.subjectType, subject_id: request.id, level, module: source.module,
      title: request.title, owner_id: request.ownerId, notified_user_id: notified, pipeline_id: request.pipelineId,
      started_at: request.startedAt, due_at: dueAt, escalated_at: now(), resolved_at: null,
    });
    if (!inserted || !notified) return inserted;
    const ownerName = (await actorNames(trx, workspaceId, [request.ownerId])).get(request.ownerId) ?? null;
    await notify(trx, [{
      workspaceId, userId: notified, type: level === 1 ? 'escalation.owner' : 'escalation.head',
      data: { escalationId: id, subjectType: source.subjectType, subjectId: request.id, title: request.title, level, ownerId: request.ownerId, ownerName, startedAt: request.startedAt, minutes },
    }]);
    return true;
  });
}

/**
 * One pass of the rule over every workspace that has it on: levels that came due are recorded and
 * notified (each once, even with several processes scanning at once), and open escalations whose
 * request was handled since are marked resolved. Answers how many levels fired.
 */
export async function runEscalations(db: Kysely<Database>): Promise<number> {
  let fired = 0;
  for (const row of await escalations.listEnabledSettings(db)) {
    const rule = present(row);
    const hours: BusinessHours = { weekdays: rule.weekdays, from: rule.from, to: rule.to, timeZone: rule.timeZone };
    for (const source of escalationSources()) {
      await resolveHandled(db, row.workspace_id, source);
      const at = now();
      // Working minutes are never fewer than wall-clock ones: nothing younger than N minutes can be due.
      const waiting = await source.waiting(db, row.workspace_id, addMs(at, -rule.minutes * 60_000), 10 * PAGE);
      const levels = await escalations.levelsOf(db, row.workspace_id, source.subjectType, waiting.map((w) => w.id));
      for (const request of waiting) {
        const done = levels.get(request.id);
        for (const level of [1, 2] as const) {
          if (done?.has(level)) continue;
          const dueAt = addBusinessMinutes(request.startedAt, rule.minutes * level, hours);
          if (dueAt > at) break;
          if (await escalate(db, row.workspace_id, source, request, level, dueAt, rule.minutes)) fired++;
        }
      }
    }
  }
  return fired;
}

async function resolveHandled(db: Executor, workspaceId: string, source: EscalationSource): Promise<void> {
  const open = await escalations.openSubjects(db, workspaceId, source.subjectType, PAGE);
  if (open.length === 0) return;
  const still = await source.stillWaiting(db, workspaceId, open);
  await escalations.resolveSubjects(db, workspaceId, source.subjectType, open.filter((id) => !still.has(id)), now());
}

/** Escalations the actor may see (open or resolved), newest first, with names. @throws AppError forbidden (no user) */
export async function listEscalations(db: Executor, actor: Actor, query: ListEscalationsQuery): Promise<{ items: EscalationOutput[] }> {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user sees escalations');
  const modules = [...new Set(escalationSources().map((s) => s.module))];
  const rows = await escalations.listVisibleEscalations(db, actor, modules, query.state, query.limit);
  const names = await actorNames(db, actor.workspaceId, rows.flatMap((r) => (r.notified_user_id ? [r.owner_id, r.notified_user_id] : [r.owner_id])));
  return {
    items: rows.map((r) => ({
      id: r.id, subjectType: r.subject_type, subjectId: r.subject_id, title: r.title, level: Number(r.level),
      ownerId: r.owner_id, ownerName: names.get(r.owner_id) ?? null,
      notifiedUserId: r.notified_user_id, notifiedUserName: r.notified_user_id ? names.get(r.notified_user_id) ?? null : null,
      startedAt: r.started_at, dueAt: r.due_at, escalatedAt: r.escalated_at, resolvedAt: r.resolved_at,
    })),
  };
}
