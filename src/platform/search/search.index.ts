import type { Executor } from '../../db/database.js';
import { phoneSearchKeys } from '../phones/phones.js';
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
 * The folded text stored for one record. Cyrillic names also go in as their Russian and Bulgarian
 * Latin spellings, so a Latin query meets them by plain substring; the query side adds Cyrillic
 * candidates for Latin queries (see search.query.ts). Parts are separated by ` | ` so a trigram
 * never spans two fields.
 */
export function searchText(parts: SearchParts, defaultCountry: string): string {
  const out = new Set<string>();
  for (const name of parts.names) {
    const folded = foldForSearch(name);
    if (!folded) continue;
    out.add(folded);
    if (HAS_CYRILLIC.test(folded)) {
      out.add(cyrillicToLatin(folded, 'ru'));
      out.add(cyrillicToLatin(folded, 'bg'));
    }
  }
  for (const phone of parts.phones) for (const key of phoneSearchKeys(phone, defaultCountry)) out.add(key);
  for (const value of [...parts.emails, ...parts.other]) {
    const folded = foldForSearch(value);
    if (folded) out.add(folded);
  }
  return [...out].join(' | ');
}

/** Writes (or replaces) a record's search document, in the caller's transaction. */
export async function writeSearchDocument(db: Executor, doc: { workspaceId: string; entityType: string; entityId: string; text: string }): Promise<void> {
  await db
    .insertInto('search_documents')
    .values({ workspace_id: doc.workspaceId, entity_type: doc.entityType, entity_id: doc.entityId, text: doc.text })
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet({ text: doc.text }))
    .execute();
}

/** Removes a record's search document (purge). Soft-deleted records keep theirs; queries join on `deleted_at`. */
export async function deleteSearchDocument(db: Executor, entityType: string, entityId: string): Promise<void> {
  await db.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
}
