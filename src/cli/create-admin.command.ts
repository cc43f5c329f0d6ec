import type { Config } from '../platform/config.js';
import { openDatabase } from '../server/start.js';
import { migrateToLatest } from '../db/migrate.js';
import { AppError } from '../platform/errors.js';
import { stringOption } from './args.js';
import { createAdmin } from '../modules/workspaces/create-admin.command.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stdout.write('Password (input is not hidden; prefer KARTOTEKA_ADMIN_PASSWORD): ');
  }
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0]!.trim();
}

/** `kartoteka create-admin --email --name [--password] [--workspace] [--locale]` for headless installs. */
export async function runCreateAdmin(config: Config, options: Record<string, string | true>): Promise<void> {
  const email = stringOption(options, 'email');
  const name = stringOption(options, 'name');
  if (!email || !name) throw new Error('--email and --name are required');
  const password = stringOption(options, 'password') ?? process.env.KARTOTEKA_ADMIN_PASSWORD ?? (await readStdin());
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db);
    const result = await createAdmin(handle.db, {
      email,
      name,
      password,
      workspaceName: stringOption(options, 'workspace') ?? 'Kartoteka',
      locale: stringOption(options, 'locale') ?? 'en',
    });
    console.log(`Administrator ${result.email} created in workspace "${result.workspaceName}".`);
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      throw new Error(`${error.message}: ${Object.entries(error.fields).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    throw error;
  } finally {
    await handle.close();
  }
}
