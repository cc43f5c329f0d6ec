import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { stringOption } from './args.js';

/**
 * `kartoteka backup [--out FILE]`: SQLite's online backup API copies a consistent snapshot page by
 * page while the server keeps writing. PostgreSQL has its own tools for that.
 */
export async function runBackup(config: Config, options: Record<string, string | true>): Promise<void> {
  if (config.databaseUrl) {
    console.log('This install runs on PostgreSQL: back it up with pg_dump, e.g.\n  pg_dump --format=custom --file=kartoteka.dump "$DATABASE_URL"');
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = path.resolve(stringOption(options, 'out') ?? path.join(config.dataDir, 'backups', `kartoteka-${stamp}.db`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (fs.existsSync(out)) throw new Error(`${out} already exists`);
  const handle = openDatabase(config);
  try {
    await handle.raw.sqlite!.backup(out);
    console.log(`Backup written to ${out} (${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MB)`);
  } finally {
    await handle.close();
  }
}
