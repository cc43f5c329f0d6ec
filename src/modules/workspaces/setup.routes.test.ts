import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

const setupBody = {
  workspace: { name: 'ООО «Ромашка»', locale: 'ru', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' },
  admin: { name: 'Анна Петрова', email: 'Anna@Example.TEST', password: 'long-enough-pass' },
};

describe.each(DIALECTS)('first-run setup on %s', (dialect) => {
  it('creates the workspace and admin once, signs in, and refuses a second setup', async () => {
    const server = await testServer(dialect, { SETUP_TEST: 'once' });
    const client = server.client();
    expect((await client.get('/api/v1/setup')).body).toEqual({ needed: true });

    const res = await client.post('/api/v1/setup', setupBody);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ name: 'Анна Петрова', email: 'anna@example.test', locale: 'ru', role: 'admin', workspace: { name: 'ООО «Ромашка»', defaultCurrency: 'RUB' } });
    expect(client.cookie('kt_session')).toBeTruthy();

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('anna@example.test');
    expect((await client.get('/api/v1/setup')).body).toEqual({ needed: false });

    const again = await server.client().post('/api/v1/setup', { ...setupBody, admin: { ...setupBody.admin, email: 'other@example.test' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_set_up');
    const count = await server.handle.db.selectFrom('workspaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('answers field errors and creates nothing for bad input', async () => {
    const server = await testServer(dialect, { SETUP_TEST: 'bad' });
    const res = await server.client().post('/api/v1/setup', {
      workspace: { name: '', locale: 'de', timeZone: 'Mars/Olympus', defaultCountry: 'russia', defaultCurrency: 'RUB' },
      admin: { name: 'A', email: 'not-an-email', password: 'short', extra: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toMatchObject({
      'workspace.name': 'required',
      'workspace.locale': 'invalid_option',
      'workspace.timeZone': 'invalid_time_zone',
      'workspace.defaultCountry': 'invalid_country',
      'admin.email': 'invalid_email',
      'admin.password': 'too_short',
      'admin.extra': 'unknown_field',
    });
    expect((await server.client().get('/api/v1/setup')).body).toEqual({ needed: true });
  });

  it('lets only one of two simultaneous setups win', async () => {
    const server = await testServer(dialect, { SETUP_TEST: 'race' });
    const [a, b] = await Promise.all([
      server.client().post('/api/v1/setup', setupBody),
      server.client().post('/api/v1/setup', { ...setupBody, admin: { ...setupBody.admin, email: 'second@example.test' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const users = await server.handle.db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(1);
  });
});
