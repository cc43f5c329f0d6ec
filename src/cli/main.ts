// Every command sees the whole application: record types and the setups of new workspaces register on import.
import '../modules/index.js';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { parseArgs } from './args.js';
import { runStart } from './start.command.js';
import { runMigrate } from './migrate.command.js';
import { runCreateAdmin } from './create-admin.command.js';
import { runSeedDemo } from './seed-demo.command.js';
import { runBackup } from './backup.command.js';
import { runExport } from './export.command.js';
import { runImport } from './import.command.js';

const USAGE = `Usage: kartoteka <command> [options]

Commands:
  start                 serve the API and web app (migrates first)
  migrate [--down]      apply pending database migrations (or revert the newest)
  create-admin --email E --name N [--password P] [--workspace W] [--locale en|ru|bg]
                        create an administrator (and the workspace on an empty install);
                        without --password it reads KARTOTEKA_ADMIN_PASSWORD or standard input
  seed-demo             fill the install with deterministic demo data and print the demo login
  backup [--out FILE]   consistent copy of the SQLite database while the server runs
  export --out FILE [--workspace ID]
                        the whole install (or one workspace) as a workspace file (JSON lines,
                        attachments included; docs/workspace-format.md)
  import --in FILE      a workspace file into this install, which must be empty (all or nothing)

Configuration comes from environment variables (see README): PORT, DATA_DIR, DATABASE_URL, ...`;

/** Entry point of the `kartoteka` command. */
export async function main(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv);
  const command = positional[0] ?? 'start';
  if (command === 'help' || options.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  try {
    switch (command) {
      case 'start':
        return await runStart(config, logger);
      case 'migrate':
        return await runMigrate(config, options);
      case 'create-admin':
        return await runCreateAdmin(config, options);
      case 'seed-demo':
        return await runSeedDemo(config);
      case 'backup':
        return await runBackup(config, options);
      case 'export':
        return await runExport(config, options);
      case 'import':
        return await runImport(config, options);
      default:
        console.error(`Unknown command "${command}".\n\n${USAGE}`);
        process.exitCode = 2;
    }
  } catch (error) {
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    process.exitCode = 1;
  }
}
