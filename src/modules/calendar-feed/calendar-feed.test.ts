import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
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

describe.each(DIALECTS)('the calendar feed on %s', (dialect) => {
  it("holds the user's own tasks and meetings (timed in UTC, all-day as dates) with stable UIDs, and parses in ical.js", async () => {
    freezeClock(new Date('2026-12-07T12:00:00.000Z'));
    try {
      const server = await testServer(dialect);
      const workspace = await server.build.workspace();
      const user = await server.build.user({ workspace, role: 'manager' });
      const colleague = await server.build.user({ workspace, role: 'manager' });
      const client = await server.as(user);
      const other = await server.as(colleague);
      const call = (await client.post('/api/v1/activities', { kind: 'task', title: 'Позвонить; уточнить, объём', dueAt: '2026-12-10T09:00:00+02:00' })).body.activity;
      const report = (await client.post('/api/v1/activities', { kind: 'task', title: 'Отчёт', dueDay: '2026-12-11' })).body.activity;
      const meeting = (await client.post('/api/v1/activities', { kind: 'meeting', title: 'Среща', dueAt: '2026-12-12T10:00:00Z', endsAt: '2026-12-12T11:30:00Z', place: 'София' })).body.activity;
      // Far ahead of the feed's year, and a colleague's: not in it.
      await client.post('/api/v1/activities', { kind: 'task', title: 'Далеко', dueAt: '2029-01-10T09:00:00Z' });
      await other.post('/api/v1/activities', { kind: 'task', title: 'Чужое', dueAt: '2026-12-10T09:00:00Z' });
      const path = new URL((await client.post('/api/v1/me/calendar-feed', {})).body.url).pathname;

      const read = async () => {
        const res = await server.client().get(path);
        expect(res.status).toBe(200);
        return new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      };
      const events = await read();
      expect(events.map((e) => e.summary).sort()).toEqual(['Отчёт', 'Позвонить; уточнить, объём', 'Среща']);
      const byUid = new Map(events.map((e) => [e.uid, e]));
      const timed = byUid.get(`${call.id}@kartoteka`)!;
      expect(timed.startDate.toJSDate().toISOString()).toBe('2026-12-10T07:00:00.000Z');
      expect(timed.endDate.toJSDate().toISOString()).toBe('2026-12-10T07:30:00.000Z');
      const allDay = byUid.get(`${report.id}@kartoteka`)!;
      expect(allDay.startDate.isDate).toBe(true);
      expect([allDay.startDate.toString(), allDay.endDate.toString()]).toEqual(['2026-12-11', '2026-12-12']);
      const meet = byUid.get(`${meeting.id}@kartoteka`)!;
      expect([meet.startDate.toJSDate().toISOString(), meet.endDate.toJSDate().toISOString(), meet.location]).toEqual(['2026-12-12T10:00:00.000Z', '2026-12-12T11:30:00.000Z', 'София']);
      // The same activity keeps its UID when read again.
      expect((await read()).map((e) => e.uid).sort()).toEqual([...byUid.keys()].sort());
    } finally {
      freezeClock(null);
    }
  });
});
