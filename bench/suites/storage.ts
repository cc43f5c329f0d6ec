/**
 * Where the bytes of a contact base go: the database filled with `--size` contacts as the app
 * writes them (row, contact points, tags, search document), then the size of every table and its
 * indexes divided by the number of contacts. SQLite from `dbstat` (FTS5's shadow tables counted as
 * the search index), PostgreSQL from `pg_relation_size` (heap with TOAST, and each index).
 */
import { fillContacts } from '../contact-rows.js';
import type { SuiteContext } from './context.js';

interface Part { table: string; what: string; bytes: number }

async function sqliteParts(sqlite: NonNullable<import('../../src/db/connect.js').DatabaseHandle['raw']['sqlite']>): Promise<Part[]> {
  sqlite.exec('VACUUM');
  const owners = new Map((sqlite.prepare("SELECT name, tbl_name, type FROM sqlite_master").all() as { name: string; tbl_name: string; type: string }[])
    .map((r) => [r.name, r]));
  const rows = sqlite.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
  return rows.map(({ name, bytes }) => {
    if (name.startsWith('search_fts')) return { table: 'search_documents', what: 'FTS5 trigram index', bytes };
    const owner = owners.get(name);
    if (!owner || owner.type === 'table') return { table: name, what: 'rows', bytes };
    return { table: owner.tbl_name, what: `index ${name}`, bytes };
  });
}

async function pgParts(pool: NonNullable<import('../../src/db/connect.js').DatabaseHandle['raw']['pool']>): Promise<Part[]> {
  await pool.query('VACUUM ANALYZE');
  const tables = await pool.query(`SELECT c.relname AS table, pg_table_size(c.oid) AS bytes FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'`);
  const indexes = await pool.query(`SELECT t.relname AS table, i.relname AS index, pg_relation_size(i.oid) AS bytes FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()`);
  return [
    ...tables.rows.map((r: { table: string; bytes: string }) => ({ table: r.table, what: 'rows (with TOAST)', bytes: Number(r.bytes) })),
    ...indexes.rows.map((r: { table: string; index: string; bytes: string }) => ({ table: r.table, what: `index ${r.index}`, bytes: Number(r.bytes) })),
  ];
}

/** A Markdown table of bytes per contact by table and by index, largest first (tables under half a percent, and parts under 1 byte per contact, left out). */
export async function benchStorage(ctx: SuiteContext): Promise<string> {
  const handle = await ctx.dbs.open(ctx.dialect, 'storage');
  ctx.log(`fill ${ctx.size.toLocaleString('en-US')} contacts to measure their storage`);
  await fillContacts(handle, ctx.generator, ctx.size, ctx.log);
  const parts = handle.raw.sqlite ? await sqliteParts(handle.raw.sqlite) : await pgParts(handle.raw.pool!);
  const total = parts.reduce((sum, p) => sum + p.bytes, 0);
  const byTable = new Map<string, number>();
  for (const p of parts) byTable.set(p.table, (byTable.get(p.table) ?? 0) + p.bytes);
  const per = (bytes: number) => (bytes / ctx.size).toFixed(0);
  const lines = [
    `Storage on ${ctx.dialect} at ${ctx.size.toLocaleString('en-US')} contacts: ${(total / 1024 ** 2).toFixed(1)} MB in all, ${per(total)} bytes per contact.`,
    '',
    '| table | part | bytes per contact | share |',
    '| --- | --- | --- | --- |',
  ];
  const tables = [...byTable.entries()].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes / ctx.size >= 1 && bytes / total >= 0.005);
  for (const [table, bytes] of tables) {
    lines.push(`| **${table}** | all | **${per(bytes)}** | ${((bytes / total) * 100).toFixed(0)}% |`);
    for (const p of parts.filter((q) => q.table === table && q.bytes / ctx.size >= 1).sort((a, b) => b.bytes - a.bytes)) {
      lines.push(`| | ${p.what} | ${per(p.bytes)} | |`);
    }
  }
  return lines.join('\n');
}
