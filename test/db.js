import { inject } from 'vitest';
import pg from 'pg';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
export const DIALECTS = ['sqlite', 'postgres'];
/** A fresh, empty PostgreSQL database on the test server; returns its URL. */
export async function createPgDatabase() {
    const adminUrl = inject('pgUrl');
    const name = `kt_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
        await client.query(`CREATE DATABASE ${name}`);
    }
    finally {
        await client.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
}
/** An unmigrated connection: an in-memory SQLite, or a new PostgreSQL database. */
export async function emptyDatabase(dialect) {
    if (dialect === 'sqlite')
        return connect({ sqlitePath: ':memory:' });
    return connect({ databaseUrl: await createPgDatabase(), poolSize: 5 });
}
/** A migrated database, one per call. Tests isolate themselves by workspace, so a file can share one. */
export async function testDatabase(dialect) {
    const handle = await emptyDatabase(dialect);
    await migrateToLatest(handle.db);
    return handle;
}
//# sourceMappingURL=db.js.map