import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { WriteChange } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { dayIn } from '../../platform/time-zone.js';
import { notify } from '../notifications/notifications.service.js';
import * as records from '../records/records.service.js';
import { setDealNextStep } from '../sales/deals.service.js';
import { mirrorOnFeeds, purgeMirroredItems, type MirroredItem } from '../timeline/timeline.service.js';
import { listUsers } from '../users/users.service.js';
import { workspaceZone } from './activity-columns.js';
import * as activities from './activities.repository.js';
import { presentActivity, presentActivityListItem, type ActivityLookups } from './activities.presenter.js';
import type { ActivityListItem, ActivityOutput } from './activities.schema.js';
import { nextOccurrence, type Recurrence } from './recurrence.js';

/** Activities: presenting them, and what follows a write (feeds, a deal's next step, the assignee told, the next occurrence). */

export const ACTIVITY_TYPE = 'activity';
export const activityType = () => recordType(ACTIVITY_TYPE)!;
const LINKS = [['contact', 'contact_id'], ['company', 'company_id'], ['deal', 'deal_id']] as const;

/** Names of the linked records and participants the actor may see, the users, the workspace zone. */
export async function activityLookups(db: Executor, actor: Actor, rows: RecordRow[], withParticipants: boolean): Promise<ActivityLookups> {
  const names = new Map<string, string>();
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: unknown) => id && (wanted.get(type) ?? wanted.set(type, new Set()).get(type)!).add(String(id));
  for (const row of rows) {
    for (const [type, column] of LINKS) want(type, row[column]);
    if (withParticipants) for (const p of fromJson<Array<{ type: string; id: string }>>(row.participants) ?? []) if (p.type === 'contact') want('contact', p.id);
  }
  for (const [type, ids] of wanted) {
    const kind = recordType(type);
    if (!kind) continue;
    for (const r of await records.findRecordsForBulk(db, kind, actor, [...ids], 'view')) names.set(`${type}:${r.id}`, kind.title(r));
  }
  const [users, timeZone] = await Promise.all([listUsers(db, actor.workspaceId, { status: 'all' }), workspaceZone(db, actor.workspaceId)]);
  return { names, users: new Map(users.map((u) => [u.id, u.name])), timeZone, now: now() };
}

export async function presentActivityRow(db: Executor, actor: Actor, row: RecordRow): Promise<ActivityOutput> {
  return presentActivity(row, actor, await activityLookups(db, actor, [row], true));
}

export async function presentActivityRows(db: Executor, actor: Actor, rows: RecordRow[]): Promise<ActivityListItem[]> {
  const lookups = await activityLookups(db, actor, rows, false);
  return rows.map((row) => presentActivityListItem(row, actor, lookups));
}

/** The items an activity shows on the feeds of its contact, company and deal (none once deleted). */
function feedItems(row: RecordRow): MirroredItem[] {
  if (row.deleted_at) return [];
  const done = row.status === 'done';
  const occurredAt = String((done ? row.done_at ?? row.due_at : row.due_at) ?? row.created_at);
  const data = { activityId: row.id, kind: row.kind, status: row.status, title: row.title, dueAt: row.due_at ?? null, allDay: Number(row.all_day) === 1, ownerId: row.owner_id, result: row.result ?? null };
  return LINKS.flatMap(([type, column]) => (row[column] ? [{ subjectType: type, subjectId: String(row[column]), body: (row.body as string | null) ?? null, data, occurredAt, touches: done }] : []));
}

/** Recomputes the next step of the deals an activity was or is on. */
async function refreshNextSteps(trx: Transaction<Database>, workspaceId: string, dealIds: Array<unknown>): Promise<void> {
  for (const id of new Set(dealIds.filter((d): d is string => typeof d === 'string' && d !== ''))) {
    await setDealNextStep(trx, workspaceId, id, (await activities.nextStepOfDeal(trx, workspaceId, id)) ?? null);
  }
}

/** Creates the occurrence after a repeating task that was just completed, for the same assignee. */
async function createNextOccurrence(trx: Transaction<Database>, actor: Actor, row: RecordRow): Promise<void> {
  const rule = fromJson<Recurrence | null>(row.recurrence);
  if (!rule || !row.due_at) return;
  const allDay = Number(row.all_day) === 1;
  const zone = await workspaceZone(trx, row.workspace_id);
  const occurrence = Number(row.occurrence ?? 1);
  const dueAt = nextOccurrence(rule, String(row.due_at), allDay, occurrence, zone);
  if (!dueAt) return;
  const length = row.ends_at ? Date.parse(String(row.ends_at)) - Date.parse(String(row.due_at)) : null;
  const created = (await records.createRecord(trx, actor, activityType(), {
    kind: row.kind, title: row.title, body: row.body ?? null, contactId: row.contact_id ?? null, companyId: row.company_id ?? null, dealId: row.deal_id ?? null,
    ...(allDay ? { dueDay: dayIn(dueAt, zone) } : { dueAt }),
    endsAt: length === null ? null : new Date(Date.parse(dueAt) + length).toISOString(), place: row.place ?? null,
    participants: fromJson(row.participants) ?? [], priority: row.priority,
    checklist: (fromJson<Array<{ text: string }>>(row.checklist) ?? []).map((c) => ({ text: c.text, done: false })),
    recurrence: rule, reminderMinutes: row.reminder_minutes ?? null, ownerId: row.owner_id,
  })) as { id: string };
  await activities.markOccurrence(trx, row.workspace_id, created.id, String(row.series_id ?? row.id), occurrence + 1);
}

/** After a create, update or restore: the feeds, the deals' next steps, the new assignee told, the next occurrence of a completed repeating task. */
export async function afterActivityWrite(trx: Transaction<Database>, row: RecordRow, change?: WriteChange): Promise<void> {
  const actor = change?.actor;
  if (!actor) return;
  await mirrorOnFeeds(trx, actor, row.id, 'activity', feedItems(row));
  await refreshNextSteps(trx, row.workspace_id, [change.before?.deal_id, row.deal_id]);
  const before = change.before;
  if (row.owner_id !== actor.userId && (before === null || before.owner_id !== row.owner_id) && !row.deleted_at) {
    await notify(trx, [{ workspaceId: row.workspace_id, userId: row.owner_id, type: 'task.assigned', data: { activityId: row.id, title: row.title, dueAt: row.due_at ?? null, by: actor.userId } }]);
  }
  if (before && before.status === 'planned' && row.status === 'done' && !before.deleted_at) await createNextOccurrence(trx, actor, row);
}

/** After a move to the trash: off the feeds, and no longer a deal's next step. */
export async function afterActivityDelete(trx: Transaction<Database>, row: RecordRow, actor: Actor): Promise<void> {
  await mirrorOnFeeds(trx, actor, row.id, 'activity', []);
  await refreshNextSteps(trx, row.workspace_id, [row.deal_id]);
}

/** Before a purge: its feed items go for good. */
export async function beforeActivityPurge(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void> {
  await purgeMirroredItems(trx, workspaceId, id);
}
