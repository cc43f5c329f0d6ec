import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { isPostgres } from '../../db/dialect.js';
import type { Executor } from '../../db/database.js';
import { customFieldCondition, customFieldSortExpression } from './custom-field-sql.js';
import { listActiveFields } from './custom-fields.service.js';

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

    const filtered = db.selectFrom('contacts').select('id').where('contacts.workspace_id', '=', workspaceId)
      .where((eb) => customFieldCondition(eb, 'contacts.custom', def, 'eq', 42, pg)).compile();
    expect(await plan(db, filtered)).toMatch(/contacts_cf_region_code_number/);
    const sorted = db.selectFrom('contacts').select('id').where('contacts.workspace_id', '=', workspaceId)
      .orderBy(customFieldSortExpression('contacts.custom', def, pg) as never).limit(20).compile();
    expect(await plan(db, sorted)).toMatch(/contacts_cf_region_code_number/);

    // And the list answers through it with the right rows.
    for (const [name, code] of [['Анна', 42], ['Борис', 7]] as const) await admin.post('/api/v1/contacts', { firstName: name, custom: { [def.key]: code } });
    const filter = encodeURIComponent(JSON.stringify([{ field: `custom.${def.key}`, op: 'eq', value: 42 }]));
    expect((await admin.get(`/api/v1/contacts?filter=${filter}`)).body.items.map((c: { displayName: string }) => c.displayName)).toEqual(['Анна']);
  });
});
