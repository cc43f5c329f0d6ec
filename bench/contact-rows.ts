/**
 * Fills a benchmark database with `size` contacts through the bare driver, with the same derived
 * rows the contacts module writes (contact points, tags, search document), built by the module's
 * own pure functions so the data is what the app would have made. Not measured: it only sets the stage.
 */
import type { DatabaseHandle } from '../src/db/connect.js';
import { personSortName } from '../src/platform/text/name-order.js';
import { normalizeEmails, normalizePhones, contactPointValues } from '../src/modules/contacts/client-points.js';
import { nameColumns } from '../src/modules/contacts/client-columns.js';
import { createWorkspace } from '../src/modules/workspaces/workspaces.service.js';
import { documentIdRange, searchText } from '../src/platform/search/search.index.js';
import type { DemoGenerator, DemoPerson } from '../src/platform/demo/generator.js';
import { Random } from '../src/platform/demo/random.js';

export const CONTACT_COLUMNS = [
  'id', 'workspace_id', 'owner_id', 'phones', 'emails', 'messengers', 'addresses', 'website', 'tags', 'custom', 'notes', 'source',
  'sort_name', 'name_key', 'last_activity_at', 'created_by', 'created_at', 'updated_at', 'deleted_at', 'deleted_by', 'merged_into_id',
  'version', 'first_name', 'middle_name', 'last_name', 'display_name', 'position', 'birthday', 'status',
] as const;

export const BENCH_TAGS = ['VIP', 'опт', 'partner', 'retail', 'event-2026'];
/** Every bench contact has a numeric custom field `region` (1..80); the bench marks it filterable. */
export const BENCH_REGION_FIELD = 'region';
export const BENCH_REGIONS = 80;
export const STATUSES = ['lead', 'client', 'former_client'] as const;
const OWNERS = 30;
const BATCH = 2000;

export interface FilledContacts {
  handle: DatabaseHandle;
  workspaceId: string;
  /** Owner ids; owner 0 is the benchmark manager (own scope), who owns 1/30 of the contacts. */
  owners: string[];
  adminId: string;
  size: number;
}

export function benchContactId(i: number): string {
  return `019ab0c1-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

function ownerId(i: number): string {
  return `019ab0c2-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
}

const AT = Date.parse('2025-01-01T00:00:00.000Z');

/** Contact number i: the generator's person i with an owner, a status, sometimes a tag, spread over two years of creation times. */
export function contactRow(person: DemoPerson, workspaceId: string, i: number, country: string) {
  const r = new Random(i * 7919 + 17);
  const phones = normalizePhones([{ type: 'mobile', value: person.phone.country === country ? person.phone.typed : person.phone.e164 }], country, 'mobile');
  const emails = normalizeEmails([{ type: 'work', value: person.email }]);
  const tags = r.chance(0.2) ? [r.pick(BENCH_TAGS)] : [];
  const created = new Date(AT + Math.floor(r.next() * 700 * 86_400_000)).toISOString();
  const row = {
    id: benchContactId(i), workspace_id: workspaceId, owner_id: ownerId(i % OWNERS),
    phones: JSON.stringify(phones), emails: JSON.stringify(emails), messengers: '[]', addresses: JSON.stringify([{ type: 'work', city: person.city }]),
    website: null, tags: JSON.stringify(tags), custom: JSON.stringify({ [BENCH_REGION_FIELD]: 1 + (i % BENCH_REGIONS) }), notes: null, source: r.pick(['website', 'referral', 'exhibition']),
    ...nameColumns(person.displayName), sort_name: personSortName(person, person.displayName), last_activity_at: r.chance(0.5) ? created : null, created_by: null, created_at: created, updated_at: created,
    deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
    first_name: person.firstName, middle_name: person.middleName, last_name: person.lastName, display_name: person.displayName,
    position: person.jobTitle, birthday: person.birthday, status: r.pick(STATUSES),
  };
  const points = contactPointValues({ phones, emails, messengers: [] });
  const text = searchText({ names: [person.displayName, person.firstName, person.middleName ?? '', person.lastName], phones: phones.map((p) => p.e164 ?? p.value), emails: emails.map((e) => e.value), other: [] }, country);
  return { row, points, tags, text };
}

type Built = ReturnType<typeof contactRow>;

/** Inserts rows in one transaction: SQLite with prepared statements, PostgreSQL with multi-row VALUES. */
async function insertBatch(handle: DatabaseHandle, workspaceId: string, batch: Built[], firstIndex: number): Promise<void> {
  const docId = (i: number) => documentIdRange('contact')[0] + i;
  if (handle.raw.sqlite) {
    const db = handle.raw.sqlite;
    const c = db.prepare(`INSERT INTO contacts (${CONTACT_COLUMNS.join(',')}) VALUES (${CONTACT_COLUMNS.map(() => '?').join(',')})`);
    const p = db.prepare('INSERT INTO contact_points (workspace_id, entity_type, entity_id, kind, value) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
    const t = db.prepare('INSERT INTO record_tags (workspace_id, entity_type, entity_id, tag, sort_name) VALUES (?, ?, ?, ?, ?)');
    const s = db.prepare('INSERT INTO search_documents (id, workspace_id, entity_type, entity_id, text) VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      batch.forEach((b, k) => {
        c.run(CONTACT_COLUMNS.map((col) => (b.row as Record<string, unknown>)[col] ?? null));
        for (const point of b.points) p.run(workspaceId, 'contact', b.row.id, point.kind, point.value);
        for (const tag of b.tags) t.run(workspaceId, 'contact', b.row.id, tag, b.row.sort_name);
        s.run(docId(firstIndex + k), workspaceId, 'contact', b.row.id, b.text);
      });
    })();
    return;
  }
  const client = await handle.raw.pool!.connect();
  const multi = async (table: string, columns: readonly string[], rows: unknown[][], tail = '') => {
    if (rows.length === 0) return;
    const values: unknown[] = [];
    const tuples = rows.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(',')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')} ${tail}`, values);
  };
  try {
    await client.query('BEGIN');
    for (let at = 0; at < batch.length; at += 500) {
      const part = batch.slice(at, at + 500);
      await multi('contacts', CONTACT_COLUMNS, part.map((b) => CONTACT_COLUMNS.map((col) => (b.row as Record<string, unknown>)[col] ?? null)));
      await multi('contact_points', ['workspace_id', 'entity_type', 'entity_id', 'kind', 'value'], part.flatMap((b) => b.points.map((pt) => [workspaceId, 'contact', b.row.id, pt.kind, pt.value])), 'ON CONFLICT DO NOTHING');
      await multi('record_tags', ['workspace_id', 'entity_type', 'entity_id', 'tag', 'sort_name'], part.flatMap((b) => b.tags.map((tag) => [workspaceId, 'contact', b.row.id, tag, b.row.sort_name])));
      await multi('search_documents', ['workspace_id', 'entity_type', 'entity_id', 'text'], part.map((b) => [workspaceId, 'contact', b.row.id, b.text]));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** A workspace (RU), 30 owners in three departments, and `size` contacts. */
export async function fillContacts(handle: DatabaseHandle, generator: DemoGenerator, size: number, log: (m: string) => void): Promise<FilledContacts> {
  const ws = await handle.db.transaction().execute((trx) =>
    createWorkspace(trx, { name: 'Bench', locale: 'ru', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }),
  );
  const at = new Date(AT).toISOString();
  const departments = [0, 1, 2].map((d) => ({ id: `019ab0c3-0000-7000-8000-${d.toString(16).padStart(12, '0')}`, workspace_id: ws.id, name: `Team ${d}`, parent_id: null, created_at: at, updated_at: at, version: 1 }));
  await handle.db.insertInto('departments').values(departments).execute();
  const owners = Array.from({ length: OWNERS }, (_, i) => ownerId(i));
  const adminId = ownerId(OWNERS);
  await handle.db.insertInto('users').values([...owners, adminId].map((id, i) => ({
    id, workspace_id: ws.id, email: `owner${i}@bench.local`, name: `Owner ${i}`, password_hash: null, role: i === OWNERS ? 'admin' : 'manager',
    department_id: departments[i % 3]!.id, locale: 'ru', time_zone: 'Europe/Moscow', is_active: 1, failed_sign_ins: 0, created_at: at, updated_at: at, version: 1,
  }))).execute();
  for (let start = 0; start < size; start += BATCH) {
    const batch: Built[] = [];
    for (let i = start; i < Math.min(size, start + BATCH); i++) batch.push(contactRow(generator.personAt(i), ws.id, i, 'RU'));
    await insertBatch(handle, ws.id, batch, start);
    if ((start / BATCH) % 50 === 0) log(`  ${(start + batch.length).toLocaleString('en-US')} contacts`);
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');
  return { handle, workspaceId: ws.id, owners, adminId, size };
}
