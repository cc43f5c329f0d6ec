import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { JobRegistry } from '../platform/jobs/jobs.registry.js';
import type { Database } from './database.js';

export const DB_OPTIMIZE_JOB = 'db.optimize';

// SQLite reads at most this many rows per index when it analyzes: statistics good enough for the
// planner, in milliseconds even at a million rows.
const ANALYSIS_LIMIT = 1000;

/**
 * Refreshes the planner's statistics where they went stale, so an install that grew through the
 * app (imports, months of typing) gets the plans the benchmark gets on its analyzed database.
 * SQLite: `PRAGMA optimize` (with `0x10002` at start: also tables never analyzed), bounded by
 * `analysis_limit`. PostgreSQL: `ANALYZE` of each table changed by more than a tenth (or never
 * analyzed), the rule autovacuum follows, run now rather than when autovacuum comes round. At start
 * every never-analyzed table is analyzed whatever its counters say: they reach pg_stat a moment
 * after the writes (a restored dump, a bulk load just before), and an unanalyzed table plans blind.
 * Answers the tables it analyzed on PostgreSQL (SQLite does not say).
 */
export async function optimizeDatabase(db: Kysely<Database>, options: { atStart?: boolean } = {}): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`PRAGMA analysis_limit = ${sql.raw(String(ANALYSIS_LIMIT))}`.execute(db);
    await sql.raw(options.atStart ? 'PRAGMA optimize = 0x10002' : 'PRAGMA optimize').execute(db);
    await forgetEmptyStatistics(db);
    return [];
  }
  const stale = await sql<{ relname: string }>`
    SELECT relname FROM pg_stat_user_tables
    WHERE schemaname = current_schema()
      AND (n_mod_since_analyze > greatest(1000, n_live_tup / 10)
        OR (last_analyze IS NULL AND last_autoanalyze IS NULL AND (n_live_tup + n_mod_since_analyze > 0 OR ${options.atStart === true})))
    ORDER BY relname`.execute(db);
  for (const { relname } of stale.rows) await sql`ANALYZE ${sql.id(relname)}`.execute(db);
  return stale.rows.map((r) => r.relname);
}

/** Tables whose every statistic says 0 rows (a partial index may rightly be empty in a full table). */
export const ANALYZED_EMPTY = `SELECT tbl FROM sqlite_stat1 GROUP BY tbl
  HAVING max(CAST(substr(stat, 1, instr(stat || ' ', ' ') - 1) AS INTEGER)) = 0`;

/**
 * SQLite statistics taken while a table was empty (a new install analyzed at its first start) say
 * "0 rows", and with them the planner prices every index alike: a look-up of one contact by id then
 * walked the workspace's name index (5 ms at 2,000 companies, growing with the base) until the next
 * analysis. A table that has rows by now is analyzed again; one still empty loses its statistics,
 * so the planner uses its defaults (which prefer a unique key) until there is something to measure.
 */
async function forgetEmptyStatistics(db: Kysely<Database>): Promise<void> {
  const hasStats = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'`.execute(db);
  if (Number(hasStats.rows[0]?.n ?? 0) === 0) return;
  const empty = await sql<{ tbl: string }>`${sql.raw(ANALYZED_EMPTY)}`.execute(db);
  if (empty.rows.length === 0) return;
  for (const { tbl } of empty.rows) {
    const rows = await sql<{ found: number }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(tbl)}) AS found`.execute(db);
    if (Number(rows.rows[0]?.found ?? 0) === 1) await sql`ANALYZE ${sql.table(tbl)}`.execute(db);
    else await sql`DELETE FROM sqlite_stat1 WHERE tbl = ${tbl}`.execute(db);
  }
  // The planner reads sqlite_stat1 when a connection opens; this makes it read the change now.
  await sql.raw('ANALYZE sqlite_schema').execute(db);
}

/** Runs the optimisation hourly (cheap when nothing changed), so statistics follow big writes. */
export function registerDatabaseJobs(registry: JobRegistry, options: { everyMs?: number } = {}): void {
  registry.register(DB_OPTIMIZE_JOB, async (_job, { db, logger }) => {
    const analyzed = await optimizeDatabase(db);
    if (analyzed.length) logger.info({ analyzed }, 'planner statistics refreshed');
  });
  registry.schedule({ name: DB_OPTIMIZE_JOB, everyMs: options.everyMs ?? 60 * 60 * 1000, type: DB_OPTIMIZE_JOB });
}
