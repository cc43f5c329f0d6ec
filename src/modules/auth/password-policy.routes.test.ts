import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient } from '../../../test/server.js';

async function setMinLength(client: TestClient, passwordMinLength: number) {
  const version = (await client.get('/api/v1/workspace')).body.workspace.version;
  expect((await client.patch('/api/v1/workspace', { settings: { signIn: { passwordMinLength } }, version })).status).toBe(200);
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe.each(DIALECTS)('the password policy told before submit on %s', (dialect) => {
  it('answers the invite token\'s workspace, the signed-in user\'s, or the default; an unknown token tells nothing', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace({ name: 'Acme' });
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);
    await setMinLength(client, 16);
    const other = await server.build.user({ role: 'admin' });
    await setMinLength(await server.as(other), 12);

    const anonymous = await server.client().get('/api/v1/auth/password-policy');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ minLength: 10, refusesCommon: true });
    expect((await server.client().get('/api/v1/auth/password-policy?token=made-up-token')).body).toEqual({ minLength: 10, refusesCommon: true });
    expect((await client.get('/api/v1/auth/password-policy')).body).toEqual({ minLength: 16, refusesCommon: true });

    const invited = (await client.post('/api/v1/users', { name: 'Vera', email: `vera-${Date.now()}@example.test`, role: 'manager' })).body.user;
    const link = (await client.post(`/api/v1/users/${invited.id}/invite-link`, {})).body.link;
    const byToken = await server.client().get(`/api/v1/auth/password-policy?token=${encodeURIComponent(tokenOf(link))}`);
    expect(byToken.body).toEqual({ minLength: 16, refusesCommon: true });
    // The told minimum is the one enforced: one character fewer is refused, that many accepted.
    const short = await server.client().post('/api/v1/auth/accept-invite', { token: tokenOf(link), password: 'x'.repeat(7) + '-fifteen' });
    expect(short.body.error).toMatchObject({ code: 'weak_password', fields: { password: 'too_short' }, minLength: 16 });
    expect((await server.client().post('/api/v1/auth/accept-invite', { token: tokenOf(link), password: 'y'.repeat(8) + '-sixteen' })).status).toBe(200);
    // A spent token answers the default, like an unknown one.
    expect((await server.client().get(`/api/v1/auth/password-policy?token=${encodeURIComponent(tokenOf(link))}`)).body.minLength).toBe(10);
  });
});
