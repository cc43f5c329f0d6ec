import { z } from 'zod';
import { uuidSchema } from '../../platform/schemas.js';
import { activityListItem, instant } from './activities.schema.js';

/** My day and the calendar: the request and answer shapes. */

export const timeZoneQuery = z.string().max(64, 'invalid_time_zone').optional();

export const myDayQuery = z.strictObject({
  /** A colleague's day (only what the viewer may see of it); default: one's own. */
  userId: uuidSchema.optional(),
  /** The zone "today" is taken in; default: the user's, else the workspace's. */
  timeZone: timeZoneQuery,
});

const group = z.object({ items: z.array(activityListItem), count: z.number().int() });
export const myDayOutput = z.object({
  day: z.string(),
  timeZone: z.string(),
  /** Planned, due before today. */
  overdue: group,
  /** Due today (planned and done). */
  today: group,
  /** Planned for the next 7 days after today. */
  upcoming: group,
});
export const myDayCountsOutput = z.object({ overdue: z.number().int(), today: z.number().int() });

export const MAX_CALENDAR_DAYS = 62;
export const calendarQuery = z.strictObject({
  from: instant,
  to: instant,
  userId: uuidSchema.optional(),
  departmentId: uuidSchema.optional(),
  /** Only planned or only done ones; default both. */
  status: z.enum(['planned', 'done']).optional(),
});
export const calendarOutput = z.object({
  items: z.array(activityListItem),
  /** More than the answer holds fell in the range (narrow it). */
  truncated: z.boolean(),
});
