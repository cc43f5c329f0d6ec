import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import { startServer } from '../server/start.js';
import { seedDemo } from '../modules/demo/seed.js';

/** `kartoteka start`; with KARTOTEKA_DEMO=1 it seeds demo data first and prints the demo login. */
export async function runStart(config: Config, logger: Logger): Promise<void> {
  let demoLogin: string | null = null;
  const server = await startServer(config, logger, async (handle) => {
    if (!config.demo) return;
    const demo = await seedDemo(handle.db, handle.dialect);
    demoLogin = `email ${demo.adminEmail}, password ${demo.adminPassword}`;
  });
  console.log(`\n  Kartoteka is running at ${server.url}`);
  if (demoLogin) console.log(`  Demo login: ${demoLogin}`);
  console.log('');
}
