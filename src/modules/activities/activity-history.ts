import { fromJson } from '../../platform/json.js';
import { dayIn } from '../../platform/time-zone.js';

/** An update input (without version) that puts back an old version of an activity (history restore). */
export function activityInputFromVersion(data: Record<string, unknown>, timeZone: string): Record<string, unknown> {
  const allDay = Number(data.all_day) === 1;
  return {
    kind: data.kind,
    title: data.title,
    body: data.body ?? null,
    status: data.status,
    contactId: data.contact_id ?? null,
    companyId: data.company_id ?? null,
    dealId: data.deal_id ?? null,
    // An all-day task's day is read back from its stored local midnight.
    ...(allDay && data.due_at ? { dueDay: dayIn(String(data.due_at), timeZone) } : { dueAt: data.due_at ?? null }),
    endsAt: data.ends_at ?? null,
    place: data.place ?? null,
    participants: fromJson(data.participants) ?? [],
    direction: data.direction ?? null,
    durationSeconds: data.duration_seconds ?? null,
    result: data.result ?? null,
    priority: data.priority ?? 'normal',
    checklist: fromJson(data.checklist) ?? [],
    recurrence: fromJson(data.recurrence) ?? null,
    reminderMinutes: data.status === 'done' ? null : data.reminder_minutes ?? null,
  };
}
