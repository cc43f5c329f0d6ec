/** Bulk inserts through the bare driver for the benchmark fills: several tables' rows in one transaction. */
import type { DatabaseHandle } from '../src/db/connect.js';

export interface BareRows {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
}

/** Inserts every part's rows in one transaction: prepared statements on SQLite, multi-row INSERTs (≤ 500 rows) on PostgreSQL. */
export async function bareInsert(handle: DatabaseHandle, parts: readonly BareRows[]): Promise<void> {
  if (handle.raw.sqlite) {
    const db = handle.raw.sqlite;
    const statements = parts.map((p) => db.prepare(`INSERT INTO ${p.table} (${p.columns.join(',')}) VALUES (${p.columns.map(() => '?').join(',')})`));
    db.transaction(() => parts.forEach((p, i) => p.rows.forEach((row) => statements[i]!.run(row))))();
    return;
  }
  const client = await handle.raw.pool!.connect();
  try {
    await client.query('BEGIN');
    for (const part of parts) {
      for (let at = 0; at < part.rows.length; at += 500) {
        const values: unknown[] = [];
        const tuples = part.rows.slice(at, at + 500).map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(',')})`);
        await client.query(`INSERT INTO ${part.table} (${part.columns.join(',')}) VALUES ${tuples.join(',')}`, values);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
