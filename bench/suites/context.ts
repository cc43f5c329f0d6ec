import type { Dialect } from '../../src/db/database.js';
import type { DemoGenerator } from '../../src/platform/demo/generator.js';
import type { BenchDatabases } from '../databases.js';

/** What each benchmark suite gets from the runner. */
export interface SuiteContext {
  dialect: Dialect;
  /** Rows in the table under test (`--size`, default 100,000). */
  size: number;
  dbs: BenchDatabases;
  generator: DemoGenerator;
  log(message: string): void;
}
