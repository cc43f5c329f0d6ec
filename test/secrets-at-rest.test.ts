import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, TEST_SECRET_KEY } from './server.js';
import { configureSecretKey, openSecret, sealSecret, secretKey } from '../src/platform/secrets/secret-box.js';
import { sealStoredClientSecrets } from '../src/modules/oidc/oidc-providers.service.js';
import { sealStoredTotpSecrets } from '../src/modules/auth/two-factor.service.js';

const CLIENT_SECRET = 'very-secret-client-value-123';

describe('the secret key', () => {
  it('is generated once in the data directory with mode 0600 on SQLite, required on PostgreSQL, and a wrong key is a clear error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-secret-key-'));
    configureSecretKey({ secretKey: null, dataDir: dir, sharedDatabase: false });
    const sealed = sealSecret('hello');
    const file = path.join(dir, 'secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    configureSecretKey({ secretKey: null, dataDir: dir, sharedDatabase: false });
    expect(openSecret(sealed)).toBe('hello');
    // PostgreSQL with the key file there reads it; without it, the variable is required.
    configureSecretKey({ secretKey: null, dataDir: dir, sharedDatabase: true });
    expect(openSecret(sealed)).toBe('hello');
    configureSecretKey({ secretKey: null, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-secret-none-')), sharedDatabase: true });
    expect(() => secretKey()).toThrow(/KARTOTEKA_SECRET_KEY is required/);
    configureSecretKey({ secretKey: 'too-short', dataDir: dir, sharedDatabase: false });
    expect(() => secretKey()).toThrow(/32 bytes/);
    // Another key never yields garbage: the answer is a named error.
    configureSecretKey({ secretKey: Buffer.alloc(32, 9).toString('base64'), dataDir: dir, sharedDatabase: false });
    expect(() => openSecret(sealed)).toThrow(expect.objectContaining({ code: 'secret_key_mismatch' }));
    configureSecretKey({ secretKey: TEST_SECRET_KEY, dataDir: dir, sharedDatabase: false });
  });
});

describe.each(DIALECTS)('secrets at rest on %s', (dialect) => {
  it('stores OIDC client secrets and TOTP secrets sealed, and seals plain ones at start once', async () => {
    const server = await testServer(dialect, { OIDC_ALLOW_HTTP: '1' });
    const admin = await server.build.user();
    const client = await server.as(admin);
    const created = await client.post('/api/v1/oidc-providers', { name: 'Lab', issuer: 'http://idp.example.test', clientId: 'kartoteka', clientSecret: CLIENT_SECRET });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(CLIENT_SECRET);
    const row = await server.handle.db.selectFrom('oidc_providers').select('client_secret').where('id', '=', created.body.provider.id).executeTakeFirstOrThrow();
    expect(row.client_secret).not.toContain(CLIENT_SECRET);
    expect(row.client_secret.startsWith('v1:')).toBe(true);
    expect(openSecret(row.client_secret)).toBe(CLIENT_SECRET);

    const setup = await client.post('/api/v1/me/two-factor/setup', {});
    expect(setup.status).toBe(200);
    const user = await server.handle.db.selectFrom('users').select('totp_secret').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(user.totp_secret).not.toContain(setup.body.secret);
    expect(openSecret(user.totp_secret!)).toBe(setup.body.secret);

    // A value stored plain before encryption is sealed at start, once.
    await server.handle.db.updateTable('oidc_providers').set({ client_secret: 'plain-old-secret' }).where('id', '=', created.body.provider.id).execute();
    await server.handle.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP' }).where('id', '=', admin.id).execute();
    expect(await sealStoredClientSecrets(server.handle.db)).toBeGreaterThanOrEqual(1);
    expect(await sealStoredTotpSecrets(server.handle.db)).toBeGreaterThanOrEqual(1);
    expect(await sealStoredClientSecrets(server.handle.db)).toBe(0);
    expect(await sealStoredTotpSecrets(server.handle.db)).toBe(0);
    const after = await server.handle.db.selectFrom('oidc_providers').select('client_secret').where('id', '=', created.body.provider.id).executeTakeFirstOrThrow();
    expect(after.client_secret).not.toContain('plain-old-secret');
    expect(openSecret(after.client_secret)).toBe('plain-old-secret');
    const totp = await server.handle.db.selectFrom('users').select('totp_secret').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(openSecret(totp.totp_secret!)).toBe('JBSWY3DPEHPK3PXP');
  });
});
