import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { filePath } from '../../platform/files/file-store.js';
import { JobRegistry, type Job } from '../../platform/jobs/jobs.registry.js';
import { ensureSubjectTypes, insertContact } from '../../../test/fixtures/timeline-subjects.js';
import { upload } from '../../../test/fixtures/attachments.js';
import { ATTACHMENTS_CLEANUP_JOB, registerAttachmentJobs } from './attachments.jobs.js';

ensureSubjectTypes();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-attachment-jobs-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const longAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.each(DIALECTS)('attachment clean-up on %s', (dialect) => {
  it('purges long-deleted attachments and their content unless still referenced, and stale temporaries', async () => {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    const workspace = await s.build.workspace();
    const user = await s.build.user({ workspace, role: 'admin' });
    const client = await s.as(user);
    const contactId = await insertContact(s.handle.db, workspace.id, user.id, 'Клиент');
    const put = async (bytes: Buffer) => (await upload(s, client, { subjectType: 'contact', subjectId: contactId, fileName: 'f.bin' }, bytes, 'application/octet-stream')).body.attachment.id as string;
    const [alone, shared] = [randomBytes(300), randomBytes(300)];
    const [oldAlone, oldShared, liveShared, recent] = [await put(alone), await put(shared), await put(shared), await put(randomBytes(300))];
    for (const id of [oldAlone, oldShared, recent]) expect((await client.delete(`/api/v1/attachments/${id}`)).status).toBe(204);
    await s.handle.db.updateTable('attachments').set({ deleted_at: longAgo(40).toISOString() }).where('id', 'in', [oldAlone, oldShared]).execute();
    const sha = (id: string) => s.handle.db.selectFrom('attachments').select('sha256').where('id', '=', id).executeTakeFirstOrThrow().then((r) => r.sha256);
    const [aloneSha, sharedSha, recentSha] = [await sha(oldAlone), await sha(oldShared), await sha(recent)];
    // Stored long ago, so the grace period for fresh uploads does not apply.
    for (const hash of [aloneSha, sharedSha, recentSha]) fs.utimesSync(filePath(dataDir, hash), longAgo(40), longAgo(40));
    const tmp = path.join(dataDir, 'files', 'tmp');
    fs.writeFileSync(path.join(tmp, 'crashed.part'), 'half');
    fs.utimesSync(path.join(tmp, 'crashed.part'), longAgo(2), longAgo(2));
    fs.writeFileSync(path.join(tmp, 'uploading.part'), 'half');

    const registry = new JobRegistry();
    registerAttachmentJobs(registry, { dataDir });
    expect(registry.allSchedules()).toEqual([expect.objectContaining({ type: ATTACHMENTS_CLEANUP_JOB, everyMs: 86_400_000 })]);
    await registry.handlerFor(ATTACHMENTS_CLEANUP_JOB)!({} as Job, { db: s.handle.db, logger: pino({ level: 'silent' }), workerId: 'test' });

    const left = await s.handle.db.selectFrom('attachments').select('id').where('workspace_id', '=', workspace.id).execute();
    expect(left.map((r) => r.id).sort()).toEqual([liveShared, recent].sort());
    expect(fs.existsSync(filePath(dataDir, aloneSha))).toBe(false);
    expect(fs.existsSync(filePath(dataDir, sharedSha))).toBe(true);
    expect(fs.existsSync(filePath(dataDir, recentSha))).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual(['uploading.part']);
    fs.rmSync(path.join(tmp, 'uploading.part'));
  });
});
