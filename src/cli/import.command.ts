import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { importWorkspace } from '../modules/workspace-file/workspace-import.js';
import { stringOption } from './args.js';

/**
 * `kartoteka import --in FILE`: a workspace file into this install, which must be empty (a new
 * DATA_DIR, or an empty PostgreSQL database in DATABASE_URL). All or nothing.
 */
export async function runImport(config: Config, options: Record<string, string | true>): Promise<void> {
  const inOption = stringOption(options, 'in');
  if (!inOption) throw new Error('Name the file to read: kartoteka import --in FILE');
  const file = path.resolve(inOption);
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const handle = openDatabase(config);
  const input = fs.createReadStream(file, { encoding: 'utf8' });
  try {
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    const summary = await importWorkspace(handle.db, { dataDir: config.dataDir, lines });
    const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(`Imported ${total} rows of ${Object.keys(summary.rows).length} tables and ${summary.blobs} files from ${file}`);
    console.log(`(exported from ${summary.header.dialect} by Kartoteka ${summary.header.appVersion} at ${summary.header.exportedAt})`);
    if (summary.migratedAfter.length > 0) console.log(`Then applied ${summary.migratedAfter.length} newer migrations.`);
  } finally {
    input.destroy();
    await handle.close();
  }
}
