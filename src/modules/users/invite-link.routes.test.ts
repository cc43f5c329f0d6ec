import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { testServer, TestClient, type TestServer } from '../../../test/server.js';
import { factories } from '../../../test/factories.js';
import { capturingLogger } from '../../../test/fixtures/platform-helpers.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../platform/config.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { fromJson } from '../../platform/json.js';
import { mailSendHandler, type MailJobPayload } from '../../platform/mail/mail.service.js';
import type { DatabaseHandle } from '../../db/connect.js';

async function team(server: TestServer) {
  const workspace = await server.build.workspace({ name: 'Acme' });
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Ada Admin' });
  return { workspace, admin, client: await server.as(admin) };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe.each(DIALECTS)('copying an invitation link on %s', (dialect) => {
  it('issues a fresh link for a pending user that replaces the mailed one, signs the user in once, and is audited', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const invited = (await client.post('/api/v1/users', { name: 'Гергана', email: `g-${Date.now()}@example.test`, role: 'manager' })).body.user;
    expect(invited.invitePending).toBe(true);

    const res = await client.post(`/api/v1/users/${invited.id}/invite-link`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ link: expect.stringMatching(/\/accept-invite\?token=[A-Za-z0-9_%-]{20,}$/), expiresAt: expect.any(String) });
    expect(res.body.link.startsWith(`${server.config.publicUrl.replace(/\/+$/, '')}/accept-invite?token=`)).toBe(true);
    const days = (Date.parse(res.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // A second copy replaces the first: only the newest link works.
    const again = (await client.post(`/api/v1/users/${invited.id}/invite-link`, {})).body;
    expect(tokenOf(again.link)).not.toBe(tokenOf(res.body.link));
    const old = await server.client().post('/api/v1/auth/accept-invite', { token: tokenOf(res.body.link), password: 'my-own-long-password' });
    expect(old.body.error.fields).toEqual({ token: 'invalid' });
    const accepted = await server.client().post('/api/v1/auth/accept-invite', { token: tokenOf(again.link), password: 'my-own-long-password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe(invited.email);

    const entries = await listAuditEntries(server.handle.db, workspace.id, { action: 'user.invite_link_issued' });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ entity_type: 'user', entity_id: invited.id });
    expect(JSON.stringify(entries)).not.toContain(tokenOf(again.link));

    // Once the password is chosen there is nothing to invite to: a reset is the way.
    const listed = (await client.get('/api/v1/users')).body.items.find((u: { id: string }) => u.id === invited.id);
    expect(listed.invitePending).toBe(false);
    const done = await client.post(`/api/v1/users/${invited.id}/invite-link`, {});
    expect(done.status).toBe(409);
    expect(done.body.error.fields).toEqual({ _: 'not_pending' });
  });

  it('is for administrators only: other roles, API tokens and other workspaces are refused', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const invited = (await client.post('/api/v1/users', { name: 'Pending', email: `p-${Date.now()}@example.test`, role: 'manager' })).body.user;

    const roles = (await client.get('/api/v1/roles')).body.items;
    const adminRole = roles.find((r: { key: string }) => r.key === 'admin');
    // A copy of the Administrator role holds every right, yet is not the Administrator role.
    const almost = (await client.post('/api/v1/roles', { name: 'Deputy', copyFromId: adminRole.id })).body.role;
    for (const role of ['head_of_sales', 'manager', 'marketer', 'support_agent', 'read_only', almost.key]) {
      const user = await server.build.user({ workspace, role });
      const res = await (await server.as(user)).post(`/api/v1/users/${invited.id}/invite-link`, {});
      expect(res.status, role).toBe(403);
      expect(res.body.error.code, role).toBe('forbidden');
    }

    const token = (await client.post('/api/v1/tokens', { name: 'All users', scopes: ['users:write', 'users:admin', 'settings:admin'] })).body.secret;
    const viaToken = await server.client().post(`/api/v1/users/${invited.id}/invite-link`, {}, { authorization: `Bearer ${token}` });
    expect(viaToken.status).toBe(403);

    const stranger = (await team(server)).client;
    expect((await stranger.post(`/api/v1/users/${invited.id}/invite-link`, {})).status).toBe(404);
    expect((await server.client().post(`/api/v1/users/${invited.id}/invite-link`, {})).status).toBe(401);

    expect((await client.post(`/api/v1/users/${invited.id}/deactivate`, { version: invited.version })).status).toBe(200);
    const inactive = await client.post(`/api/v1/users/${invited.id}/invite-link`, {});
    expect(inactive.status).toBe(409);
    expect(inactive.body.error.fields).toEqual({ _: 'inactive' });
    expect(await listAuditEntries(server.handle.db, workspace.id, { action: 'user.invite_link_issued' })).toHaveLength(0);
    expect(admin.role).toBe('admin');
  });
});

describe.each(DIALECTS)('one-time links in the log on %s', (dialect) => {
  let handle: DatabaseHandle | undefined;
  let app: FastifyInstance | undefined;
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('never writes an invitation or reset token to the log, with or without SMTP', async () => {
    handle = await testDatabase(dialect);
    const { logger, entries } = capturingLogger();
    const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000', LOG_LEVEL: 'debug' });
    app = await buildApp({ db: handle.db, dialect, config, logger });
    await app.ready();
    const build = factories(handle.db);
    const admin = await build.user({ role: 'admin' });
    const member = await build.user({ workspace: { id: admin.workspace_id } as never, role: 'manager' });
    const client = new TestClient(app);
    expect((await client.post('/api/v1/auth/sign-in', { email: admin.email, password: admin.password })).status).toBe(200);

    const invited = (await client.post('/api/v1/users', { name: 'Invited', email: `i-${Date.now()}@example.test`, role: 'manager' })).body.user;
    expect((await client.post(`/api/v1/users/${member.id}/reset-password`, {})).status).toBe(204);
    const copied = (await client.post(`/api/v1/users/${invited.id}/invite-link`, {})).body.link as string;

    // The queued mails go through the handler as a worker without SMTP_URL would run them.
    const jobs = await handle.db.selectFrom('jobs').selectAll().where('type', '=', 'mail.send').where('workspace_id', '=', admin.workspace_id).execute();
    expect(jobs).toHaveLength(2);
    const handler = mailSendHandler({ transport: null, from: 'crm@example.test' });
    const secrets = [tokenOf(copied), encodeURIComponent(tokenOf(copied))];
    for (const job of jobs) {
      const payload = fromJson<MailJobPayload>(job.payload);
      const token = /accept-invite\?token=([^\s]+)/.exec(payload.text)?.[1];
      expect(token).toBeTruthy();
      secrets.push(token!, decodeURIComponent(token!));
      await handler({ id: job.id, type: job.type, payload, workspaceId: job.workspace_id, attempts: 1, maxAttempts: 10, runAt: job.run_at, uniqueKey: null, createdAt: job.created_at }, { db: handle.db, logger, workerId: 'test' });
    }

    const logged = entries.filter((e) => e.msg === 'SMTP_URL is not set: mail logged (link secrets redacted), not sent');
    expect(logged).toHaveLength(2);
    for (const entry of logged) expect(entry.mail.text).toContain('/accept-invite?token=[redacted]');
    const log = JSON.stringify(entries);
    expect(entries.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});
