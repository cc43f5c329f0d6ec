import { PostgresAdapter } from 'kysely';
import type { Executor } from './database.js';

/** Whether the executor talks to PostgreSQL (SQL that differs per dialect asks this). */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
