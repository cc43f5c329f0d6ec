import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { audit } from '../../platform/history/record-change.js';
import { customCsvValue } from '../custom-fields/custom-fields.service.js';
import { CSV_BOM, csvRow } from '../audit/audit.csv.js';
import { trackAccess } from '../security/alarm.service.js';
import type { ClientKind, ClientRecord, ClientRow } from './client-kind.js';
import { countClients, listClients } from './client-list.js';
import type { ListFilter } from './client-schema.js';
import type { ClientContext } from './client-write.js';

/** CSV export of a filtered list: UTF-8 with BOM, a header row, formula-looking cells neutralised. */

const PAGE = 500;

/** How one kind turns a page of records into cells: its own columns first, then the shared ones. */
export interface CsvLayout {
  headers: string[];
  cells(page: ClientRow[]): Promise<Array<Array<string | number | null>>>;
}

/** Headers of the columns every client record has, after the kind's own. */
export function commonHeaders(ctx: ClientContext): string[] {
  return ['phones', 'emails', 'messengers', 'addresses', 'website', 'tags', 'source', 'notes', 'owner', 'lastActivityAt', 'createdAt', 'updatedAt', 'id', ...ctx.defs.map((d) => d.label)];
}

/** The shared cells of one record, in `commonHeaders` order. */
export function commonCells(record: ClientRecord, ctx: ClientContext): Array<string | null> {
  const address = (a: ClientRecord['addresses'][number]) => [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ');
  return [
    record.phones.map((p) => p.e164 ? `${p.e164}${p.ext ? ` ext. ${p.ext}` : ''}` : p.value).join('; '),
    record.emails.map((e) => e.value).join('; '),
    record.messengers.map((m) => `${m.type}: ${m.value}`).join('; '),
    record.addresses.map(address).join(' | '),
    (record.website as string | null) ?? null,
    record.tags.join('; '),
    (record.source as string | null) ?? null,
    (record.notes as string | null) ?? null,
    String(record.owner_name ?? ''),
    record.last_activity_at,
    record.created_at,
    record.updated_at,
    record.id,
    ...ctx.defs.map((d) => (record.custom[d.key] === undefined || record.custom[d.key] === null ? null : customCsvValue(d, record.custom[d.key]))),
  ];
}

export interface CsvExport {
  rows: number;
  chunks: AsyncIterable<string>;
}

async function* csvChunks(db: Kysely<Database>, actor: Actor, kind: ClientKind, filter: ListFilter, ctx: ClientContext, layout: CsvLayout): AsyncIterable<string> {
  yield CSV_BOM + csvRow(layout.headers);
  let cursor: string | undefined;
  do {
    const page = await listClients(db, actor, kind, filter, { limit: PAGE, cursor }, ctx, 'export');
    if (page.rows.length > 0) yield (await layout.cells(page.rows)).map(csvRow).join('');
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Exports the records of the filtered list that the actor's export scope reaches. Counts toward
 * the exfiltration alarm and is audited as `<type>.exported` with its size, before any row leaves.
 * @throws AppError forbidden (no export right) | validation_failed (filters) | account_blocked (the alarm blocked the user)
 */
export async function exportClients(db: Kysely<Database>, actor: Actor, kind: ClientKind, filter: ListFilter, ctx: ClientContext, layout: CsvLayout): Promise<CsvExport> {
  authorize(actor, kind.module, 'export');
  const rows = await countClients(db, actor, kind, filter, ctx, 'export');
  await audit(db, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, `${kind.entityType}.exported`, {
    entityType: kind.entityType,
    changes: { rows, filter },
  });
  await trackAccess(db, actor, { kind: 'export', entityType: kind.entityType, count: rows });
  return { rows, chunks: csvChunks(db, actor, kind, filter, ctx, layout) };
}
