/** The activity form's state as typed (strings, never null) and the API input it becomes. */
import type { PickedRef } from '../deals/ClientPicker';
import type { Activity, ActivityInput, Priority } from './activities.api';
import { fromWallTime, toWallTime } from './zonedTime';

export type RecurrenceEvery = 'none' | 'daily' | 'weekly' | 'monthly' | 'custom';
export type RecurrenceUnit = 'day' | 'week' | 'month';

export interface CheckDraft {
  text: string;
  done: boolean;
}

export interface ActivityDraft {
  kind: string;
  title: string;
  body: string;
  status: 'planned' | 'done';
  allDay: boolean;
  /** `YYYY-MM-DDTHH:mm` in the user's zone, or `YYYY-MM-DD` for a whole day. */
  when: string;
  ends: string;
  place: string;
  userIds: string[];
  people: PickedRef[];
  direction: 'in' | 'out';
  durationMinutes: number | string;
  result: string;
  priority: Priority;
  checklist: CheckDraft[];
  every: RecurrenceEvery;
  interval: number | string;
  unit: RecurrenceUnit;
  weekdays: string[];
  monthDay: number | string;
  until: string;
  reminder: string;
  contact: PickedRef | null;
  company: PickedRef | null;
  deal: PickedRef | null;
  ownerId: string | null;
}

/** What a new activity starts with: its kind, a time (a calendar slot) and the record it is planned from. */
export interface ActivityPreset {
  kind?: string;
  dueAt?: string;
  dueDay?: string;
  endsAt?: string | null;
  status?: 'planned' | 'done';
  contact?: PickedRef | null;
  company?: PickedRef | null;
  deal?: PickedRef | null;
}

/** Kinds that are logged after the fact by default; the rest are planned. */
const LOGGED = new Set(['call', 'email', 'note']);

/** The status a new activity of a kind starts with. */
export function defaultStatus(kind: string): 'planned' | 'done' {
  return LOGGED.has(kind) ? 'done' : 'planned';
}

const num = (value: number | string): number | null => (value === '' || value === null || Number.isNaN(Number(value)) ? null : Number(value));

/** The form's starting state: an existing activity, or a new one from a preset. */
export function draftOf(activity: Activity | null, preset: ActivityPreset | undefined, ownerId: string, timeZone: string): ActivityDraft {
  const kind = activity?.kind ?? preset?.kind ?? 'task';
  const dueAt = activity ? activity.dueAt : (preset?.dueAt ?? null);
  const allDay = activity ? activity.allDay : Boolean(preset?.dueDay);
  const rec = activity?.recurrence ?? null;
  return {
    kind,
    title: activity?.title ?? '',
    body: activity?.body ?? '',
    status: activity?.status ?? preset?.status ?? defaultStatus(kind),
    allDay,
    when: allDay ? (activity?.dueDay ?? preset?.dueDay ?? '') : dueAt ? toWallTime(dueAt, timeZone).slice(0, 16) : '',
    ends: (activity?.endsAt ?? preset?.endsAt) ? toWallTime((activity?.endsAt ?? preset?.endsAt)!, timeZone).slice(0, 16) : '',
    place: activity?.place ?? '',
    userIds: (activity?.participants ?? []).filter((p) => p.type === 'user').map((p) => p.id),
    people: (activity?.participants ?? []).filter((p) => p.type === 'contact').map((p) => ({ id: p.id, name: p.name })),
    direction: activity?.direction ?? 'out',
    durationMinutes: activity?.durationSeconds != null ? Math.round(activity.durationSeconds / 60) : '',
    result: activity?.result ?? '',
    priority: activity?.priority ?? 'normal',
    checklist: (activity?.checklist ?? []).map((item) => ({ text: item.text, done: item.done })),
    every: rec?.every ?? 'none',
    interval: rec?.interval ?? 1,
    unit: rec?.unit ?? 'week',
    weekdays: (rec?.weekdays ?? []).map(String),
    monthDay: rec?.monthDay ?? '',
    until: rec?.until ?? '',
    reminder: activity?.reminderMinutes != null ? String(activity.reminderMinutes) : '',
    contact: activity?.contact ?? preset?.contact ?? null,
    company: activity?.company ?? preset?.company ?? null,
    deal: activity?.deal ?? preset?.deal ?? null,
    ownerId: activity?.owner.id ?? ownerId,
  };
}

/** The API's input from the form: only what the kind and status use. */
export function inputOf(draft: ActivityDraft, timeZone: string): ActivityInput {
  const isMeeting = draft.kind === 'meeting';
  const isCall = draft.kind === 'call';
  const planned = draft.status === 'planned';
  const due = !draft.when ? { dueAt: null, dueDay: null } : draft.allDay ? { dueDay: draft.when.slice(0, 10), dueAt: null } : { dueAt: fromWallTime(draft.when, timeZone), dueDay: null };
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    body: draft.body.trim() || null,
    status: draft.status,
    contactId: draft.contact?.id ?? null,
    companyId: draft.company?.id ?? null,
    dealId: draft.deal?.id ?? null,
    ...due,
    ...(isMeeting
      ? {
          endsAt: draft.ends && !draft.allDay ? fromWallTime(draft.ends, timeZone) : null,
          place: draft.place.trim() || null,
          participants: [...draft.userIds.map((id) => ({ type: 'user' as const, id })), ...draft.people.map((p) => ({ type: 'contact' as const, id: p.id }))],
        }
      : {}),
    ...(isCall ? { direction: draft.direction, durationSeconds: num(draft.durationMinutes) === null ? null : Math.round(num(draft.durationMinutes)! * 60) } : {}),
    result: draft.result.trim() || null,
    ...(planned
      ? {
          priority: draft.priority,
          checklist: draft.checklist.filter((item) => item.text.trim()).map((item) => ({ text: item.text.trim(), done: item.done })),
          recurrence: recurrenceOf(draft),
          reminderMinutes: draft.reminder === '' ? null : Number(draft.reminder),
        }
      : {}),
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
  };
}

function recurrenceOf(draft: ActivityDraft): ActivityInput['recurrence'] {
  if (draft.every === 'none') return null;
  return {
    every: draft.every,
    ...(draft.every === 'custom' ? { interval: num(draft.interval) ?? 1, unit: draft.unit } : {}),
    ...(draft.every === 'weekly' && draft.weekdays.length ? { weekdays: draft.weekdays.map(Number).sort() } : {}),
    ...(draft.every === 'monthly' && num(draft.monthDay) !== null ? { monthDay: num(draft.monthDay)! } : {}),
    until: draft.until || null,
  };
}
