import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { exportWorkspace } from '../modules/workspace-file/workspace-export.js';
import { stringOption } from './args.js';

/**
 * `kartoteka export --out FILE [--workspace ID]`: the whole install (or one workspace) as a
 * workspace file (docs/workspace-format.md). Written to FILE.part and renamed when complete, so a
 * file named FILE is always whole. Best run with the server stopped, so no job is mid-way.
 */
export async function runExport(config: Config, options: Record<string, string | true>): Promise<void> {
  const outOption = stringOption(options, 'out');
  if (!outOption) throw new Error('Say where to write the file: kartoteka export --out FILE');
  const out = path.resolve(outOption);
  if (fs.existsSync(out)) throw new Error(`${out} already exists`);
  const part = `${out}.part`;
  const file = fs.createWriteStream(part, { flags: 'w' });
  const handle = openDatabase(config);
  try {
    const summary = await exportWorkspace(handle.db, {
      dataDir: config.dataDir,
      workspaceId: stringOption(options, 'workspace'),
      write: async (line) => {
        if (!file.write(`${line}\n`)) await once(file, 'drain');
      },
    });
    file.end();
    await once(file, 'finish');
    fs.renameSync(part, out);
    const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(`Exported ${total} rows of ${Object.keys(summary.rows).length} tables and ${summary.blobs} files to ${out}`);
    if (summary.missingBlobs.length > 0) console.log(`Not found in ${config.dataDir}/files (left out): ${summary.missingBlobs.join(', ')}`);
  } catch (error) {
    file.destroy();
    fs.rmSync(part, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
}
