import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * People's fuzzy name blocking keys now also cover a mistyped first letter and typos in two words
 * (a long word without its first letter, a surname's deletion neighbourhood; decision 0040).
 * Existing rows get them from the application's `names.rekey` job, which rebuilds every record's
 * derived rows and pairs: this queues one per workspace.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  const at = new Date().toISOString();
  for (const w of workspaces) {
    await db
      .insertInto('jobs')
      .values({
        id: randomUUID(), workspace_id: w.id, type: 'names.rekey', payload: null, status: 'queued', run_at: at,
        attempts: 0, max_attempts: 5, unique_key: `names.rekey:typos:${w.id}`, created_at: at, updated_at: at,
      })
      .onConflict((oc) => oc.column('unique_key').doNothing())
      .execute();
  }
}

/** Drops the rekey jobs not yet run; blocking keys already written stay (they are derived rows). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('jobs').where('type', '=', 'names.rekey').where('status', '=', 'queued').where('unique_key', 'like', 'names.rekey:typos:%').execute();
}
