import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
import type { Config } from '../config.js';

/**
 * What route modules get: the database, its dialect and the configuration. It lives in platform so
 * that modules never import the server: the server assembles modules and is used by none.
 */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
}
