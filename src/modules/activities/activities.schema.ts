import { z } from 'zod';
import { optionalText, requiredText, isRealDay } from '../../platform/schemas.js';
import { refId } from '../users/users-admin.schema.js';
import { abilitiesOutput, userRefOutput } from '../contacts/client-schema.js';

/** The request and answer shapes of activities and tasks (decision 0025). */

export const BUILT_IN_KINDS = ['call', 'meeting', 'email', 'note', 'task'] as const;
export const STATUSES = ['planned', 'done'] as const;
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const DIRECTIONS = ['in', 'out'] as const;
export const RECURRENCE_UNITS = ['daily', 'weekly', 'monthly', 'custom'] as const;
export type ActivityStatus = (typeof STATUSES)[number];

/** An instant with its offset (`2026-12-08T09:00:00+02:00`, `...Z`). */
export const instant = z.iso.datetime({ offset: true, error: 'invalid_date' });
const day = z.string().refine(isRealDay, 'invalid_date');
const kindKey = z.string().trim().min(1, 'required').max(40, 'too_long').regex(/^[a-z][a-z0-9_]*$/, 'invalid_option');

/**
 * How a task repeats: `daily`, `weekly` on ISO weekdays (1 Monday … 7 Sunday), `monthly` on a day
 * of the month, or `custom` every `interval` days, weeks or months; optionally until a day or for a
 * number of occurrences. Completing one occurrence creates the next.
 */
export const recurrenceInput = z.strictObject({
  every: z.enum(RECURRENCE_UNITS),
  /** Every N units (custom; 1 for the others). */
  interval: z.number().int('invalid_type').min(1, 'too_small').max(366, 'too_large').optional(),
  /** For `custom`: what the interval counts. */
  unit: z.enum(['day', 'week', 'month']).optional(),
  weekdays: z.array(z.number().int().min(1, 'invalid_option').max(7, 'invalid_option')).max(7, 'too_many').optional(),
  monthDay: z.number().int('invalid_type').min(1, 'too_small').max(31, 'too_large').optional(),
  until: day.nullable().optional(),
  count: z.number().int('invalid_type').min(1, 'too_small').max(1000, 'too_large').nullable().optional(),
});
export type RecurrenceInput = z.infer<typeof recurrenceInput>;

const participant = z.strictObject({ type: z.enum(['user', 'contact']), id: refId });
const checkItem = z.strictObject({ text: requiredText(500), done: z.boolean().optional() });

const fields = {
  /** A built-in kind or the key of an admin-defined one. */
  kind: kindKey,
  title: requiredText(300),
  body: optionalText(20_000, { multiline: true }),
  /** Absent on create: `planned` for tasks and meetings, `done` for what is logged (call, letter, note). */
  status: z.enum(STATUSES).optional(),
  contactId: refId.nullable().optional(),
  companyId: refId.nullable().optional(),
  dealId: refId.nullable().optional(),
  /** When a task is due, a meeting starts, a call happened (with its offset). */
  dueAt: instant.nullable().optional(),
  /** An all-day task's day, in the workspace's time zone (instead of `dueAt`). */
  dueDay: day.nullable().optional(),
  /** A meeting's end: after its start. */
  endsAt: instant.nullable().optional(),
  place: optionalText(300),
  /** Users and contact persons taking part (meetings): each one the actor can see. */
  participants: z.array(participant).max(100, 'too_many').optional(),
  direction: z.enum(DIRECTIONS).nullable().optional(),
  durationSeconds: z.number().int('invalid_type').min(0, 'too_small').max(86_400 * 7, 'too_large').nullable().optional(),
  /** What came of it (a call, a completed task). */
  result: optionalText(5000, { multiline: true }),
  /** An attachment of this activity holding the call's recording. */
  recordingId: refId.nullable().optional(),
  priority: z.enum(PRIORITIES).optional(),
  checklist: z.array(checkItem).max(100, 'too_many').optional(),
  recurrence: recurrenceInput.nullable().optional(),
  /** Minutes before the due time the assignee is reminded (all-day: before 09:00 of its day). */
  reminderMinutes: z.number().int('invalid_type').min(0, 'too_small').max(60 * 24 * 30, 'too_large').nullable().optional(),
  ownerId: refId.optional(),
};

export const createActivityInput = z.strictObject(fields);
export type CreateActivityInput = z.infer<typeof createActivityInput>;
export const updateActivityInput = z.strictObject({ ...fields, kind: fields.kind.optional(), title: fields.title.optional(), version: z.number().int().positive() });
export type UpdateActivityInput = z.infer<typeof updateActivityInput>;

/** `POST /activities/:id/complete` */
export const completeActivityInput = z.strictObject({ result: optionalText(5000, { multiline: true }), version: z.number().int().positive() });
/** `POST /activities/:id/reschedule`: a new due time or all-day day. */
export const rescheduleActivityInput = z.strictObject({ dueAt: instant.optional(), dueDay: day.optional(), endsAt: instant.nullable().optional(), version: z.number().int().positive() });

const ref = z.object({ id: z.string(), name: z.string() });

const outputFields = {
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  contact: ref.nullable(),
  company: ref.nullable(),
  deal: ref.nullable(),
  dueAt: z.string().nullable(),
  allDay: z.boolean(),
  /** The all-day task's day in the workspace's zone (null when it has a time). */
  dueDay: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  durationSeconds: z.number().int().nullable(),
  result: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
  recurrence: z.object({
    every: z.enum(RECURRENCE_UNITS), interval: z.number().int(), unit: z.enum(['day', 'week', 'month']).nullable(),
    weekdays: z.array(z.number().int()), monthDay: z.number().int().nullable(), until: z.string().nullable(), count: z.number().int().nullable(),
  }).nullable(),
  seriesId: z.string().nullable(),
  occurrence: z.number().int(),
  reminderMinutes: z.number().int().nullable(),
  remindAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  /** Past its due time (or day) and still planned. */
  overdue: z.boolean(),
  owner: userRefOutput,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesOutput,
};

export const activityListItem = z.object(outputFields);
export const activityOutput = z.object({
  ...outputFields,
  body: z.string().nullable(),
  recordingId: z.string().nullable(),
  /** Only the participants the viewer may see. */
  participants: z.array(z.object({ type: z.enum(['user', 'contact']), id: z.string(), name: z.string() })),
});
export type ActivityOutput = z.infer<typeof activityOutput>;
export type ActivityListItem = z.infer<typeof activityListItem>;
export const activityResult = z.object({ activity: activityOutput });
