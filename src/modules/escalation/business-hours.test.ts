import { describe, expect, it } from 'vitest';
import { addBusinessMinutes } from './business-hours.js';

const weekdays = [1, 2, 3, 4, 5];
const sofia = { weekdays, from: '09:00', to: '18:00', timeZone: 'Europe/Sofia' };

describe('business minutes', () => {
  it('count inside working hours only: 17:55 + 10 minutes is 09:05 of the next working day', () => {
    // Monday 2026-12-07 17:55 in Sofia (UTC+2).
    expect(addBusinessMinutes('2026-12-07T15:55:00.000Z', 10, sofia)).toBe('2026-12-08T07:05:00.000Z');
    // Friday 17:55 → Monday 09:05; a Saturday request waits for Monday's opening.
    expect(addBusinessMinutes('2026-12-11T15:55:00.000Z', 10, sofia)).toBe('2026-12-14T07:05:00.000Z');
    expect(addBusinessMinutes('2026-12-12T10:00:00.000Z', 30, sofia)).toBe('2026-12-14T07:30:00.000Z');
    // Within the day, plainly; before opening, from the opening.
    expect(addBusinessMinutes('2026-12-07T08:00:00.000Z', 15, sofia)).toBe('2026-12-07T08:15:00.000Z');
    expect(addBusinessMinutes('2026-12-07T05:00:00.000Z', 15, sofia)).toBe('2026-12-07T07:15:00.000Z');
    // Longer than a working day: 9 h a day.
    expect(addBusinessMinutes('2026-12-07T07:00:00.000Z', 9 * 60 + 1, sofia)).toBe('2026-12-08T07:01:00.000Z');
  });

  it('follow the wall clock across a daylight-saving change', () => {
    // Friday 2026-10-23 17:55 EEST (UTC+3); clocks go back on Sunday 25 October; Monday 09:05 is EET (UTC+2).
    expect(addBusinessMinutes('2026-10-23T14:55:00.000Z', 10, sofia)).toBe('2026-10-26T07:05:00.000Z');
    // Moscow has no DST: the same request there is 09:05 MSK (UTC+3).
    expect(addBusinessMinutes('2026-10-23T14:55:00.000Z', 10, { ...sofia, timeZone: 'Europe/Moscow' })).toBe('2026-10-26T06:05:00.000Z');
    // Spring forward (29 March 2026, 03:00 → 04:00): round the clock, the lost hour is not counted twice.
    const always = { weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00', timeZone: 'Europe/Sofia' };
    expect(addBusinessMinutes('2026-03-29T00:30:00.000Z', 60, always)).toBe('2026-03-29T01:30:00.000Z');
    expect(addBusinessMinutes('2026-03-28T21:30:00.000Z', 180, always)).toBe('2026-03-29T00:30:00.000Z');
  });
});
