import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { isPostgres } from '../../db/dialect.js';
import type { Executor } from '../../db/database.js';
import { customFieldCondition, customFieldSortExpression } from './custom-field-sql.js';
import { ensureFilterableIndexes, listActiveFields } from './custom-fields.service.js';

async function indexNames(db: Executor): Promise<string[]> {
  const rows = isPostgres(db)
    ? await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'contacts'`.execute(db)
    : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts'`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** A filterable custom field gets an expression index that its list filter and sort actually use. */
describe.each(DIALECTS)('filterable custom fields on %s', (dialect) => {
  async function plan(db: Executor, compiled: CompiledQuery): Promise<string> {
    const pg = isPostgres(db);
    return db.transaction().execute(async (trx) => {
      // A test table is tiny: PostgreSQL would rightly read it whole, so make the index the only way.
      if (pg) await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      const rows = await trx.executeQuery(CompiledQuery.raw(`${pg ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${compiled.sql}`, [...compiled.parameters]));
      return rows.rows.map((r) => Object.values(r as Record<string, unknown>).join(' ')).join('\n');
    });
  }

  it('indexes the value when the flag is set, and the filter and the sort walk that index', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const plain = await admin.post('/api/v1/custom-fields', { entity: 'contact', label: 'Region code', type: 'number' });
    expect(plain.body.field.filterable).toBe(false);
    const made = await admin.patch(`/api/v1/custom-fields/${plain.body.field.id}`, { filterable: true, version: plain.body.field.version });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.field.filterable).toBe(true);
    const workspaceId = (await admin.get('/api/v1/me')).body.user.workspace.id;
    const def = (await listActiveFields(db, workspaceId, 'contact')).find((d) => d.key === made.body.field.key)!;
    const pg = isPostgres(db);

    // A list page filtered on the value and sorted by name walks the index: no sort of the matches.
    const filtered = db.selectFrom('contacts').select('id').where('contacts.workspace_id', '=', workspaceId).where('contacts.deleted_at', 'is', null)
      .where((eb) => customFieldCondition(eb, 'contacts.custom', def, 'eq', 42, pg)).orderBy('contacts.sort_name').orderBy('contacts.id').limit(51).compile();
    const filteredPlan = await plan(db, filtered);
    expect(filteredPlan).toMatch(/contacts_cfv_region_code_number/);
    expect(filteredPlan).not.toMatch(/TEMP B-TREE|Sort/);
    const sorted = db.selectFrom('contacts').select('id').where('contacts.workspace_id', '=', workspaceId).where('contacts.deleted_at', 'is', null)
      .orderBy(customFieldSortExpression('contacts.custom', def, pg) as never).limit(20).compile();
    expect(await plan(db, sorted)).toMatch(/contacts_cfv_region_code_number/);

    // And the list answers through it with the right rows.
    for (const [name, code] of [['Анна', 42], ['Борис', 7]] as const) await admin.post('/api/v1/contacts', { firstName: name, custom: { [def.key]: code } });
    const filter = encodeURIComponent(JSON.stringify([{ field: `custom.${def.key}`, op: 'eq', value: 42 }]));
    expect((await admin.get(`/api/v1/contacts?filter=${filter}`)).body.items.map((c: { displayName: string }) => c.displayName)).toEqual(['Анна']);
  });

  it('at start, replaces an index of the first shape with the sorted one', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const made = await admin.post('/api/v1/custom-fields', { entity: 'contact', label: 'Branch', type: 'text', filterable: true });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const key = made.body.field.key as string;
    // An install whose field was made filterable before the sorted shape existed.
    await sql`DROP INDEX ${sql.id(`contacts_cfv_${key}_text`)}`.execute(db);
    await sql`CREATE INDEX ${sql.id(`contacts_cf_${key}_text`)} ON contacts (workspace_id, sort_name)`.execute(db);
    await ensureFilterableIndexes(db);
    expect(await indexNames(db)).toContain(`contacts_cfv_${key}_text`);
    expect(await indexNames(db)).not.toContain(`contacts_cf_${key}_text`);
  });
});
