/**
 * The client base at size (DESIGN budgets: list page p95 <= 15 ms, search p95 <= 25 ms at 1M
 * contacts): a list page with a filter, the global search, a card load and a create, each through
 * the contacts service with an actor (visibility applied) against its floor — the main query the
 * same work needs, through the bare driver.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { createContact, getContact, listContacts } from '../../src/modules/contacts/contacts.service.js';
import '../../src/modules/contacts/contact.record.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { Random } from '../../src/platform/demo/random.js';
import { searchRecords as searchClients } from '../../src/modules/search/search.service.js';
import { foldForSearch } from '../../src/platform/text/translit.js';
import { benchContactId, contactRow, fillContacts, STATUSES, type FilledContacts, CONTACT_COLUMNS } from '../contact-rows.js';
import { paired, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';
import { benchContactFilters } from './contact-filters.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };

async function actorOf(db: Kysely<Database>, workspaceId: string, id: string): Promise<Actor> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new Error('contacts bench: owner missing');
  return actorForUser(db, user, ctxNone);
}

/** A bare-driver query returning rows, prepared once (SQLite) or named (PostgreSQL). */
function bareQuery(filled: FilledContacts, name: string, sqliteText: string, pgText: string): (values: unknown[]) => Promise<unknown[]> {
  const { handle } = filled;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqliteText);
    return async (values) => stmt.all(values);
  }
  return async (values) => (await handle.raw.pool!.query({ name, text: pgText, values })).rows;
}

function result(operation: string, ctx: SuiteContext, timings: { op: number[]; floor: number[] }, note?: string): Result {
  return { operation, dialect: ctx.dialect, size: `${ctx.size.toLocaleString('en-US')} contacts`, op: stats(timings.op), floor: stats(timings.floor), note };
}

export async function benchContacts(ctx: SuiteContext): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'contacts');
  ctx.log(`fill ${ctx.size.toLocaleString('en-US')} contacts with derived rows (bare driver, not measured)`);
  const filled = await fillContacts(handle, ctx.generator, ctx.size, ctx.log);
  const db = handle.db;
  const admin = await actorOf(db, filled.workspaceId, filled.adminId);
  const manager = await actorOf(db, filled.workspaceId, filled.owners[0]!);
  const random = new Random(ctx.generator.seed + 11);
  // A second manager with 200 contacts of others shared with them: their lists and searches carry the share branch (decision 0027).
  const sharer = filled.owners[1]!;
  const sharedIds = [...new Set(Array.from({ length: 200 }, () => benchContactId(random.int(0, ctx.size - 1))))];
  await db.insertInto('record_shares').values(sharedIds.map((id) => ({
    workspace_id: filled.workspaceId, subject_type: 'contact', subject_id: id, user_id: sharer, level: 'view', created_by: filled.adminId, created_at: new Date().toISOString(),
  }))).onConflict((oc) => oc.doNothing()).execute();
  const withShares = await actorOf(db, filled.workspaceId, sharer);
  const pg = ctx.dialect === 'postgres';
  const iterations = pg ? 300 : 1000;
  const results: Result[] = [];

  ctx.log('list page: status filter, sorted by name, 50 rows (admin: all; manager: own)');
  const listFloor = bareQuery(filled, 'bench_list',
    'SELECT * FROM contacts WHERE workspace_id = ? AND deleted_at IS NULL AND status = ? ORDER BY sort_name, id LIMIT 51',
    'SELECT * FROM contacts WHERE workspace_id = $1 AND deleted_at IS NULL AND status = $2 ORDER BY sort_name, id LIMIT 51');
  for (const [who, actor] of [['admin', admin], ['manager (own)', manager], ['manager (own + 200 shared)', withShares]] as const) {
    const timings = await paired({
      warmup: 30, iterations,
      op: async (i) => {
        const page = await listContacts(db, actor, { status: STATUSES[Math.abs(i) % 3]!, sort: 'name', limit: 50 } as never);
        if (page.items.length === 0) throw new Error('list bench: empty page');
      },
      floor: (i) => listFloor([filled.workspaceId, STATUSES[Math.abs(i) % 3]]),
    });
    results.push(result(`contacts list page (status filter, by name, 50 rows), ${who}`, ctx, timings));
  }

  ctx.log('global search: surname, Latin transliteration, phone digits');
  const queries = Array.from({ length: iterations + 40 }, (_, i) => {
    const person = ctx.generator.personAt(random.int(0, ctx.size - 1));
    const kind = i % 3;
    if (kind === 0) return person.lastName;
    if (kind === 1) return contactRow(person, filled.workspaceId, 0, 'RU').text.split(' | ').find((form) => /^[a-z]/.test(form))?.split(' ')[0] ?? person.lastName;
    return person.phone.typed;
  });
  const qAt = (i: number) => queries[i < 0 ? iterations - 1 - i : i]!;
  const searchFloor = pg
    ? bareQuery(filled, 'bench_search', '', "SELECT d.entity_id FROM search_documents d JOIN contacts c ON c.id = d.entity_id WHERE d.text LIKE $1 AND c.workspace_id = $2 AND c.deleted_at IS NULL LIMIT 10")
    : bareQuery(filled, 'bench_search', "SELECT d.entity_id FROM search_fts f JOIN search_documents d ON d.id = f.rowid JOIN contacts c ON c.id = d.entity_id WHERE search_fts MATCH ? AND c.workspace_id = ? AND c.deleted_at IS NULL LIMIT 10", '');
  const floorArg = (q: string) => {
    const folded = foldForSearch(q).replace(/[^\p{L}\p{N} ]/gu, ' ').trim();
    return pg ? `%${folded}%` : `"${folded.replace(/"/g, '""')}"`;
  };
  for (const [who, actor] of [['admin', admin], ['manager (own)', manager], ['manager (own + 200 shared)', withShares]] as const) {
    const timings = await paired({
      warmup: 20, iterations,
      op: (i) => searchClients(db, actor, qAt(i), 5),
      floor: (i) => searchFloor([floorArg(qAt(i)), filled.workspaceId]),
    });
    results.push(result(`global search (name / Latin / phone, 5 per type), ${who}`, ctx, timings, 'floor: one substring match of the folded query'));
  }

  ctx.log('card load (getContact with companies and owner)');
  const cardFloor = bareQuery(filled, 'bench_card',
    'SELECT * FROM contacts WHERE workspace_id = ? AND id = ? AND deleted_at IS NULL',
    'SELECT * FROM contacts WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL');
  const ids = Array.from({ length: iterations + 100 }, () => benchContactId(random.int(0, ctx.size - 1)));
  const idAt = (i: number) => ids[i < 0 ? iterations - 1 - i : i]!;
  results.push(result('contact card load', ctx, await paired({
    warmup: 50, iterations,
    op: (i) => getContact(db, admin, idAt(i)),
    floor: (i) => cardFloor([filled.workspaceId, idAt(i)]),
  })));

  ctx.log('create contact (validation, derived rows, history, audit, outbox)');
  let n = ctx.size + 1;
  const floorInsert = bareQuery(filled, 'bench_create',
    `INSERT INTO contacts (${CONTACT_COLUMNS.join(',')}) VALUES (${CONTACT_COLUMNS.map(() => '?').join(',')}) RETURNING id`,
    `INSERT INTO contacts (${CONTACT_COLUMNS.join(',')}) VALUES (${CONTACT_COLUMNS.map((_, i) => `$${i + 1}`).join(',')}) RETURNING id`);
  results.push(result('create contact', ctx, await paired({
    warmup: 20, iterations: pg ? 200 : 500,
    op: async () => {
      const person = ctx.generator.personAt(n++);
      await db.transaction().execute((trx) => createContact(trx, admin, {
        firstName: person.firstName, lastName: person.lastName, middleName: person.middleName,
        phones: [{ value: person.phone.e164 }], emails: [{ value: person.email }],
      }));
    },
    floor: async () => {
      const built = contactRow(ctx.generator.personAt(n), filled.workspaceId, n, 'RU');
      built.row.id = benchContactId(10_000_000 + n++);
      await floorInsert(CONTACT_COLUMNS.map((c) => (built.row as Record<string, unknown>)[c] ?? null));
    },
  }), 'floor: the contact row alone, one INSERT'));

  results.push(...(await benchContactFilters(ctx, db, filled, admin, (name, sqliteText, pgText) => bareQuery(filled, name, sqliteText, pgText))));
  return results;
}
