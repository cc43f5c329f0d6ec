import type { Kysely } from 'kysely';

/**
 * The last TOTP time step that signed a user in, so the same code is never accepted twice within
 * its 90-second window (RFC 6238 §5.2), whichever process sees it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('totp_last_step').execute();
}
