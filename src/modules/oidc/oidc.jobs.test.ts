import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { JobRegistry, type Job } from '../../platform/jobs/jobs.registry.js';
import { newId } from '../../platform/ids.js';
import { OIDC_LOGINS_CLEANUP_JOB, registerOidcJobs } from './oidc.jobs.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const job = (type: string): Job => ({ id: newId(), type, payload: null, workspaceId: null, attempts: 1, maxAttempts: 5, runAt: ago(0), uniqueKey: null, createdAt: ago(0) });

describe.each(DIALECTS)('OpenID sign-in clean-up on %s', (dialect) => {
  let handle: DatabaseHandle;
  const registry = new JobRegistry();
  registerOidcJobs(registry);

  beforeAll(async () => { handle = await testDatabase(dialect); });
  afterAll(() => handle.close());

  it('deletes started sign-ins expired over a day ago and keeps the rest', async () => {
    const ws = await factories(handle.db).workspace();
    const provider = newId();
    await handle.db.insertInto('oidc_providers').values({
      id: provider, workspace_id: ws.id, name: 'P', issuer: 'https://idp.example.test', client_id: 'c', client_secret: 's', allowed_domains: '[]',
      auto_create_users: 0, default_role: null, trusted_mfa: 0, enabled: 1, created_at: ago(5), updated_at: ago(5), version: 1,
    }).execute();
    const login = (expires: string) => ({
      id: newId(), workspace_id: ws.id, provider_id: provider, state_hash: newId(), browser_hash: 'b', nonce: 'n', code_verifier: 'v', created_at: ago(3), expires_at: expires, used_at: null,
    });
    const [old, recent] = [login(ago(2)), login(ago(0.5))];
    await handle.db.insertInto('oidc_logins').values([old, recent]).execute();
    await registry.handlerFor(OIDC_LOGINS_CLEANUP_JOB)!(job(OIDC_LOGINS_CLEANUP_JOB), { db: handle.db, logger: silentLogger(), workerId: 'test' });
    const left = await handle.db.selectFrom('oidc_logins').select('id').where('provider_id', '=', provider).execute();
    expect(left.map((l) => l.id)).toEqual([recent.id]);
  });
});
