import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { DIALECTS, testDatabase } from './db.js';
import { factories } from './factories.js';
import { ANALYZED_EMPTY, DB_OPTIMIZE_JOB, optimizeDatabase, registerDatabaseJobs } from '../src/db/optimize.js';
import { JobRegistry, type Job } from '../src/platform/jobs/jobs.registry.js';

describe.each(DIALECTS)('planner statistics on %s', (dialect) => {
  it('are gathered at start and refreshed hourly for tables that grew, so plans match an analyzed database', { timeout: 60_000 }, async () => {
    const handle = await testDatabase(dialect);
    try {
      const db = handle.db;
      const user = await factories(db).user();
      const at = new Date().toISOString();
      const rows = Array.from({ length: 1500 }, (_, i) => ({
        id: `019ab0c1-0000-7000-8000-${i.toString(16).padStart(12, '0')}`, workspace_id: user.workspace_id, owner_id: user.id, phones: '[]', emails: '[]',
        messengers: '[]', addresses: '[]', tags: '[]', custom: '{}', sort_name: `n${i}`, name_key: `n${i}`, display_name: `N ${i}`, last_name: `L${i % 97}`,
        status: 'lead' as const, version: 1, created_at: at, updated_at: at,
      }));
      for (let i = 0; i < rows.length; i += 500) await db.insertInto('contacts').values(rows.slice(i, i + 500)).execute();
      const sqliteStats = async () => (await sql`SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'`.execute(db)).rows.length > 0
        ? (await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'contacts'`.execute(db)).rows[0]!.n
        : 0;
      const statsOfContacts = async () => dialect === 'sqlite'
        ? sqliteStats()
        : (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'contacts' AND attname = 'last_name'`.execute(db)).rows[0]!.n;
      expect(await statsOfContacts()).toBe(0);

      const analyzed = await optimizeDatabase(db, { atStart: true });
      expect(await statsOfContacts()).toBeGreaterThan(0);
      if (dialect === 'postgres') expect(analyzed).toContain('contacts');

      const registry = new JobRegistry();
      registerDatabaseJobs(registry);
      expect(registry.allSchedules()).toEqual([expect.objectContaining({ type: DB_OPTIMIZE_JOB, everyMs: 3_600_000 })]);
      // Nothing changed since: the hourly run has nothing to analyze and does no harm.
      await registry.handlerFor(DB_OPTIMIZE_JOB)!({} as Job, { db, logger: pino({ level: 'silent' }), workerId: 'test' });
      if (dialect === 'postgres') expect(await optimizeDatabase(db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it.runIf(dialect === 'sqlite')('never leaves "0 rows" statistics that make a look-up by id walk a whole index', { timeout: 60_000 }, async () => {
    const handle = await testDatabase(dialect);
    try {
      const db = handle.db;
      const user = await factories(db).user();
      // A new install: its first start analyzes the tables while they are still empty.
      await optimizeDatabase(db, { atStart: true });
      const zeroStats = async () => (await sql.raw(ANALYZED_EMPTY).execute(db)).rows.length;
      expect(await zeroStats()).toBe(0);
      const at = new Date().toISOString();
      const rows = Array.from({ length: 600 }, (_, i) => ({
        id: `019ab0c1-0000-7000-8000-${i.toString(16).padStart(12, '0')}`, workspace_id: user.workspace_id, owner_id: user.id, phones: '[]', emails: '[]',
        messengers: '[]', addresses: '[]', tags: '[]', custom: '{}', sort_name: `n${i}`, name_key: `n${i}`, display_name: `N ${i}`,
        status: 'lead' as const, version: 1, created_at: at, updated_at: at,
      }));
      for (let i = 0; i < rows.length; i += 300) await db.insertInto('contacts').values(rows.slice(i, i + 300)).execute();
      const plan = async () => (await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT * FROM contacts WHERE workspace_id = ${user.workspace_id} AND id = ${rows[7]!.id} AND deleted_at IS NULL`.execute(db)).rows.map((r) => r.detail).join('\n');
      // Before the next hourly run the planner has no statistics for contacts and takes the key.
      expect(await plan()).toMatch(/sqlite_autoindex_contacts_1 \(id=\?\)/);
      // Statistics written while it was empty (an ANALYZE by hand, an older version) are redone once it has rows.
      await sql`DELETE FROM contacts`.execute(db);
      await sql`ANALYZE contacts`.execute(db);
      for (let i = 0; i < rows.length; i += 300) await db.insertInto('contacts').values(rows.slice(i, i + 300)).execute();
      await optimizeDatabase(db);
      expect(await zeroStats()).toBe(0);
      expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'contacts'`.execute(db)).rows[0]!.n)).toBeGreaterThan(0);
      expect(await plan()).toMatch(/sqlite_autoindex_contacts_1 \(id=\?\)/);
    } finally {
      await handle.close();
    }
  });
});
