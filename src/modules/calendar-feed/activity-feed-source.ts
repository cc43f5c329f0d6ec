import { addMs } from '../../platform/clock.js';
import { calendar } from '../activities/my-day.service.js';
import * as usersService from '../users/users.service.js';
import { registerCalendarFeedSource } from './calendar-feed.sources.js';
import type { FeedEvent } from './ics-writer.js';

/** The activities calendar answers at most this many days per request. */
const WINDOW_DAYS = 62;
const DAY_MS = 86_400_000;
/** A task with a time but no end shows as half an hour. */
const TASK_MS = 30 * 60_000;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

// A user's own tasks and meetings (planned and done), read as that user: the feed shows what they see.
registerCalendarFeedSource(async (db, user, range) => {
  const actor = await usersService.actorForUser(db, user, { ip: null, userAgent: null, requestId: null });
  const events: FeedEvent[] = [];
  for (let from = range.from; from < range.to; from = addMs(from, WINDOW_DAYS * DAY_MS)) {
    const to = addMs(from, WINDOW_DAYS * DAY_MS) < range.to ? addMs(from, WINDOW_DAYS * DAY_MS) : range.to;
    const { items } = await calendar(db, actor, { from, to, userId: user.id });
    for (const a of items) {
      if (!a.dueAt) continue;
      const links = [a.deal, a.company, a.contact].flatMap((ref) => (ref ? [ref.name] : []));
      const base = {
        uid: `${a.id}@kartoteka`,
        summary: a.status === 'done' ? `✓ ${a.title}` : a.title,
        description: links.length ? links.join('\n') : null,
        location: a.place,
        stamp: a.updatedAt,
        categories: [a.kind],
      };
      if (a.allDay && a.dueDay) events.push({ ...base, allDay: true, start: a.dueDay, end: nextDay(a.dueDay) });
      else {
        const end = a.endsAt ?? (a.durationSeconds ? addMs(a.dueAt, a.durationSeconds * 1000) : addMs(a.dueAt, TASK_MS));
        events.push({ ...base, allDay: false, start: a.dueAt, end });
      }
    }
  }
  return events;
});
