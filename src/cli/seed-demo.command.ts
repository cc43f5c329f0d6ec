import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../modules/demo/seed.js';

/** `kartoteka seed-demo`: deterministic demo data (same seed, same data). */
export async function runSeedDemo(config: Config): Promise<void> {
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db);
    const demo = await seedDemo(handle.db, handle.dialect);
    console.log(`Demo data ready (${demo.created} records added).`);
    console.log(`Sign in with email ${demo.adminEmail} and password ${demo.adminPassword}`);
  } finally {
    await handle.close();
  }
}
