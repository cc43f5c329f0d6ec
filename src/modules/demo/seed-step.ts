import type { Transaction } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { User } from '../users/users.service.js';
import type { DemoGenerator } from '../../platform/demo/generator.js';

/** What every demo seed step receives. All steps run in one transaction: the demo appears whole or not at all. */
export interface DemoSeedContext {
  trx: Transaction<Database>;
  dialect: Dialect;
  workspaceId: string;
  /** The system actor of the demo workspace; services record history and audit under it. */
  actor: Actor;
  generator: DemoGenerator;
  /** Password of every demo user. */
  password: string;
  /** Demo users of this workspace, filled by the users step (owners for records of later steps). */
  users: User[];
}

/**
 * One kind of demo data. A step must be idempotent: run again with the same seed, it adds only
 * what is missing (find by a natural key such as email, or by the generator's record key) and
 * returns how many records it added. Steps write through their module's service, never raw rows.
 */
export interface DemoSeedStep {
  name: string;
  run(ctx: DemoSeedContext): Promise<number>;
}
