import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import { deleteSearchDocument, searchText, writeSearchDocument } from '../../platform/search/search.index.js';
import { customSearchTexts, type CustomFieldDef } from '../custom-fields/custom-fields.service.js';
import { isPostgres, type ClientKind, type ClientRecord } from './client-kind.js';
import { contactPointValues } from './client-points.js';
import { companyWords, phoneticKeys } from '../../platform/text/name-keys.js';
import { nameBlockingKeys } from '../../platform/text/name-match.js';
import { forgetPairsOf, refreshPairsOf } from '../duplicates/duplicate-pairs.js';

/**
 * The rows derived from a record, rebuilt in the writer's transaction after every write:
 * contact points (phones, emails, messenger handles), tags, and the search document.
 * This file is the only one that writes contact_points and record_tags.
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** What the search document of a record holds besides its contact details. */
function searchParts(kind: ClientKind, record: ClientRecord, defs: CustomFieldDef[]) {
  const r = record as Record<string, unknown>;
  const text = (...keys: string[]) => keys.map((k) => r[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const names = kind.entityType === 'contact' ? text('display_name', 'first_name', 'middle_name', 'last_name') : text('name', 'legal_name');
  const other = [
    ...(kind.entityType === 'company' ? text('tax_id') : []),
    ...record.messengers.map((m) => m.value),
    ...text('website'),
    ...customSearchTexts(defs, record.custom),
  ];
  return {
    names,
    phones: record.phones.map((p) => p.e164 ?? p.value),
    emails: record.emails.map((e) => e.value),
    other,
  };
}

/** The host of a website without `www.`, lower case (`https://WWW.Acme.com/x` → `acme.com`); null when none. */
function websiteDomain(website: unknown): string | null {
  const text = typeof website === 'string' ? website.trim() : '';
  if (text === '') return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(text) ? text : `http://${text}`).hostname.toLowerCase();
    const domain = host.replace(/^www\./u, '').replace(/\.$/u, '');
    return domain.includes('.') ? domain : null;
  } catch {
    return null;
  }
}

/**
 * Blocking keys of a record kept as contact points besides its phones and emails: the sound key of
 * its name (its words' cross-script sound keys, legal forms left out), a person's fuzzy name keys
 * (one word whole, the others as initials: typos, initials and pet forms meet) and a company's
 * website domain.
 */
export function matchKeyValues(kind: Pick<ClientKind, 'entityType'>, record: Record<string, unknown>): Array<{ kind: 'sound' | 'domain' | 'name'; value: string }> {
  const r = record;
  const title = String((kind.entityType === 'contact' ? r.display_name : r.name) ?? '');
  const out: Array<{ kind: 'sound' | 'domain' | 'name'; value: string }> = [];
  const sound = phoneticKeys(companyWords(title).join(' ')).join(' ');
  if (sound !== '') out.push({ kind: 'sound', value: sound });
  if (kind.entityType === 'contact') for (const value of nameBlockingKeys(title)) out.push({ kind: 'name', value });
  const domain = kind.entityType === 'company' ? websiteDomain(r.website) : null;
  if (domain) out.push({ kind: 'domain', value: domain });
  return out;
}

/** Replaces a record's contact points, tags, search document and duplicate pairs with what its row says now. */
export async function rebuildDerivedRows(db: Executor, kind: ClientKind, record: ClientRecord, defs: CustomFieldDef[], country: string): Promise<void> {
  const key = { workspace_id: record.workspace_id, entity_type: kind.entityType, entity_id: record.id };
  await untyped(db).deleteFrom('contact_points').where('entity_type', '=', kind.entityType).where('entity_id', '=', record.id).execute();
  const points = [...contactPointValues(record), ...matchKeyValues(kind, record as Record<string, unknown>)];
  if (points.length > 0) await untyped(db).insertInto('contact_points').values(points.map((p) => ({ ...key, ...p }))).execute();
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', kind.entityType).where('entity_id', '=', record.id).execute();
  // record_tags' key ignores case differences only if the row does; the row's tags are unique ignoring case already.
  const tags = [...new Set(record.tags)];
  if (tags.length > 0) await untyped(db).insertInto('record_tags').values(tags.map((tag) => ({ ...key, tag, sort_name: record.sort_name }))).execute();
  await writeSearchDocument(db, {
    workspaceId: record.workspace_id,
    entityType: kind.entityType,
    entityId: record.id,
    text: searchText(searchParts(kind, record, defs), country),
  });
  await refreshPairsOf(db, kind.entityType, record.workspace_id, record.id);
}

/** What a record's tag rows are made of. */
type TaggedRecord = { workspace_id: string; id: string; tags: string[]; sort_name: string };

/** Replaces only a record's tag rows (bulk tag changes touch nothing else). */
export async function rebuildTagRows(db: Executor, kind: ClientKind, record: TaggedRecord): Promise<void> {
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', kind.entityType).where('entity_id', '=', record.id).execute();
  const tags = [...new Set(record.tags)];
  if (tags.length > 0) {
    await untyped(db).insertInto('record_tags').values(tags.map((tag) => ({ workspace_id: record.workspace_id, entity_type: kind.entityType, entity_id: record.id, tag, sort_name: record.sort_name }))).execute();
  }
}

/** Replaces the tag rows of many records at once: one DELETE and multi-row INSERTs (bulk tag changes). */
export async function rebuildTagRowsMany(db: Executor, kind: ClientKind, records: ReadonlyArray<TaggedRecord>): Promise<void> {
  if (records.length === 0) return;
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', kind.entityType).where('entity_id', 'in', records.map((r) => r.id)).execute();
  const rows = records.flatMap((r) => [...new Set(r.tags)].map((tag) => ({ workspace_id: r.workspace_id, entity_type: kind.entityType, entity_id: r.id, tag, sort_name: r.sort_name })));
  // Five values a row: 5,000 rows stay far below SQLite's parameter limit.
  for (let i = 0; i < rows.length; i += 5000) await untyped(db).insertInto('record_tags').values(rows.slice(i, i + 5000)).execute();
}

/** Removes every derived row of a record (purge). */
export async function deleteDerivedRows(db: Executor, kind: ClientKind, id: string): Promise<void> {
  await untyped(db).deleteFrom('contact_points').where('entity_type', '=', kind.entityType).where('entity_id', '=', id).execute();
  await untyped(db).deleteFrom('record_tags').where('entity_type', '=', kind.entityType).where('entity_id', '=', id).execute();
  await deleteSearchDocument(db, kind.entityType, id);
  await forgetPairsOf(db, kind.entityType, id);
}

/** Tags on live records the actor can see, most used first; `prefix` narrows them (ignoring Latin case). */
export async function listTagCounts(db: Executor, kind: ClientKind, actor: Actor, prefix: string | undefined, limit: number): Promise<Array<{ tag: string; count: number }>> {
  const t = kind.table;
  let query = untyped(db)
    .selectFrom('record_tags')
    .innerJoin(t as string, `${t}.id`, 'record_tags.entity_id')
    .select('record_tags.tag as tag')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('record_tags.workspace_id', '=', actor.workspaceId)
    .where('record_tags.entity_type', '=', kind.entityType)
    .where(`${t}.deleted_at`, 'is', null)
    .where(visibleTo(actor, kind.module, t));
  if (prefix) {
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(isPostgres(db) ? sql<SqlBool>`record_tags.tag ILIKE ${pattern}` : sql<SqlBool>`record_tags.tag LIKE ${pattern} ESCAPE '\\'`);
  }
  const rows = await query.groupBy('record_tags.tag').orderBy('n', 'desc').orderBy('record_tags.tag').limit(limit).execute();
  return rows.map((r) => ({ tag: String(r.tag), count: Number(r.n) }));
}

/** How many records of a kind carry a tag (deleted ones included): the list picks its plan by it. */
export async function countTagged(db: Executor, workspaceId: string, entityType: string, tag: string): Promise<number> {
  const row = await untyped(db)
    .selectFrom('record_tags')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('tag', '=', tag)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
