import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrationProvider } from './migrations/index.js';

function check(result: MigrationResultSet): string[] {
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => `${r.direction} ${r.migrationName}`);
}

/** Applies all pending migrations; returns what ran. Safe to call from several processes (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return check(await new Migrator({ db, provider: migrationProvider }).migrateToLatest());
}

/** Reverts the newest migration. */
export async function migrateDown(db: Kysely<any>): Promise<string[]> {
  return check(await new Migrator({ db, provider: migrationProvider }).migrateDown());
}

/** Reverts every migration (tests prove each `down` works). */
export async function migrateToNothing(db: Kysely<any>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return check(await new Migrator({ db, provider: migrationProvider }).migrateTo(NO_MIGRATIONS));
}

/** Names of migrations not yet applied (readiness check). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}

/** Migrates up or down to the named migration (a workspace import brings the target to the file's schema first). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return check(await new Migrator({ db, provider: migrationProvider }).migrateTo(name));
}

/** Names of every migration this version knows, in run order. */
export async function knownMigrations(db: Kysely<any>): Promise<string[]> {
  return (await new Migrator({ db, provider: migrationProvider }).getMigrations()).map((m) => m.name);
}
