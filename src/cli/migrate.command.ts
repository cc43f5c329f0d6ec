import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { migrateDown, migrateToLatest } from '../db/migrate.js';

/** `kartoteka migrate [--down]`. */
export async function runMigrate(config: Config, options: Record<string, string | true>): Promise<void> {
  const handle = openDatabase(config);
  try {
    const done = options.down ? await migrateDown(handle.db) : await migrateToLatest(handle.db);
    console.log(done.length ? done.join('\n') : 'The database is up to date.');
  } finally {
    await handle.close();
  }
}
