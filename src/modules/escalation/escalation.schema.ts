import { z } from 'zod';
import { queryInt } from '../../platform/schemas.js';
import { timeZoneSchema } from '../workspaces/workspaces.schema.js';

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const escalationSettingsOutput = z.object({
  enabled: z.boolean(),
  /** Working minutes a new request may wait before the owner is told, and again before the head is. */
  minutes: z.number().int(),
  /** ISO weekdays (Monday = 1). */
  weekdays: z.array(z.number().int()),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  /** 0 until first saved. */
  version: z.number().int(),
});
export type EscalationSettingsOutput = z.infer<typeof escalationSettingsOutput>;

export const escalationSettingsInput = z.strictObject({
  enabled: z.boolean(),
  minutes: z.number().int('not_integer').min(1, 'too_small').max(10080, 'too_big'),
  weekdays: z.array(z.number().int().min(1, 'invalid_weekday').max(7, 'invalid_weekday')).min(1, 'required').max(7),
  from: z.string().regex(HHMM, 'invalid_time'),
  /** `24:00` is the end of the day. */
  to: z.string().refine((v) => HHMM.test(v) || v === '24:00', 'invalid_time'),
  timeZone: timeZoneSchema,
  version: z.number().int().min(0),
});
export type EscalationSettingsInput = z.infer<typeof escalationSettingsInput>;

export const listEscalationsQuery = z.strictObject({
  state: z.enum(['open', 'resolved']).default('open'),
  limit: queryInt(1, 200).default(100),
});
export type ListEscalationsQuery = z.infer<typeof listEscalationsQuery>;

export const escalationOutput = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  title: z.string(),
  level: z.number().int(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  notifiedUserId: z.string().nullable(),
  notifiedUserName: z.string().nullable(),
  startedAt: z.string(),
  dueAt: z.string(),
  escalatedAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type EscalationOutput = z.infer<typeof escalationOutput>;

export const escalationListOutput = z.object({ items: z.array(escalationOutput) });
