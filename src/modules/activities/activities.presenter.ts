import type { Actor } from '../../platform/access/actor.js';
import { canReach } from '../../platform/access/visibility.js';
import { fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import { dayIn } from '../../platform/time-zone.js';
import type { ActivityListItem, ActivityOutput } from './activities.schema.js';
import type { Recurrence } from './recurrence.js';

/** What presenting activities needs besides their rows, loaded once per page. */
export interface ActivityLookups {
  /** Names of the linked records the viewer may see, by `<type>:<id>`. */
  names: Map<string, string>;
  users: Map<string, string>;
  timeZone: string;
  now: string;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const ref = (lookups: ActivityLookups, type: string, id: unknown) => {
  const name = id ? lookups.names.get(`${type}:${String(id)}`) : undefined;
  return name !== undefined ? { id: String(id), name } : null;
};

/** Past its due time (an all-day task: past its day) and still planned. */
export function isOverdue(row: RecordRow, timeZone: string, nowIso: string): boolean {
  if (row.status !== 'planned' || !row.due_at) return false;
  if (Number(row.all_day) === 1) return dayIn(String(row.due_at), timeZone) < dayIn(nowIso, timeZone);
  return String(row.due_at) < nowIso;
}

function recurrenceOf(row: RecordRow): ActivityListItem['recurrence'] {
  const rule = fromJson<Recurrence | null>(row.recurrence);
  return rule ? { ...rule, weekdays: rule.weekdays ?? [] } : null;
}

/** An activity as lists, my day and the calendar show it. */
export function presentActivityListItem(row: RecordRow, actor: Actor, lookups: ActivityLookups): ActivityListItem {
  const allDay = Number(row.all_day) === 1;
  const department = row.owner_department_id ?? null;
  return {
    id: row.id,
    kind: String(row.kind),
    title: String(row.title),
    status: row.status === 'done' ? 'done' : 'planned',
    contact: ref(lookups, 'contact', row.contact_id),
    company: ref(lookups, 'company', row.company_id),
    deal: ref(lookups, 'deal', row.deal_id),
    dueAt: text(row.due_at),
    allDay,
    dueDay: allDay && row.due_at ? dayIn(String(row.due_at), lookups.timeZone) : null,
    endsAt: text(row.ends_at),
    place: text(row.place),
    direction: (text(row.direction) as 'in' | 'out' | null),
    durationSeconds: row.duration_seconds === null || row.duration_seconds === undefined ? null : Number(row.duration_seconds),
    result: text(row.result),
    priority: (String(row.priority ?? 'normal') as ActivityListItem['priority']),
    checklist: (fromJson<Array<{ text: string; done: boolean }>>(row.checklist) ?? []).map((c) => ({ text: c.text, done: c.done === true })),
    recurrence: recurrenceOf(row),
    seriesId: text(row.series_id),
    occurrence: Number(row.occurrence ?? 1),
    reminderMinutes: row.reminder_minutes === null || row.reminder_minutes === undefined ? null : Number(row.reminder_minutes),
    remindAt: text(row.remind_at),
    remindedAt: text(row.reminded_at),
    doneAt: text(row.done_at),
    overdue: isOverdue(row, lookups.timeZone, lookups.now),
    owner: { id: row.owner_id, name: String(row.owner_name ?? lookups.users.get(row.owner_id) ?? '') },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: { edit: canReach(actor, 'activities', 'edit', row, department), delete: canReach(actor, 'activities', 'delete', row, department) },
  };
}

/** An activity as its card shows it: the list item plus its text, recording and the participants the viewer may see. */
export function presentActivity(row: RecordRow, actor: Actor, lookups: ActivityLookups): ActivityOutput {
  const participants = (fromJson<Array<{ type: 'user' | 'contact'; id: string }>>(row.participants) ?? []).flatMap((p) => {
    const name = p.type === 'user' ? lookups.users.get(p.id) : lookups.names.get(`contact:${p.id}`);
    return name === undefined ? [] : [{ type: p.type, id: p.id, name }];
  });
  return { ...presentActivityListItem(row, actor, lookups), body: text(row.body), recordingId: text(row.recording_id), participants };
}
