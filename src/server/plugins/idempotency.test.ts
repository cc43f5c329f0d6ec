import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { IDEMPOTENCY_CLEANUP_JOB, registerHousekeeping } from '../../platform/jobs/jobs.housekeeping.js';
import { newId } from '../../platform/ids.js';

const HOUR = 3_600_000;
const key = () => `key-${newId()}`;

async function signedIn(server: TestServer) {
  const user = await server.build.user();
  return { user, client: await server.as(user) };
}

async function contactsOf(server: TestServer, workspaceId: string, firstName: string): Promise<number> {
  const rows = await server.handle.db.selectFrom('contacts').select('id').where('workspace_id', '=', workspaceId).where('first_name', '=', firstName).execute();
  return rows.length;
}

describe.each(DIALECTS)('Idempotency-Key on POST on %s', (dialect) => {
  it('answers a repeat with the first answer and does the work once', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const k = key();
    const first = await client.post('/api/v1/contacts', { firstName: 'Once', tags: ['a'] }, { 'idempotency-key': k });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Same request, keys in another order: still the same request.
    const again = await client.post('/api/v1/contacts', { tags: ['a'], firstName: 'Once' }, { 'idempotency-key': k });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/application\/json/);
    expect(again.body).toEqual(first.body);
    expect(await contactsOf(server, user.workspace_id, 'Once')).toBe(1);

    // Without a key, or with a new one, the work is done again.
    expect((await client.post('/api/v1/contacts', { firstName: 'Once', tags: ['a'] })).status).toBe(201);
    expect((await client.post('/api/v1/contacts', { firstName: 'Once', tags: ['a'] }, { 'idempotency-key': key() })).status).toBe(201);
    expect(await contactsOf(server, user.workspace_id, 'Once')).toBe(3);
  });

  it('refuses the same key with another body or another route, with a clear code', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const k = key();
    expect((await client.post('/api/v1/contacts', { firstName: 'First' }, { 'idempotency-key': k })).status).toBe(201);
    const otherBody = await client.post('/api/v1/contacts', { firstName: 'Second' }, { 'idempotency-key': k });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error).toMatchObject({ code: 'idempotency_key_reused', fields: { 'Idempotency-Key': 'reused' } });
    const otherRoute = await client.post('/api/v1/companies', { name: 'First' }, { 'idempotency-key': k });
    expect(otherRoute.status).toBe(422);
    expect(await contactsOf(server, user.workspace_id, 'Second')).toBe(0);
    const companies = await server.handle.db.selectFrom('companies').select('id').where('workspace_id', '=', user.workspace_id).execute();
    expect(companies).toHaveLength(0);
  });

  it('keeps keys per principal, and per API token apart from the session', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const colleague = await server.build.user({ workspace: { id: user.workspace_id } as never });
    const other = await server.as(colleague);
    const k = key();
    const mine = await client.post('/api/v1/contacts', { firstName: 'Shared key' }, { 'idempotency-key': k });
    const theirs = await other.post('/api/v1/contacts', { firstName: 'Shared key' }, { 'idempotency-key': k });
    expect(theirs.status).toBe(201);
    expect(theirs.body.contact.id).not.toBe(mine.body.contact.id);

    const secret = (await client.post('/api/v1/tokens', { name: 'Script', scopes: ['contacts:write'] })).body.secret;
    const viaToken = await server.client().post('/api/v1/contacts', { firstName: 'Shared key' }, { 'idempotency-key': k, authorization: `Bearer ${secret}` });
    expect(viaToken.status).toBe(201);
    expect(viaToken.body.contact.id).not.toBe(mine.body.contact.id);
    const tokenAgain = await server.client().post('/api/v1/contacts', { firstName: 'Shared key' }, { 'idempotency-key': k, authorization: `Bearer ${secret}` });
    expect(tokenAgain.body).toEqual(viaToken.body);
    expect(await contactsOf(server, user.workspace_id, 'Shared key')).toBe(3);
  });

  it('does the work once for concurrent duplicates', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const k = key();
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.post('/api/v1/contacts', { firstName: 'Racing' }, { 'idempotency-key': k })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.contact.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await contactsOf(server, user.workspace_id, 'Racing')).toBe(1);
  });

  it('remembers refusals but not invalid requests, and refuses keys on answers that hold a secret', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const k = key();
    const invalid = await client.post('/api/v1/contacts', { firstName: 'Valid later', nonsense: 1 }, { 'idempotency-key': k });
    expect(invalid.status).toBe(400);
    expect((await client.post('/api/v1/contacts', { firstName: 'Valid later' }, { 'idempotency-key': k })).status).toBe(201);

    const badKey = await client.post('/api/v1/contacts', { firstName: 'Bad key' }, { 'idempotency-key': 'x'.repeat(256) });
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.fields).toEqual({ 'Idempotency-Key': 'invalid' });

    const tokenKey = await client.post('/api/v1/tokens', { name: 'Once', scopes: ['contacts:read'] }, { 'idempotency-key': key() });
    expect(tokenKey.status).toBe(400);
    expect(tokenKey.body.error.fields).toEqual({ 'Idempotency-Key': 'not_supported' });
    expect((await client.get('/api/v1/tokens')).body.items).toEqual([]);

    // A public route has no principal to keep keys for: the header is ignored.
    const signIn = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password }, { 'idempotency-key': key() });
    expect(signIn.status).toBe(200);
    const stored = await server.handle.db.selectFrom('idempotency_keys').select(['principal', 'status_code', 'response_body']).where('workspace_id', '=', user.workspace_id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ principal: `user:${user.id}`, status_code: 201 });
    expect(stored[0]!.response_body).toContain('Valid later');
  });

  it('forgets keys after 24 hours, takes over an abandoned claim, and the clean-up deletes expired keys', async () => {
    const server = await testServer(dialect);
    const { user, client } = await signedIn(server);
    const k = key();
    expect((await client.post('/api/v1/contacts', { firstName: 'Daily' }, { 'idempotency-key': k })).status).toBe(201);
    const db = server.handle.db;
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    await db.updateTable('idempotency_keys').set({ created_at: ago(25 * HOUR) }).where('key', '=', k).execute();
    const later = await client.post('/api/v1/contacts', { firstName: 'Daily' }, { 'idempotency-key': k });
    expect(later.status).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await contactsOf(server, user.workspace_id, 'Daily')).toBe(2);

    // A claim without an answer for minutes belongs to a process that died: the retry runs.
    const crashed = key();
    await db.insertInto('idempotency_keys').values({
      id: newId(), workspace_id: user.workspace_id, principal: `user:${user.id}`, key: crashed, fingerprint: 'whatever',
      status_code: null, response_type: null, response_body: null, created_at: ago(10 * 60_000), completed_at: null,
    }).execute();
    expect((await client.post('/api/v1/contacts', { firstName: 'After crash' }, { 'idempotency-key': crashed })).status).toBe(201);

    const expired = key();
    await db.insertInto('idempotency_keys').values({
      id: newId(), workspace_id: user.workspace_id, principal: `user:${user.id}`, key: expired, fingerprint: 'f',
      status_code: 201, response_type: 'application/json', response_body: '{}', created_at: ago(25 * HOUR), completed_at: ago(25 * HOUR),
    }).execute();
    const registry = new JobRegistry();
    registerHousekeeping(registry);
    const job = { id: newId(), type: IDEMPOTENCY_CLEANUP_JOB, payload: null, workspaceId: null, attempts: 1, maxAttempts: 5, runAt: ago(0), uniqueKey: null, createdAt: ago(0) };
    await registry.handlerFor(IDEMPOTENCY_CLEANUP_JOB)!(job, { db, logger: silentLogger(), workerId: 'test' });
    const left = await db.selectFrom('idempotency_keys').select('key').where('workspace_id', '=', user.workspace_id).execute();
    expect(left.map((r) => r.key).sort()).toEqual([k, crashed].sort());
  });
});
