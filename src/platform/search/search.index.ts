import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { phoneSearchKeys } from '../phones/phones.js';
import { recordType } from '../records/registry.js';
import { soundToken } from './search-plan.js';
import { cyrillicToLatin, foldForSearch } from '../text/translit.js';

/** What a record contributes to the global search. */
export interface SearchParts {
  /** Names (person's parts, display name, company and legal names): indexed in both scripts. */
  names: string[];
  /** Phones as typed: indexed by their digit keys, so any written form finds them. */
  phones: string[];
  emails: string[];
  /** Anything else matched as written, folded: tax ids, messenger handles, text custom fields. */
  other: string[];
}

const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The folded text stored for one record. Cyrillic text (names, and anything else) also goes in as
 * its Russian and Bulgarian Latin spellings, so a Latin query meets it by plain substring, and a
 * Cyrillic query needs only its own Latin spellings (see search-plan.ts). Parts are separated by
 * ` | ` so a trigram never spans two fields.
 */
export function searchText(parts: SearchParts, defaultCountry: string): string {
  const out = new Set<string>();
  const add = (value: string) => {
    const folded = foldForSearch(value);
    if (!folded) return;
    out.add(folded);
    if (HAS_CYRILLIC.test(folded)) {
      out.add(cyrillicToLatin(folded, 'ru'));
      out.add(cyrillicToLatin(folded, 'bg'));
    }
  };
  for (const name of parts.names) {
    add(name);
    // Sound tokens (`~lms~`): "Уильямс" is found by "Williams" and back (see soundToken).
    for (const word of foldForSearch(name).split(' ')) {
      const sound = soundToken(word);
      if (sound) out.add(sound);
    }
  }
  for (const phone of parts.phones) for (const key of phoneSearchKeys(phone, defaultCountry)) out.add(key);
  for (const value of [...parts.emails, ...parts.other]) add(value);
  // Tax ids and other codes are typed with and without separators: `BG 175 074 752`, `BG175074752`.
  for (const value of parts.other) {
    const compact = foldForSearch(value).replace(/[^\p{L}\p{N}]+/gu, '');
    if (/\d/.test(compact)) out.add(compact);
  }
  return [...out].join(' | ');
}

/**
 * On SQLite each record type's documents get their ids in a range of their own (the type's
 * `search.slot` in the registry), so the FTS5 index (whose rowids they are) can be asked for one
 * type's matches alone: companies are a tenth of the documents and would otherwise be found only
 * after walking past the contacts. Types without a slot share the last range.
 */
const SLOT_SIZE = 2 ** 40;
/** The range of types without a slot of their own; slots are 0 to 14. */
export const SHARED_SLOT = 15;

/** The `[from, to)` range of search document ids (FTS5 rowids) of a record type on SQLite. */
export function documentIdRange(entityType: string): [number, number] {
  const slot = recordType(entityType)?.search?.slot ?? SHARED_SLOT;
  return [slot * SLOT_SIZE + 1, (slot + 1) * SLOT_SIZE];
}

/** Writes (or replaces) a record's search document, in the caller's transaction. */
export async function writeSearchDocument(db: Executor, doc: { workspaceId: string; entityType: string; entityId: string; text: string }): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db
      .insertInto('search_documents')
      .values({ workspace_id: doc.workspaceId, entity_type: doc.entityType, entity_id: doc.entityId, text: doc.text })
      .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet({ text: doc.text }))
      .execute();
    return;
  }
  const [from, to] = documentIdRange(doc.entityType);
  // The next id of the type's range; a replaced document keeps its id (the conflict updates in place).
  const nextId = sql<number>`(select coalesce((select id from search_documents where id >= ${from} and id < ${to} order by id desc limit 1), ${from - 1}) + 1)`;
  await db
    .insertInto('search_documents')
    .values({ id: nextId as never, workspace_id: doc.workspaceId, entity_type: doc.entityType, entity_id: doc.entityId, text: doc.text })
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet({ text: doc.text }))
    .execute();
}

/** Removes a record's search document (purge). Soft-deleted records keep theirs; queries join on `deleted_at`. */
export async function deleteSearchDocument(db: Executor, entityType: string, entityId: string): Promise<void> {
  await db.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
}
