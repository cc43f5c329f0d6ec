import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { audit } from '../../platform/history/record-change.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { actorForUser } from '../users/users.service.js';
import { csvCell } from './audit.csv.js';
import { exportAudit, listAudit } from './audit.service.js';

type Who = { workspace_id: string; id: string | null };

/** Appends an entry as if `who` did it at `at`. */
async function entry(server: TestServer, who: Who, action: string, at: string, details: { entityType?: string; entityId?: string; changes?: unknown; userAgent?: string } = {}) {
  freezeClock(new Date(at));
  try {
    await audit(server.handle.db, { workspaceId: who.workspace_id, actorId: who.id, ip: '203.0.113.7', userAgent: details.userAgent ?? 'vitest' }, action, details);
  } finally {
    freezeClock(null);
  }
}

describe.each(DIALECTS)('audit log API on %s', (dialect) => {
  afterEach(() => freezeClock(null));

  async function adminWithEntries() {
    const server = await testServer(dialect);
    const admin = await server.build.user({ name: 'Мария Админ' });
    const workspace = { id: admin.workspace_id } as never;
    const other = await server.build.user({ workspace, role: 'manager', name: 'Ivan' });
    const client = await server.as(admin);
    await entry(server, admin, 'contact.created', '2026-01-01T10:00:00.000Z', { entityType: 'contact', entityId: 'c1' });
    await entry(server, other, 'contact.updated', '2026-01-02T10:00:00.000Z', { entityType: 'contact', entityId: 'c1', changes: { name: ['A', 'B'] } });
    await entry(server, other, 'deal.created', '2026-01-03T10:00:00.000Z', { entityType: 'deal', entityId: 'd1' });
    await entry(server, { workspace_id: admin.workspace_id, id: null }, 'contact.purged', '2026-01-04T10:00:00.000Z', { entityType: 'contact', entityId: 'c2' });
    // Another workspace's entries never show.
    const foreign = await server.build.user();
    await entry(server, foreign, 'contact.created', '2026-01-02T12:00:00.000Z', { entityType: 'contact', entityId: 'c1' });
    return { server, admin, other, client };
  }

  const actions = (res: { body: { items: Array<{ action: string }> } }) => res.body.items.map((i) => i.action);

  it('lists entries newest first with actor names and filters by user, entity, action and time', async () => {
    const { other, client } = await adminWithEntries();
    const all = await client.get('/api/v1/audit?entityType=contact');
    expect(all.status).toBe(200);
    expect(actions(all)).toEqual(['contact.purged', 'contact.updated', 'contact.created']);
    expect(all.body.items[1]).toMatchObject({
      actor: { id: other.id, name: 'Ivan' }, entityType: 'contact', entityId: 'c1', changes: { name: ['A', 'B'] },
      ip: '203.0.113.7', userAgent: 'vitest', at: '2026-01-02T10:00:00.000Z',
    });
    expect(all.body.items[0].actor).toBeNull();
    expect(all.body.nextCursor).toBeNull();

    expect(actions(await client.get(`/api/v1/audit?userId=${other.id}`))).toEqual(['deal.created', 'contact.updated']);
    expect(actions(await client.get('/api/v1/audit?entityType=contact&entityId=c1'))).toEqual(['contact.updated', 'contact.created']);
    expect(actions(await client.get('/api/v1/audit?action=contact.created'))).toEqual(['contact.created']);
    expect(actions(await client.get('/api/v1/audit?action=contact.'))).toEqual(['contact.purged', 'contact.updated', 'contact.created']);
    expect(actions(await client.get('/api/v1/audit?action=contact.up*'))).toEqual(['contact.updated']);
    // Sign-in is audited too, and `auth.` finds it; `_` in a prefix is literal, not a wildcard.
    expect(actions(await client.get('/api/v1/audit?action=auth.'))).toContain('auth.signed_in');
    expect(actions(await client.get('/api/v1/audit?action=auth.signed_*'))).toEqual(['auth.signed_in']);
    expect(actions(await client.get('/api/v1/audit?action=auth.signe_*'))).toEqual([]);
    expect(actions(await client.get('/api/v1/audit?action=auth%25*'))).toEqual([]);
    expect(actions(await client.get('/api/v1/audit?action=auth.signed'))).toEqual([]);

    expect(actions(await client.get('/api/v1/audit?from=2026-01-02&to=2026-01-03'))).toEqual(['deal.created', 'contact.updated']);
    expect(actions(await client.get('/api/v1/audit?from=2026-01-02T10:00:00Z&to=2026-01-03T10:00:00Z'))).toEqual(['contact.updated']);
    expect(actions(await client.get('/api/v1/audit?from=2026-01-02T14:00:00%2B03:00&to=2026-01-04'))).toEqual(['contact.purged', 'deal.created']);
  });

  it('pages by an opaque cursor without gaps or repeats, even while entries are appended', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const client = await server.as(admin);
    // Seven entries in one millisecond: the id breaks the tie.
    for (let i = 0; i < 7; i++) await entry(server, admin, `page.e${i}`, '2026-02-01T00:00:00.000Z', { entityType: 'page' });
    for (let i = 7; i < 10; i++) await entry(server, admin, `page.e${i}`, `2026-02-0${i - 5}T00:00:00.000Z`, { entityType: 'page' });
    const everything = (await client.get('/api/v1/audit?entityType=page&limit=200')).body.items.map((i: { id: string }) => i.id);
    expect(everything).toHaveLength(10);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(`/api/v1/audit?entityType=page&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
      expect(cursor ?? '').toMatch(/^[A-Za-z0-9_-]*$/);
      // A newer entry arriving between pages must not shift the rest.
      if (pages++ === 0) await entry(server, admin, 'page.late', '2026-03-01T00:00:00.000Z', { entityType: 'page' });
    } while (cursor);
    expect(seen).toEqual(everything);
    expect(pages).toBe(4);
  });

  it('answers 400 with fields for malformed filters', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const fields = async (query: string) => {
      const res = await client.get(`/api/v1/audit?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      return res.body.error.fields;
    };
    expect(await fields('from=yesterday')).toEqual({ from: 'invalid_date' });
    expect(await fields('to=2026-02-30')).toEqual({ to: 'invalid_date' });
    expect(await fields('from=2026-01-01T10:00')).toEqual({ from: 'invalid_date' });
    expect(await fields('limit=500')).toEqual({ limit: 'too_large' });
    expect(await fields('limit=0')).toEqual({ limit: 'too_small' });
    expect(await fields('limit=ten')).toMatchObject({ limit: expect.any(String) });
    expect(await fields('colour=red')).toEqual({ colour: 'unknown_field' });
    expect(await fields('userId=42')).toEqual({ userId: 'invalid_id' });
    expect(await fields('cursor=not-a-cursor')).toEqual({ cursor: 'invalid' });
    expect(await fields(`cursor=${Buffer.from('["x","y"]').toString('base64url')}`)).toEqual({ cursor: 'invalid' });
    expect(await fields('from=2026-01-03&to=2026-01-02')).toEqual({ to: 'before_from' });
    expect((await client.get('/api/v1/audit/export?limit=5')).body.error.fields).toEqual({ limit: 'unknown_field' });
  });

  it('refuses a manager without audit rights (403) on the list and the export', async () => {
    const server = await testServer(dialect);
    const manager = await server.build.user({ role: 'manager' });
    const client = await server.as(manager);
    for (const url of ['/api/v1/audit', '/api/v1/audit/export']) {
      const res = await client.get(url);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await listAuditEntries(server.handle.db, manager.workspace_id, { action: 'audit.exported' })).toEqual([]);
  });

  it('exports CSV with a BOM, RFC 4180 quoting and Cyrillic, and audits the export with its row count', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ name: 'Иванов, "Ваня"' });
    const client = await server.as(admin);
    await entry(server, admin, 'contact.updated', '2026-04-01T08:00:00.000Z', {
      entityType: 'contact', entityId: 'c9', changes: { note: ['строка 1\nстрока 2', 'Ёлка'] }, userAgent: '=HYPERLINK("x")',
    });
    await entry(server, admin, 'contact.created', '2026-04-01T07:00:00.000Z', { entityType: 'contact', entityId: 'c9' });

    const res = await client.get('/api/v1/audit/export?entityType=contact');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['x-export-rows']).toBe('2');
    const text = res.body as string;
    expect(text.startsWith('\uFEFFtime,user,action,entity type,entity id,changes,IP,user agent\r\n')).toBe(true);
    const changes = JSON.stringify({ note: ['строка 1\nстрока 2', 'Ёлка'] });
    expect(text).toContain(
      `2026-04-01T08:00:00.000Z,"Иванов, ""Ваня""",contact.updated,contact,c9,"${changes.replaceAll('"', '""')}",203.0.113.7,"'=HYPERLINK(""x"")"\r\n`,
    );
    expect(text.endsWith('2026-04-01T07:00:00.000Z,"Иванов, ""Ваня""",contact.created,contact,c9,,203.0.113.7,vitest\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);

    const exported = await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'audit.exported' });
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ actor_id: admin.id, changes: { rows: 2, truncated: false, filter: { entityType: 'contact' } } });
    // The export's own entry is not part of the file it describes.
    const again = await client.get('/api/v1/audit/export?action=audit.');
    expect(again.headers['x-export-rows']).toBe('1');
  });

  it('cuts an export at its cap, says so, and streams it page by page', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    for (let i = 0; i < 5; i++) await entry(server, admin, `cap.e${i}`, `2026-05-0${i + 1}T00:00:00.000Z`, { entityType: 'cap' });
    const actor = await actorForUser(server.handle.db, admin, { ip: null, userAgent: null, requestId: null });
    const result = await exportAudit(server.handle.db, actor, { entityType: 'cap' }, { cap: 4, pageSize: 3 });
    expect(result).toMatchObject({ rows: 4, truncated: true });
    const chunks: string[] = [];
    for await (const chunk of result.chunks) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('').split('\r\n').slice(1, -1).map((line) => line.split(',')[2])).toEqual(['cap.e4', 'cap.e3', 'cap.e2', 'cap.e1']);
    const exported = await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'audit.exported' });
    expect(exported[0]?.changes).toMatchObject({ rows: 4, truncated: true });
  });

  it('narrows a custom role with audit scope own or department to those people’s entries', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const other = await server.build.user({ workspace: { id: admin.workspace_id } as never });
    await entry(server, admin, 'scope.mine', '2026-06-01T00:00:00.000Z', { entityType: 'scope' });
    await entry(server, other, 'scope.theirs', '2026-06-02T00:00:00.000Z', { entityType: 'scope' });
    const outsider = await server.build.user({ workspace: { id: admin.workspace_id } as never });
    await entry(server, outsider, 'scope.outsider', '2026-06-03T00:00:00.000Z', { entityType: 'scope' });
    const department = newId();
    const at = new Date().toISOString();
    await server.handle.db.insertInto('departments').values({ id: department, workspace_id: admin.workspace_id, name: 'Sales', parent_id: null, head_user_id: null, created_at: at, updated_at: at, deleted_at: null, version: 1 }).execute();
    await server.handle.db.updateTable('users').set({ department_id: department }).where('id', 'in', [admin.id, other.id]).execute();
    const base = await actorForUser(server.handle.db, { ...admin, department_id: department }, { ip: null, userAgent: null, requestId: null });
    const seen = async (scope: 'own' | 'department' | 'all', departmentIds = base.departmentIds) => {
      const actor = { ...base, departmentIds, permissions: { ...base.permissions, audit: { ...base.permissions.audit, view: scope } } };
      return (await listAudit(server.handle.db, actor, { entityType: 'scope', limit: 50 })).rows.map((r) => r.action);
    };
    expect(base.departmentIds).toEqual([department]);
    expect(await seen('all')).toEqual(['scope.outsider', 'scope.theirs', 'scope.mine']);
    expect(await seen('department')).toEqual(['scope.theirs', 'scope.mine']);
    expect(await seen('own')).toEqual(['scope.mine']);
    // Without a department, `department` reaches no further than `own`.
    expect(await seen('department', [])).toEqual(['scope.mine']);
  });

  it('counts an audit export towards the exfiltration alarm', async () => {
    const { server, admin, client } = await adminWithEntries();
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    expect((await client.patch('/api/v1/workspace', { settings: { alarm: { exportsPerHour: 2 } }, version: ws.version })).status).toBe(200);
    expect((await client.get('/api/v1/audit/export?entityType=contact')).status).toBe(200);
    const notes = (await client.get('/api/v1/notifications')).body;
    expect(notes.unread).toBe(1);
    expect(notes.items[0]).toMatchObject({ type: 'security.alarm', data: { userId: admin.id, kind: 'export', limit: 2 } });
    expect(notes.items[0].data.count).toBeGreaterThan(2);
    const logged = await server.handle.db.selectFrom('access_log').select(['kind', 'entity_type']).where('user_id', '=', admin.id).execute();
    expect(logged).toEqual([{ kind: 'export', entity_type: 'audit_log' }]);
  });

  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(5)).toBe('5');
  });
});
