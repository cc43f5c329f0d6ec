import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';

describe.each(DIALECTS)('GET /api/v1/workspace/export on %s', (dialect) => {
  it('streams the administrator\'s own workspace only, audited; a manager is refused, audited too', { timeout: 60_000 }, async () => {
    const s = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(s);
    const other = await clientTeam(s);
    await client.post('/api/v1/contacts', { firstName: 'Своя', lastName: 'Запись' });
    await other.client.post('/api/v1/contacts', { firstName: 'Чужая', lastName: 'Запись' });

    const res = await client.get('/api/v1/workspace/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kartoteka-workspace-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const lines = (res.body as string).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ format: 'kartoteka-workspace', dialect, workspaceId: workspace.id });
    expect(lines.at(-1)).toMatchObject({ end: true });
    const text = res.body as string;
    expect(text).toContain('Своя');
    expect(text).not.toContain('Чужая');
    expect(text).not.toContain(other.workspace.id);
    const workspaces = lines[lines.findIndex((l) => l.table === 'workspaces') + 1];
    expect(workspaces).toContain(workspace.id);
    expect(lines.at(-1).rows.workspaces).toBe(1);
    expect(await listAuditEntries(s.handle.db, workspace.id, { action: 'workspace.exported' })).toMatchObject([{ actor_id: admin.id }]);

    const manager = await member(s, workspace, 'manager');
    const refused = await manager.client.get('/api/v1/workspace/export');
    expect(refused.status).toBe(403);
    expect((refused.body as { error: { code: string } }).error.code).toBe('forbidden');
    expect(await listAuditEntries(s.handle.db, workspace.id, { action: 'workspace.export_refused' })).toMatchObject([{ actor_id: manager.user.id }]);
    expect((await client.get('/api/v1/workspace/export?tables=users')).status).toBe(400);
  });
});
