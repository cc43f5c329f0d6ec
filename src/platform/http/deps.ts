import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
import type { Config } from '../config.js';
import type { LiveHub } from '../live/live-hub.js';

/**
 * What route modules get: the database, its dialect and the configuration. It lives in platform so
 * that modules never import the server: the server assembles modules and is used by none.
 */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
  /** Live messages (server-sent events); `buildApp` makes an in-process hub when none is given. */
  live?: LiveHub;
}
