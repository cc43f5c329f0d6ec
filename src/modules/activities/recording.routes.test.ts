import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { upload } from '../../../test/fixtures/attachments.js';

const MAX = 64 * 1024;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-recordings-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.each(DIALECTS)('call recordings on %s', (dialect) => {
  it('keeps a recording attached to the call within the attachments\' limit, and refuses one beyond it or of another record', async () => {
    const server = await testServer(dialect, { DATA_DIR: dataDir, ATTACHMENT_MAX_BYTES: String(MAX) });
    const { client } = await clientTeam(server, 'BG');
    const person = (await client.post('/api/v1/contacts', { firstName: 'Вера', lastName: 'Петрова' })).body.contact;
    const call = (await client.post('/api/v1/activities', { kind: 'call', title: 'Разговор', contactId: person.id, durationSeconds: 60 })).body.activity;
    const where = { subjectType: 'activity', subjectId: call.id, fileName: 'разговор.mp3' };
    const big = await upload(server, client, where, randomBytes(MAX + 1), 'audio/mpeg');
    expect(big.status).toBe(413);
    expect(big.body.error.fields).toEqual({ file: 'too_large' });
    const ok = await upload(server, client, where, randomBytes(1000), 'audio/mpeg');
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const other = await upload(server, client, { subjectType: 'contact', subjectId: person.id, fileName: 'x.mp3' }, randomBytes(1000), 'audio/mpeg');
    const wrong = await client.patch(`/api/v1/activities/${call.id}`, { recordingId: other.body.attachment.id, version: 1 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ recordingId: 'not_found' });
    const saved = await client.patch(`/api/v1/activities/${call.id}`, { recordingId: ok.body.attachment.id, version: 1 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.activity.recordingId).toBe(ok.body.attachment.id);
  });
});
