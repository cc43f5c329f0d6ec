import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import '../index.js';
import { connect, type DatabaseHandle } from '../../db/connect.js';
import type { Dialect } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { loadConfig } from '../../platform/config.js';
import { LiveHub } from '../../platform/live/live-hub.js';
import { OutboxDispatcher } from '../../platform/outbox/outbox.dispatcher.js';
import { startWorkers } from '../../platform/workers.js';
import { buildApp } from '../../server/app.js';
import { createPgDatabase, DIALECTS } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { TestClient } from '../../../test/client.js';
import { testServer } from '../../../test/server.js';
import { eventually } from '../../../test/fixtures/platform-helpers.js';
import { SESSION_COOKIE } from '../auth/auth-cookies.js';
import { notify } from './notifications.service.js';
import { publishNotifications } from './notifications.live.js';

const logger = pino({ enabled: false });
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** The mail.send jobs queued for an address: what would reach the SMTP server. */
async function queuedMails(handle: DatabaseHandle, to: string) {
  const rows = await handle.db.selectFrom('jobs').select('payload').where('type', '=', 'mail.send').execute();
  return rows
    .map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { to: string[]; subject: string; text: string })
    .filter((m) => m.to.includes(to));
}

describe.each(DIALECTS)('notification settings and email on %s', (dialect) => {
  it('emails by type as the user chose, in their language and time zone; bad input changes nothing', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ locale: 'ru' });
    await server.handle.db.updateTable('users').set({ time_zone: 'Europe/Moscow' }).where('id', '=', user.id).execute();
    const client = await server.as(user);

    const defaults = await client.get('/api/v1/me/notification-settings');
    expect(defaults.status).toBe(200);
    expect(defaults.body.types).toEqual([
      { type: 'task.reminder', inApp: true, email: true },
      { type: 'task.assigned', inApp: true, email: false },
      { type: 'escalation.owner', inApp: true, email: true },
      { type: 'escalation.head', inApp: true, email: true },
    ]);

    const bad = await client.put('/api/v1/me/notification-settings', { types: [{ type: 'task.assigned', email: true }, { type: 'constructor', email: true }, { type: 'task.assigned', email: false }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ 'types.1.type': 'unknown_type', 'types.2.type': 'duplicate' });
    expect((await client.get('/api/v1/me/notification-settings')).body).toEqual(defaults.body);

    const saved = await client.put('/api/v1/me/notification-settings', { types: [{ type: 'task.reminder', email: false }, { type: 'task.assigned', email: true }] });
    expect(saved.status).toBe(200);
    expect(saved.body.types.slice(0, 2)).toEqual([{ type: 'task.reminder', inApp: true, email: false }, { type: 'task.assigned', inApp: true, email: true }]);

    const ws = user.workspace_id;
    await notify(server.handle.db, [
      { workspaceId: ws, userId: user.id, type: 'task.reminder', data: { activityId: 'a', title: 'Позвонить', dueAt: '2026-12-08T07:30:00.000Z' } },
      { workspaceId: ws, userId: user.id, type: 'task.assigned', data: { activityId: 'b', title: 'Отправить КП', dueAt: '2026-12-08T07:30:00.000Z' } },
      { workspaceId: ws, userId: user.id, type: 'security.alarm', data: { n: 1 } },
    ]);
    // In-app: all three. Email: only the type the user left on (the alarm mails admins itself).
    expect((await client.get('/api/v1/notifications')).body.unread).toBe(3);
    const mails = await queuedMails(server.handle, user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Новая задача: Отправить КП');
    // 07:30 UTC is 10:30 in Moscow.
    expect(mails[0]!.text).toMatch(/^Вам поручена задача «Отправить КП», срок 8 дек\. 2026 г\., 10:30 GMT\+3\.$/);
  });

  it('sends the email through a real SMTP server once the transaction commits, and not when it rolls back', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ locale: 'bg' });
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    const port = ((smtp as unknown as { server: { address(): AddressInfo } }).server.address()).port;
    const config = { ...loadConfig({}), smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Kartoteka <crm@example.test>' };
    const workers = startWorkers({ db: server.handle.db, dialect, config, logger, jobOptions: { pollMs: 20 } });
    closers.push(async () => {
      await workers.stop();
      await new Promise<void>((r) => smtp.close(() => r()));
    });

    const reminder = { workspaceId: user.workspace_id, userId: user.id, type: 'task.reminder', data: { activityId: 'x', title: 'Обаждане до Мария', dueAt: '2026-12-08T08:00:00.000Z' } };
    await expect(server.handle.db.transaction().execute(async (trx) => {
      await notify(trx, [reminder]);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await server.handle.db.transaction().execute((trx) => notify(trx, [reminder]));

    const mails = await eventually(async () => {
      const parsed = await Promise.all(received.map((raw) => simpleParser(raw)));
      const mine = parsed.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(user.email)));
      expect(mine).toHaveLength(1);
      return mine;
    });
    expect(mails[0]!.subject).toBe('Напомняне: Обаждане до Мария');
    // 08:00 UTC is 10:00 in Sofia.
    expect(mails[0]!.text?.trim()).toMatch(/^Напомняне: „Обаждане до Мария“ е със срок 8\.12\.2026 г\., 10:00 ч\. Гринуич\+2\.$/);
  });
});

/** One server process: its app listening on a port and its live hub. */
async function instance(handle: DatabaseHandle, dialect: Dialect, listenUrl: string | null) {
  const hub = new LiveHub({ db: handle.db, dialect, logger, listenUrl });
  await hub.start();
  const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000' });
  const app = await buildApp({ db: handle.db, dialect, config, logger: false, live: hub });
  await app.listen({ port: 0, host: '127.0.0.1' });
  closers.push(async () => {
    await app.close();
    await hub.stop();
  });
  return { app, hub, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** Server-sent events of a stream, parsed as they come. */
async function stream(url: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  let raw = '';
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) raw += decoder.decode(chunk, { stream: true });
    } catch {
      // Aborted.
    }
  })();
  closers.push(async () => {
    controller.abort();
    await reading;
  });
  const changes = () => raw.split('\n\n').filter((b) => /^event: change$/m.test(b)).map((b) => JSON.parse(/^data: (.+)$/m.exec(b)![1]!) as { type: string; ids: Record<string, string[]> });
  return { status: res.status, changes, raw: () => raw };
}

describe.each(DIALECTS)('live notifications on %s', (dialect) => {
  it('reach the user\'s open pages in every process within a second, and nobody else may listen', async () => {
    const url = dialect === 'postgres' ? await createPgDatabase() : null;
    const handle = url ? connect({ databaseUrl: url, poolSize: 4 }) : connect({ sqlitePath: ':memory:' });
    await migrateToLatest(handle.db);
    const writer = await instance(handle, dialect, url);
    let reader = writer;
    if (url) {
      const second = connect({ databaseUrl: url, poolSize: 2 });
      closers.push(() => second.close());
      reader = await instance(second, dialect, url);
    }
    const dispatcher = new OutboxDispatcher({ db: handle.db, dialect, logger, pollMs: 50, listenUrl: url });
    publishNotifications(dispatcher, writer.hub);
    await dispatcher.start();
    closers.push(async () => {
      await dispatcher.stop();
      await handle.close();
    });

    const build = factories(handle.db);
    const workspace = await build.workspace();
    const [alice, bob] = [await build.user({ workspace, role: 'manager' }), await build.user({ workspace, role: 'admin' })];
    const signIn = async (app: FastifyInstance, user: { email: string; password: string }) => {
      const client = new TestClient(app);
      expect((await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
      return client;
    };
    const aliceClient = await signIn(reader.app, alice);
    const bobClient = await signIn(reader.app, bob);
    const aliceStream = await stream(`${reader.url}/api/v1/live?channel=user:${alice.id}`, `${SESSION_COOKIE}=${aliceClient.cookie(SESSION_COOKIE)}`);
    expect(aliceStream.status).toBe(200);
    // Even an admin may not listen to someone else's notifications.
    expect((await bobClient.get(`/api/v1/live?channel=user:${alice.id}`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 300));

    const started = Date.now();
    await handle.db.transaction().execute((trx) => notify(trx, [
      { workspaceId: workspace.id, userId: alice.id, type: 'task.reminder', data: { activityId: 'secret-id', title: 'Secret call' } },
      { workspaceId: workspace.id, userId: bob.id, type: 'task.reminder', data: { activityId: 'other', title: 'Bob' } },
    ]));
    const [event] = await eventually(() => {
      expect(aliceStream.changes()).toHaveLength(1);
      return aliceStream.changes();
    }, 3000);
    expect(Date.now() - started).toBeLessThan(1000);
    const mine = (await aliceClient.get('/api/v1/notifications')).body.items;
    expect(event).toEqual({ type: 'notification.created', ids: { notifications: [mine[0].id], types: ['task.reminder'] } });
    expect(aliceStream.raw()).not.toContain('Secret call');
  });
});

describe('notification mail texts', () => {
  it('write an all-day reminder with its day only, and escalations with the owner and the wait', async () => {
    const { notificationMail } = await import('./notifications.mail.js');
    const user = { locale: 'en', time_zone: 'Europe/Sofia' };
    expect(notificationMail('task.reminder', { title: 'Report', dueAt: '2026-12-10T22:00:00.000Z', allDay: true }, user)).toEqual({ subject: 'Reminder: Report', text: 'Reminder: "Report" is due Dec 11, 2026.' });
    expect(notificationMail('escalation.head', { title: 'Enquiry', ownerName: 'Ivan', startedAt: '2026-12-07T15:55:00.000Z' }, { locale: 'ru', time_zone: 'Europe/Moscow' })?.text)
      .toBe('«Enquiry» (ответственный: Ivan) ждёт с 7 дек. 2026 г., 18:55 GMT+3 и всё ещё не обработано. Оно передано вам как руководителю отдела.');
    expect(notificationMail('security.alarm', {}, user)).toBeNull();
    expect(notificationMail('constructor', {}, { locale: '__proto__', time_zone: 'UTC' })).toBeNull();
  });
});
