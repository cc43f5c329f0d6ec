import type { Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ClientKind } from './client-kind.js';

const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** What a record's derived keys are computed from, and the keys it holds now. */
export interface KeySource {
  id: string;
  title: string;
  tax_id: string | null;
  name_key: string;
  tax_id_key: string | null;
}

/** A page of a kind's records (deleted ones too: a restore must find them keyed) in id order after `after`. */
export async function listKeySources(db: Executor, kind: ClientKind, workspaceId: string, after: string | null, limit: number): Promise<KeySource[]> {
  const company = kind.table === 'companies';
  let query = untyped(db)
    .selectFrom(kind.table)
    .select(['id', 'name_key', `${company ? 'name' : 'display_name'} as title`])
    .select(company ? ['tax_id', 'tax_id_key'] : [])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .limit(limit);
  if (after !== null) query = query.where('id', '>', after);
  const rows = await query.execute();
  return rows.map((r) => ({ id: String(r.id), title: String(r.title), tax_id: r.tax_id ?? null, name_key: String(r.name_key), tax_id_key: r.tax_id_key ?? null }));
}

/** Rewrites derived key columns of one record; not a change a person made, so no version or history. */
export async function updateKeys(db: Executor, kind: ClientKind, workspaceId: string, id: string, keys: { name_key: string; tax_id_key?: string | null }): Promise<void> {
  await untyped(db).updateTable(kind.table).set(keys).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
