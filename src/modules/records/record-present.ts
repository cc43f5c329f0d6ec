import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { contextFor, redactOutput, redactRow, redactRows } from '../../platform/records/field-redaction.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';

/**
 * Records as the actor may see them (decision 0027): the row redacted by the actor's field rights
 * before the type's presenter sees it, the answer without the hidden fields' keys. Every answer of
 * the engine that carries a record goes through here.
 */
export async function presentRecord(db: Executor, actor: Actor, kind: RecordType, row: RecordRow, ctx: RecordContext): Promise<unknown> {
  return redactOutput(actor, kind, await kind.present(db, actor, redactRow(actor, kind, row), contextFor(actor, kind, ctx)));
}

/** A page of list rows as the actor may see them. */
export async function presentRecords(db: Executor, actor: Actor, kind: RecordType, rows: RecordRow[], ctx: RecordContext): Promise<unknown[]> {
  const items = await kind.presentList(db, actor, redactRows(actor, kind, rows), contextFor(actor, kind, ctx));
  return items.map((item) => redactOutput(actor, kind, item));
}
