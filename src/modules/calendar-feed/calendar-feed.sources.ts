import type { Executor } from '../../db/database.js';
import type { User } from '../users/users.service.js';
import type { FeedEvent } from './ics-writer.js';

/** What a module puts into a user's calendar feed (tasks and meetings come from activities). */
export type CalendarFeedSource = (db: Executor, user: User, range: { from: string; to: string }) => Promise<FeedEvent[]>;

const sources: CalendarFeedSource[] = [];

/** Adds the events of a module to every user's feed. */
export function registerCalendarFeedSource(source: CalendarFeedSource): void {
  sources.push(source);
}

export function calendarFeedSources(): readonly CalendarFeedSource[] {
  return sources;
}
