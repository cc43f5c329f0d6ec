/**
 * List filters that users reach for at size (issue 7 item 7): a filterable custom field, a tag, and
 * "no activity for 30 days", each a contacts list page of 50 sorted by name through the service
 * (visibility, presenting) against its floor: the same page through the bare driver.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { listContacts } from '../../src/modules/contacts/contacts.service.js';
import { createField } from '../../src/modules/custom-fields/custom-fields.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { BENCH_REGION_FIELD, BENCH_REGIONS, BENCH_TAGS, type FilledContacts } from '../contact-rows.js';
import { paired, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';
import { foldForSearch } from '../../src/platform/text/translit.js';

type Bare = (name: string, sqliteText: string, pgText: string) => (values: unknown[]) => Promise<unknown[]>;

/** The three filter benches on a filled contacts database. */
export async function benchContactFilters(ctx: SuiteContext, db: Kysely<Database>, filled: FilledContacts, admin: Actor, bare: Bare): Promise<Result[]> {
  const pg = ctx.dialect === 'postgres';
  const iterations = pg ? 300 : 1000;
  const size = `${ctx.size.toLocaleString('en-US')} contacts`;
  const results: Result[] = [];
  const page = (query: Record<string, unknown>) => listContacts(db, admin, { sort: 'name', limit: 50, ...query } as never);
  const result = (operation: string, timings: { op: number[]; floor: number[] }): Result => ({ operation, dialect: ctx.dialect, size, op: stats(timings.op), floor: stats(timings.floor) });

  ctx.log('custom field filter: mark `region` filterable (builds its index, not measured)');
  const started = Date.now();
  const field = await db.transaction().execute((trx) => createField(trx, admin, { entity: 'contact', label: 'Region', type: 'number', filterable: true }));
  if (field.key !== BENCH_REGION_FIELD) throw new Error(`filter bench: the field key is ${field.key}, not ${BENCH_REGION_FIELD}`);
  ctx.log(`  index built in ${Date.now() - started} ms`);
  const region = (i: number) => 1 + (Math.abs(i) % BENCH_REGIONS);
  const customFloor = bare('bench_filter_custom',
    `SELECT * FROM contacts WHERE workspace_id = ? AND deleted_at IS NULL AND json_extract(custom, '$."${BENCH_REGION_FIELD}"') = ? ORDER BY sort_name, id LIMIT 51`,
    `SELECT * FROM contacts WHERE workspace_id = $1 AND deleted_at IS NULL AND (custom->>'${BENCH_REGION_FIELD}')::numeric = $2 ORDER BY sort_name, id LIMIT 51`);
  results.push(result('contacts list, custom field filter (region = N of 80), by name, 50 rows', await paired({
    warmup: 30, iterations,
    op: async (i) => {
      const res = await page({ filter: JSON.stringify([{ field: `custom.${BENCH_REGION_FIELD}`, op: 'eq', value: region(i) }]) });
      if (res.items.length === 0) throw new Error('filter bench: empty custom page');
    },
    floor: (i) => customFloor([filled.workspaceId, region(i)]),
  })));

  ctx.log('tag filter');
  const tag = (i: number) => BENCH_TAGS[Math.abs(i) % BENCH_TAGS.length]!;
  // The floor walks the tag's rows in name order (record_tags_sort_idx) and fetches each contact, as the list does.
  const tagFloor = bare('bench_filter_tag',
    "SELECT c.* FROM record_tags t CROSS JOIN contacts c WHERE t.workspace_id = ? AND t.entity_type = 'contact' AND t.tag = ? AND c.id = t.entity_id AND c.workspace_id = t.workspace_id AND c.deleted_at IS NULL ORDER BY t.sort_name, t.entity_id LIMIT 51",
    "SELECT c.* FROM record_tags t JOIN contacts c ON c.id = t.entity_id WHERE t.workspace_id = $1 AND t.entity_type = 'contact' AND t.tag = $2 AND c.workspace_id = t.workspace_id AND c.deleted_at IS NULL ORDER BY t.sort_name, t.entity_id LIMIT 51");
  results.push(result('contacts list, tag filter (one of 5 tags, ~4% each), by name, 50 rows', await paired({
    warmup: 30, iterations,
    op: async (i) => {
      const res = await page({ tag: tag(i) });
      if (res.items.length === 0) throw new Error('filter bench: empty tag page');
    },
    floor: (i) => tagFloor([filled.workspaceId, tag(i)]),
  })));

  ctx.log('no activity for 30 days');
  const cutoff = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const idleFloor = bare('bench_filter_idle',
    'SELECT * FROM contacts WHERE workspace_id = ? AND deleted_at IS NULL AND max(coalesce(last_activity_at, created_at), created_at) < ? ORDER BY sort_name, id LIMIT 51',
    'SELECT * FROM contacts WHERE workspace_id = $1 AND deleted_at IS NULL AND greatest(coalesce(last_activity_at, created_at), created_at) < $2 ORDER BY sort_name, id LIMIT 51');
  results.push(result('contacts list, no activity for 30 days, by name, 50 rows', await paired({
    warmup: 30, iterations,
    op: async () => {
      const res = await page({ noActivityDays: 30 });
      if (res.items.length === 0) throw new Error('filter bench: empty idle page');
    },
    floor: () => idleFloor([filled.workspaceId, cutoff]),
  })));
  ctx.log('q= on the list: the first 5 letters of a surname, ranked (name prefixes, then index matches)');
  const prefixes = Array.from({ length: 200 }, (_, k) => ctx.generator.personAt(Math.floor((k * 7919) % ctx.size)).lastName.slice(0, 5));
  const folded = (q: string) => foldForSearch(q);
  // The floor: the search index's matches for the text, joined to their contacts, one page, no order.
  const qFloor = bare('bench_filter_q',
    'SELECT c.* FROM search_fts f CROSS JOIN search_documents d CROSS JOIN contacts c WHERE search_fts MATCH ? AND d.id = f.rowid AND c.id = d.entity_id AND c.workspace_id = ? AND c.deleted_at IS NULL LIMIT 51',
    'SELECT c.* FROM search_documents d JOIN contacts c ON c.id = d.entity_id WHERE d.text LIKE $1 AND c.workspace_id = $2 AND c.deleted_at IS NULL LIMIT 51');
  results.push(result('contacts list, q= first 5 letters of a surname (ranked), 50 rows', await paired({
    warmup: 30, iterations,
    op: async (i) => {
      const res = await page({ q: prefixes[Math.abs(i) % prefixes.length] });
      if (res.items.length === 0) throw new Error('filter bench: empty q page');
    },
    floor: (i) => {
      const q = folded(prefixes[Math.abs(i) % prefixes.length]!);
      return qFloor([pg ? `%${q}%` : `"${q.replaceAll('"', '""')}"`, filled.workspaceId]);
    },
  })));
  return results;
}
