import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/database.js';
import type { Config } from '../platform/config.js';

/** What route modules get: the database, its dialect and the configuration. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
}
