import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { now } from '../../platform/clock.js';
import type { Job } from '../../platform/jobs/jobs.registry.js';
import { PHONE_RECHECK_JOB } from '../../platform/phones/phones.jobs.js';
import { phoneRecheckHandler } from './client-phone-recheck.js';

async function setCountries(client: Awaited<ReturnType<typeof clientTeam>>['client'], countries: string[]) {
  const ws = (await client.get('/api/v1/workspace')).body.workspace;
  return client.patch('/api/v1/workspace', { settings: { clientCountries: countries }, version: ws.version });
}

async function runRecheck(server: TestServer, workspaceId: string) {
  const job: Job = { id: 'job', type: PHONE_RECHECK_JOB, payload: null, workspaceId, attempts: 1, maxAttempts: 5, runAt: now(), uniqueKey: null, createdAt: now() };
  await phoneRecheckHandler()(job, { db: server.handle.db, logger: silentLogger(), workerId: 'test' });
}

describe.each(DIALECTS)('phones of several client countries on %s', (dialect) => {
  it('reads a national number in the one client country it is valid in', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'RU');
    const refused = await client.post('/api/v1/contacts', { firstName: 'Петър', phones: [{ value: '0887 123 456' }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ 'phones.0.value': 'invalid_phone' });
    expect(refused.body.error.message).toMatch(/keep them as typed/);

    expect((await setCountries(client, ['RU', 'BG'])).body.workspace.settings.clientCountries).toEqual(['RU', 'BG']);
    const created = await client.post('/api/v1/contacts', { firstName: 'Петър', phones: [{ value: '0887 123 456' }, { value: '8 912 345-67-89' }] });
    expect(created.status).toBe(201);
    expect(created.body.contact.phones.map((p: { e164: string }) => p.e164)).toEqual(['+359887123456', '+79123456789']);
    const company = await client.post('/api/v1/companies', { name: 'Техно', phones: [{ value: '02 981 2345' }] });
    expect(company.status).toBe(201);
    expect(company.body.company.phones[0].e164).toBe('+35929812345');
  });

  it('names the candidates of a number valid in several countries and takes the chosen one', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    await setCountries(client, ['BG', 'FR']);
    const asked = await client.post('/api/v1/contacts', { firstName: 'Jean', phones: [{ value: '+7 912 345 67 89' }, { value: '0887 123 456' }] });
    expect(asked.status).toBe(400);
    expect(asked.body.error.fields).toEqual({ 'phones.1.value': 'ambiguous_phone' });
    expect(asked.body.error.message).toMatch(/keep them as typed/);
    expect(asked.body.error.phoneCandidates).toEqual({
      'phones.1.value': [
        { country: 'BG', e164: '+359887123456', display: '+359 88 712 3456' },
        { country: 'FR', e164: '+33887123456', display: '+33 887 12 34 56' },
      ],
    });

    const chosen = await client.post('/api/v1/contacts', { firstName: 'Jean', phones: [{ value: '0887 123 456', country: 'FR' }] });
    expect(chosen.status).toBe(201);
    expect(chosen.body.contact.phones[0]).toMatchObject({ e164: '+33887123456', value: '0887 123 456', flagged: false });
    const kept = await client.post('/api/v1/contacts', { firstName: 'Jean', phones: [{ value: '0887 123 456', keepAsTyped: true }] });
    expect(kept.body.contact.phones[0]).toMatchObject({ e164: null, flagged: true });
    const unknown = await client.post('/api/v1/contacts', { firstName: 'Jean', phones: [{ value: '0887 123 456', country: 'XX' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ 'phones.0.country': 'invalid_country' });
  });

  it('refuses an unknown or repeated client country with a field error', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'RU');
    const unknown = await setCountries(client, ['RU', 'XX']);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ 'settings.clientCountries.1': 'invalid_country' });
    expect((await setCountries(client, ['bg'])).body.error.fields).toEqual({ 'settings.clientCountries.0': 'invalid_country' });
    expect((await setCountries(client, ['BG', 'BG'])).body.error.fields).toEqual({ 'settings.clientCountries': 'duplicate' });
    expect((await client.get('/api/v1/workspace')).body.workspace.settings.clientCountries).toEqual([]);
  });

  it('rechecks the phones kept as typed in a background job when the countries change', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'RU');
    const contact = (await client.post('/api/v1/contacts', {
      firstName: 'Иван', phones: [{ value: '0887 123 456', keepAsTyped: true }, { value: 'звонить секретарю', keepAsTyped: true }],
    })).body.contact;
    const twice = (await client.post('/api/v1/contacts', { firstName: 'Мария', phones: [{ value: '+359 887 654 321' }, { value: '0887 654 321', keepAsTyped: true }] })).body.contact;
    const company = (await client.post('/api/v1/companies', { name: 'Техно', phones: [{ value: '02 981 2345', keepAsTyped: true }] })).body.company;
    expect(contact.phones.map((p: { flagged: boolean }) => p.flagged)).toEqual([true, true]);

    const queued = () => server.handle.db.selectFrom('jobs').select(['type', 'status']).where('workspace_id', '=', workspace.id).where('type', '=', PHONE_RECHECK_JOB).execute();
    await client.patch('/api/v1/workspace', { name: 'Renamed', version: (await client.get('/api/v1/workspace')).body.workspace.version });
    expect(await queued()).toEqual([]);
    expect((await setCountries(client, ['RU', 'BG'])).status).toBe(200);
    expect(await queued()).toEqual([{ type: PHONE_RECHECK_JOB, status: 'queued' }]);

    await runRecheck(server, workspace.id);
    const after = (await client.get(`/api/v1/contacts/${contact.id}`)).body.contact;
    expect(after.phones).toEqual([
      expect.objectContaining({ value: '0887 123 456', e164: '+359887123456', flagged: false }),
      expect.objectContaining({ value: 'звонить секретарю', e164: null, flagged: true }),
    ]);
    expect(after.version).toBe(contact.version + 1);
    // The same number read again is not kept twice.
    expect((await client.get(`/api/v1/contacts/${twice.id}`)).body.contact.phones.map((p: { e164: string }) => p.e164)).toEqual(['+359887654321']);
    expect((await client.get(`/api/v1/companies/${company.id}`)).body.company.phones[0]).toMatchObject({ e164: '+35929812345', flagged: false });
    // The derived rows follow: the number is found by its digits.
    const found = await client.get('/api/v1/contacts?q=359887123456');
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([contact.id]);

    // Nothing left to read: a second run changes nothing.
    await runRecheck(server, workspace.id);
    expect((await client.get(`/api/v1/contacts/${contact.id}`)).body.contact.version).toBe(after.version);
  });
});
