import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { escapeText, foldLine, writeCalendar } from './ics-writer.js';

describe('the iCalendar writer', () => {
  it('escapes text, folds long lines by octets without splitting a character, and parses back with ical.js', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `SUMMARY:${'Позвонить в ООО «Ромашка», '.repeat(8)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);

    const text = writeCalendar({
      name: 'Kartoteka: Иван',
      events: [
        { uid: 'a@kartoteka', summary: 'Позвонить; обсудить, цену\nи сроки', description: 'Строка 1\nСтрока 2', location: 'София, ул. „Витоша“ 1', allDay: false, start: '2026-12-08T07:30:00.000Z', end: '2026-12-08T08:00:00.000Z', stamp: '2026-12-07T10:00:00.000Z' },
        { uid: 'b@kartoteka', summary: 'Отчёт', allDay: true, start: '2026-12-09', end: '2026-12-10', stamp: '2026-12-07T10:00:00.000Z' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(['a@kartoteka', 'b@kartoteka']);
    expect(events[0]!.summary).toBe('Позвонить; обсудить, цену\nи сроки');
    expect(events[0]!.description).toBe('Строка 1\nСтрока 2');
    expect(events[0]!.location).toBe('София, ул. „Витоша“ 1');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-08T07:30:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(events[1]!.startDate.isDate).toBe(true);
    expect(events[1]!.startDate.toString()).toBe('2026-12-09');
    expect(events[1]!.endDate.toString()).toBe('2026-12-10');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});

describe.each(DIALECTS)('the calendar feed address on %s', (dialect) => {
  it('is made, shown once, read without a session, replaced and revoked (then 404)', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ role: 'manager' });
    const client = await server.as(user);
    expect((await client.get('/api/v1/me/calendar-feed')).body).toEqual({ active: false, createdAt: null, lastUsedAt: null });

    const created = await client.post('/api/v1/me/calendar-feed', {});
    expect(created.status).toBe(201);
    const path = new URL(created.body.url).pathname;
    expect(path).toMatch(/^\/ics\/[A-Za-z0-9_-]{43}\.ics$/);
    // The secret itself is not stored.
    const token = path.slice(5, -4);
    const stored = await server.handle.db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', user.id).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const feed = await server.client().get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    expect(calendar.name).toBe('vcalendar');
    expect((await client.get('/api/v1/me/calendar-feed')).body).toMatchObject({ active: true, lastUsedAt: expect.any(String) });

    const again = await client.post('/api/v1/me/calendar-feed', {});
    expect((await server.client().get(path)).status).toBe(404);
    const newPath = new URL(again.body.url).pathname;
    expect((await server.client().get(newPath)).status).toBe(200);

    expect((await client.delete('/api/v1/me/calendar-feed')).status).toBe(204);
    expect((await server.client().get(newPath)).status).toBe(404);
    expect((await server.client().get('/ics/not-a-token.ics')).status).toBe(404);
    expect((await client.get('/api/v1/me/calendar-feed')).body.active).toBe(false);
    expect((await server.client().post('/api/v1/me/calendar-feed', {})).status).toBe(401);
  });
});
