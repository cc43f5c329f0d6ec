import { describe, expect, it } from 'vitest';

// My day, the cards and the calendar move activities by days and draw them in the user's zone;
// the server takes an instant (`dueAt`) or a whole day (`dueDay`).
interface Due {
  dueAt: string | null;
  allDay: boolean;
  dueDay: string | null;
}
type DueChange = { dueAt: string } | { dueDay: string };
interface DueTextModule {
  shiftDue: (due: Due, days: number, timeZone: string, today: string) => DueChange;
  daysToMonday: (today: string) => number;
}
interface CalendarEventsModule {
  toCalendarEvent: (
    activity: { id: string; version: number; kind: string; title: string; status: string; dueAt: string | null; allDay: boolean; dueDay: string | null; endsAt: string | null; canMove: boolean },
    timeZone: string,
  ) => Record<string, unknown> | null;
  movedDue: (start: Date, allDay: boolean, timeZone: string) => DueChange;
  rangeOf: (start: Date, end: Date, timeZone: string) => { from: string; to: string };
}
const dueText = (await import(new URL('../web/src/features/activities/dueText.ts', import.meta.url).pathname)) as DueTextModule;
const events = (await import(new URL('../web/src/features/calendar/calendarEvents.ts', import.meta.url).pathname)) as CalendarEventsModule;

const SOFIA = 'Europe/Sofia';
const timed = (dueAt: string): Due => ({ dueAt, allDay: false, dueDay: null });
const activity = { id: 'a1', version: 3, kind: 'meeting', title: 'Tasting', status: 'planned', allDay: false, dueDay: null, canMove: true };

describe('moving an activity by days', () => {
  it('keeps the time of day in the user zone across the October change', () => {
    // 24 Oct 2026 09:00 in Sofia is 06:00Z (UTC+3); the next day, 09:00 is 07:00Z (UTC+2).
    expect(dueText.shiftDue(timed('2026-10-24T06:00:00.000Z'), 1, SOFIA, '2026-10-20')).toEqual({ dueAt: '2026-10-25T07:00:00.000Z' });
    expect(dueText.shiftDue(timed('2026-10-24T06:00:00.000Z'), 1, 'Europe/Moscow', '2026-10-20')).toEqual({ dueAt: '2026-10-25T06:00:00.000Z' });
  });

  it('moves overdue work from today, not from the day it was missed', () => {
    expect(dueText.shiftDue(timed('2026-12-01T08:30:00.000Z'), 1, SOFIA, '2026-12-07')).toEqual({ dueAt: '2026-12-08T08:30:00.000Z' });
    expect(dueText.shiftDue({ dueAt: '2026-11-30T22:00:00.000Z', allDay: true, dueDay: '2026-12-01' }, 7, SOFIA, '2026-12-07')).toEqual({ dueDay: '2026-12-14' });
  });

  it('moves a whole day as a day, and a task with no date from today', () => {
    expect(dueText.shiftDue({ dueAt: '2026-12-09T22:00:00.000Z', allDay: true, dueDay: '2026-12-10' }, 1, SOFIA, '2026-12-07')).toEqual({ dueDay: '2026-12-11' });
    expect(dueText.shiftDue({ dueAt: null, allDay: false, dueDay: null }, 1, SOFIA, '2026-12-07')).toEqual({ dueDay: '2026-12-08' });
  });

  it('counts the days to next Monday, a whole week from a Monday', () => {
    expect(dueText.daysToMonday('2026-12-07')).toBe(7); // a Monday
    expect(dueText.daysToMonday('2026-12-09')).toBe(5); // a Wednesday
    expect(dueText.daysToMonday('2026-12-13')).toBe(1); // a Sunday
  });
});

describe('activities in the calendar', () => {
  it('draws a meeting at its wall times in the user zone, dressed as UTC', () => {
    const event = events.toCalendarEvent({ ...activity, dueAt: '2026-12-08T08:00:00.000Z', endsAt: '2026-12-08T09:30:00.000Z' }, SOFIA);
    expect(event).toMatchObject({ id: 'a1', allDay: false, start: '2026-12-08T10:00:00Z', end: '2026-12-08T11:30:00Z', editable: true, durationEditable: false });
    expect(events.toCalendarEvent({ ...activity, dueAt: '2026-12-08T08:00:00.000Z', endsAt: null }, 'Europe/Moscow')).toMatchObject({ start: '2026-12-08T11:00:00Z' });
  });

  it('draws a whole-day task on its day, and a done one as fixed', () => {
    const event = events.toCalendarEvent({ ...activity, kind: 'task', status: 'done', dueAt: '2026-12-09T22:00:00.000Z', allDay: true, dueDay: '2026-12-10', endsAt: null }, 'America/New_York');
    expect(event).toMatchObject({ allDay: true, start: '2026-12-10', end: '2026-12-11', editable: false });
    expect(event?.classNames).toContain('kt-activity-done');
    expect(events.toCalendarEvent({ ...activity, dueAt: null, endsAt: null }, SOFIA)).toBeNull();
  });

  it('turns a drop back into what the server takes', () => {
    expect(events.movedDue(new Date('2026-12-09T10:00:00Z'), false, SOFIA)).toEqual({ dueAt: '2026-12-09T08:00:00.000Z' });
    expect(events.movedDue(new Date('2026-12-09T00:00:00Z'), true, SOFIA)).toEqual({ dueDay: '2026-12-09' });
    expect(events.rangeOf(new Date('2026-12-07T00:00:00Z'), new Date('2026-12-14T00:00:00Z'), SOFIA)).toEqual({ from: '2026-12-06T22:00:00.000Z', to: '2026-12-13T22:00:00.000Z' });
  });
});
