import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Candidate duplicate pairs, kept on every write of a record and rebuilt by a job, so the
 * duplicates screen pages over the whole base by score; and "not a duplicate" dismissals, which
 * remember the evidence they dismissed so new evidence brings the pair back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  const workspace = (c: any) => c.notNull().references('workspaces.id').onDelete('cascade');
  await db.schema
    .createTable('duplicate_pairs')
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    // The smaller id first, so a pair is one row.
    .addColumn('a_id', t.id, notNull)
    .addColumn('b_id', t.id, notNull)
    .addColumn('score', 'integer', notNull)
    // Bit set of the kinds of evidence (phone 1, email 2, tax id 4, name 8, ...).
    .addColumn('evidence', 'integer', notNull)
    // The shared values behind the evidence, for the explanation.
    .addColumn('details', t.json, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addPrimaryKeyConstraint('duplicate_pairs_pk', ['entity_type', 'a_id', 'b_id'])
    .execute();
  await db.schema.createIndex('duplicate_pairs_rank_idx').on('duplicate_pairs').columns(['workspace_id', 'entity_type', 'score desc', 'a_id', 'b_id']).execute();
  await db.schema.createIndex('duplicate_pairs_b_idx').on('duplicate_pairs').columns(['entity_type', 'b_id']).execute();
  await db.schema
    .createTable('duplicate_dismissals')
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('a_id', t.id, notNull)
    .addColumn('b_id', t.id, notNull)
    .addColumn('evidence', 'integer', notNull)
    .addColumn('dismissed_by', t.id)
    .addColumn('dismissed_at', t.time, notNull)
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', ['entity_type', 'a_id', 'b_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('duplicate_dismissals').execute();
  await db.schema.dropTable('duplicate_pairs').execute();
}
