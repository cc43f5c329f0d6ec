import type { Kysely } from 'kysely';
import { dropQueuedJobs, queueJobPerWorkspace } from './lib.js';

/**
 * People's fuzzy name blocking keys now also cover a mistyped first letter and typos in two words
 * (a long word without its first letter, a surname's deletion neighbourhood; decision 0040).
 * Existing rows get them from the application's `names.rekey` job, which rebuilds every record's
 * derived rows and pairs: this queues one per workspace.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await queueJobPerWorkspace(db, 'names.rekey', 'names.rekey:typos');
}

/** Drops the rekey jobs not yet run; blocking keys already written stay (they are derived rows). */
export async function down(db: Kysely<any>): Promise<void> {
  await dropQueuedJobs(db, 'names.rekey', 'names.rekey:typos');
}
