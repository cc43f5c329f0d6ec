import { describe, expect, it } from 'vitest';

// The calendar and the task pickers work in the user's wall time; the server keeps UTC instants.
interface ZonedTimeModule {
  toWallTime: (instant: Date | string, timeZone: string) => string;
  dayInZone: (instant: Date | string, timeZone: string) => string;
  fromWallTime: (wall: string, timeZone: string) => string;
  addDays: (day: string, days: number) => string;
}
const web = (await import(new URL('../web/src/features/activities/zonedTime.ts', import.meta.url).pathname)) as ZonedTimeModule;

describe('wall times in the user time zone', () => {
  it('shows an instant as the wall time of the zone, across daylight saving', () => {
    expect(web.toWallTime('2026-07-01T06:30:00Z', 'Europe/Sofia')).toBe('2026-07-01T09:30:00');
    expect(web.toWallTime('2026-12-01T06:30:00Z', 'Europe/Sofia')).toBe('2026-12-01T08:30:00');
    expect(web.toWallTime('2026-12-01T06:30:00Z', 'Europe/Moscow')).toBe('2026-12-01T09:30:00');
    expect(web.dayInZone('2026-12-01T22:30:00Z', 'Europe/Sofia')).toBe('2026-12-02');
    expect(web.dayInZone('2026-12-01T22:30:00Z', 'America/New_York')).toBe('2026-12-01');
  });

  it('turns a wall time back into the instant, on both sides of the October change in Sofia', () => {
    // 25 October 2026 is the last Sunday of October: Sofia moves from UTC+3 to UTC+2 at 04:00 local.
    expect(web.fromWallTime('2026-10-24T09:00', 'Europe/Sofia')).toBe('2026-10-24T06:00:00.000Z');
    expect(web.fromWallTime('2026-10-25T09:00', 'Europe/Sofia')).toBe('2026-10-25T07:00:00.000Z');
    expect(web.fromWallTime('2026-10-26T09:00:00', 'Europe/Sofia')).toBe('2026-10-26T07:00:00.000Z');
    // Moscow keeps UTC+3 all year.
    expect(web.fromWallTime('2026-10-25T09:00', 'Europe/Moscow')).toBe('2026-10-25T06:00:00.000Z');
  });

  it('round-trips every hour of a week with a change', () => {
    for (let hour = 0; hour < 24 * 7; hour++) {
      const instant = new Date(Date.UTC(2026, 2, 26, hour)).toISOString();
      for (const zone of ['Europe/Sofia', 'Europe/Moscow', 'America/New_York', 'UTC']) expect(web.fromWallTime(web.toWallTime(instant, zone), zone)).toBe(instant);
    }
  });

  it('reads an unknown zone as UTC and moves days across month ends', () => {
    expect(web.toWallTime('2026-12-01T06:30:00Z', 'Mars/Olympus')).toBe('2026-12-01T06:30:00');
    expect(web.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(web.addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
