import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * Name keys now ignore word order, a Russian patronymic, legal forms and quotes, and fold Russian
 * and Bulgarian transliteration variants; tax id keys drop a VAT prefix before a checksum-valid id.
 * Existing rows are rekeyed by the application's `names.rekey` job (the key functions are app
 * code, which a frozen migration must not import): this queues one per workspace, in batches.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  const at = new Date().toISOString();
  for (const w of workspaces) {
    await db
      .insertInto('jobs')
      .values({
        id: randomUUID(), workspace_id: w.id, type: 'names.rekey', payload: null, status: 'queued', run_at: at,
        attempts: 0, max_attempts: 5, unique_key: `names.rekey:${w.id}`, created_at: at, updated_at: at,
      })
      .onConflict((oc) => oc.column('unique_key').doNothing())
      .execute();
  }
}

/** Drops the rekey jobs not yet run; keys already rewritten stay (the old key function is gone). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('jobs').where('type', '=', 'names.rekey').where('status', '=', 'queued').execute();
}
