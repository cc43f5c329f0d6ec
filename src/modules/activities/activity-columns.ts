import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now, toIso } from '../../platform/clock.js';
import { fromJson, toJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { dayIn, instantIn, startOfDayIn } from '../../platform/time-zone.js';
import { foldForSearch } from '../../platform/text/translit.js';
import { listAttachments } from '../attachments/attachments.service.js';
import { findRecordsForBulk } from '../records/records.service.js';
import { findUser } from '../users/users.service.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import * as activities from './activities.repository.js';
import { BUILT_IN_KINDS, type CreateActivityInput } from './activities.schema.js';
import { normalizeRecurrence, type Recurrence } from './recurrence.js';

/** An activity's own columns from an input: kind, links, times, reminder, recurrence (decision 0025). */

type Input = Partial<CreateActivityInput> & { version?: number };
/** An all-day task reminds from 09:00 of its day, local to the workspace. */
export const ALL_DAY_REMINDER_MINUTE = 9 * 60;
const LOGGED_KINDS = new Set(['call', 'email', 'note']);

const blank = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim());

/** The workspace's time zone: all-day tasks are dated in it. */
export async function workspaceZone(db: Executor, workspaceId: string): Promise<string> {
  return (await findWorkspace(db, workspaceId))?.time_zone ?? 'UTC';
}

/** When a reminder fires: `minutes` before the due time (all-day: before 09:00 local of its day). */
export function remindAtOf(dueAt: string | null, allDay: boolean, minutes: number | null, timeZone: string): string | null {
  if (dueAt === null || minutes === null) return null;
  const base = allDay ? instantIn(dayIn(dueAt, timeZone), ALL_DAY_REMINDER_MINUTE, timeZone) : dueAt;
  return toIso(Date.parse(base) - minutes * 60_000);
}

/** A built-in kind or an active admin-defined one. */
async function checkKind(db: Executor, actor: Actor, kind: string, errors: FieldErrorSink): Promise<void> {
  if ((BUILT_IN_KINDS as readonly string[]).includes(kind)) return;
  const custom = await activities.findActivityTypeByKey(db, actor.workspaceId, kind);
  if (!custom || custom.retired_at !== null) errors.add('kind', 'invalid_option');
}

/** A linked record must be one the actor can see; a hidden one answers as if it did not exist. */
async function linkColumn(db: Executor, actor: Actor, entityType: string, id: string | null, field: string, errors: FieldErrorSink): Promise<string | null> {
  if (id === null) return null;
  const kind = recordType(entityType);
  const found = kind ? await findRecordsForBulk(db, kind, actor, [id], 'view') : [];
  if (found.length === 0) errors.add(field, 'not_found');
  return id;
}

/** Participants: active users of the workspace and contacts the actor can see, each once. */
async function participantsColumn(db: Executor, actor: Actor, list: NonNullable<Input['participants']>, errors: FieldErrorSink): Promise<string> {
  const contactIds = list.filter((p) => p.type === 'contact').map((p) => p.id);
  const contacts = recordType('contact');
  const visible = new Set(contacts && contactIds.length > 0 ? (await findRecordsForBulk(db, contacts, actor, contactIds, 'view')).map((r) => r.id) : []);
  const seen = new Set<string>();
  for (const [i, p] of list.entries()) {
    const ok = p.type === 'contact' ? visible.has(p.id) : await findUser(db, actor.workspaceId, p.id).then((u) => !!u && u.deleted_at === null);
    if (!ok) errors.add(`participants.${i}.id`, 'not_found');
    else if (seen.has(`${p.type}:${p.id}`)) errors.add(`participants.${i}.id`, 'duplicate');
    seen.add(`${p.type}:${p.id}`);
  }
  return toJson(list.map((p) => ({ type: p.type, id: p.id })));
}

/** The due time and all-day flag an input gives (undefined: unchanged). */
function dueColumns(input: Input, timeZone: string, errors: FieldErrorSink): { due_at: string | null; all_day: number } | undefined {
  if (input.dueAt !== undefined && input.dueDay !== undefined && input.dueAt !== null && input.dueDay !== null) return void errors.add('dueDay', 'due_at_or_day');
  if (input.dueDay) return { due_at: startOfDayIn(input.dueDay, timeZone), all_day: 1 };
  if (input.dueAt) return { due_at: toIso(input.dueAt), all_day: 0 };
  if (input.dueAt === null || input.dueDay === null) return { due_at: null, all_day: 0 };
  return undefined;
}

/** The activity's own columns from a create (`before` null: every column) or an update (what it names). */
export async function activityColumns(db: Executor, actor: Actor, input: Input, before: RecordRow | null, errors: FieldErrorSink): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const creating = before === null;
  const zone = await workspaceZone(db, actor.workspaceId);
  const prev = <T>(column: string): T => (before?.[column] ?? null) as T;
  if (input.kind !== undefined) {
    await checkKind(db, actor, input.kind, errors);
    out.kind = input.kind;
  }
  const kind = String(out.kind ?? prev('kind'));
  if (input.title !== undefined || creating) Object.assign(out, { title: input.title, sort_name: foldForSearch(String(input.title ?? '')) });
  if (input.body !== undefined || creating) out.body = blank(input.body) ?? null;
  const status = input.status ?? (creating ? (LOGGED_KINDS.has(kind) ? 'done' : 'planned') : prev<string>('status'));
  if (input.status !== undefined || creating) out.status = status;
  if (status === 'done' && (creating || prev('status') !== 'done')) Object.assign(out, { done_at: now(), done_by: actor.userId });
  if (status === 'planned' && prev('status') === 'done') Object.assign(out, { done_at: null, done_by: null });
  for (const [field, entity, column] of [['contactId', 'contact', 'contact_id'], ['companyId', 'company', 'company_id'], ['dealId', 'deal', 'deal_id']] as const) {
    if (input[field] !== undefined || creating) out[column] = await linkColumn(db, actor, entity, input[field] ?? null, field, errors);
  }
  const due = dueColumns(input, zone, errors);
  if (due) Object.assign(out, due);
  else if (creating) Object.assign(out, { due_at: LOGGED_KINDS.has(kind) && status === 'done' ? now() : null, all_day: 0 });
  const dueAt = (out.due_at !== undefined ? out.due_at : prev('due_at')) as string | null;
  const allDay = Number(out.all_day ?? prev('all_day') ?? 0) === 1;
  if (input.endsAt !== undefined || creating) out.ends_at = input.endsAt ? toIso(input.endsAt) : null;
  const endsAt = (out.ends_at !== undefined ? out.ends_at : prev('ends_at')) as string | null;
  if (endsAt !== null && (dueAt === null || endsAt < dueAt)) errors.add('endsAt', dueAt === null ? 'start_required' : 'before_start');
  if (input.place !== undefined || creating) out.place = blank(input.place) ?? null;
  if (input.participants !== undefined || creating) out.participants = await participantsColumn(db, actor, input.participants ?? [], errors);
  if (input.direction !== undefined || creating) out.direction = input.direction ?? null;
  if (input.durationSeconds !== undefined || creating) out.duration_seconds = input.durationSeconds ?? null;
  if (input.result !== undefined || creating) out.result = blank(input.result) ?? null;
  if (input.priority !== undefined || creating) out.priority = input.priority ?? 'normal';
  if (input.checklist !== undefined || creating) out.checklist = toJson((input.checklist ?? []).map((c) => ({ text: c.text, done: c.done ?? false })));
  if (input.recordingId !== undefined || creating) await recordingColumn(db, actor, input.recordingId ?? null, before, out, errors);
  await recurrenceColumns(input, before, dueAt, allDay, zone, out, errors);
  reminderColumns(input, before, status, dueAt, allDay, zone, out, errors);
  return out;
}

/** A recording is a file attached to this very activity (uploaded with the attachments' size limit). */
async function recordingColumn(db: Executor, actor: Actor, id: string | null, before: RecordRow | null, out: Record<string, unknown>, errors: FieldErrorSink): Promise<void> {
  out.recording_id = id;
  if (id === null) return;
  const files = before ? await listAttachments(db, actor, 'activity', before.id) : [];
  if (!files.some((f) => f.row.id === id)) errors.add('recordingId', 'not_found');
}

async function recurrenceColumns(input: Input, before: RecordRow | null, dueAt: string | null, allDay: boolean, zone: string, out: Record<string, unknown>, errors: FieldErrorSink): Promise<void> {
  const given = input.recurrence;
  const timesChanged = out.due_at !== undefined;
  if (given === undefined && !timesChanged && before !== null) return;
  const stored = given !== undefined ? given : (fromJson<Recurrence | null>(before?.recurrence) ?? null);
  if (stored === null) {
    if (given !== undefined || before === null) out.recurrence = null;
    return;
  }
  const { rule, errors: found } = normalizeRecurrence({ ...stored, weekdays: stored.weekdays ?? undefined, monthDay: stored.monthDay ?? undefined, unit: stored.unit ?? undefined }, dueAt === null ? null : dayIn(dueAt, zone));
  for (const [field, code] of Object.entries(found)) errors.add(field, code);
  out.recurrence = toJson(rule);
  void allDay;
}

function reminderColumns(input: Input, before: RecordRow | null, status: string, dueAt: string | null, allDay: boolean, zone: string, out: Record<string, unknown>, errors: FieldErrorSink): void {
  const minutes = input.reminderMinutes !== undefined ? input.reminderMinutes : ((before?.reminder_minutes ?? null) as number | null);
  if (input.reminderMinutes !== undefined || before === null) out.reminder_minutes = minutes;
  if (input.reminderMinutes != null && status === 'done') errors.add('reminderMinutes', 'activity_done');
  if (minutes !== null && dueAt === null) errors.add('reminderMinutes', 'due_required');
  const remindAt = status === 'planned' ? remindAtOf(dueAt, allDay, minutes, zone) : null;
  const previous = (before?.remind_at ?? null) as string | null;
  if (before === null || remindAt !== previous) {
    out.remind_at = remindAt;
    // A reminder that moved fires again at its new time.
    out.reminded_at = null;
  }
}
