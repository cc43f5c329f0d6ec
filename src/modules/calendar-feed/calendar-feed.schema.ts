import { z } from 'zod';

export const calendarFeedOutput = z.object({
  /** Whether the user has a live address (its secret is shown once, when made). */
  active: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const createdCalendarFeedOutput = z.object({
  /** The secret address, shown this once: `…/ics/<token>.ics`. */
  url: z.string(),
  createdAt: z.string(),
});

export const icsParams = z.strictObject({ token: z.string().min(1).max(200) });
