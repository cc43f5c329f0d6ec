import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connect.js';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { toJson } from '../../platform/json.js';
import type { CustomFieldDef } from './custom-field-def.js';
import { customFieldCondition, customFieldSortExpression } from './custom-field-sql.js';
import type { CustomFieldType } from './custom-fields.table.js';
import type { FilterOp } from './filter-ops.js';

function def(key: string, type: CustomFieldType, options: string[] = []): CustomFieldDef {
  return {
    id: key, entityType: 'contact', key, label: key, type, options: options.map((o) => ({ key: o, label: o.toUpperCase() })),
    required: false, defaultValue: null, helpText: null, position: 0, retired: false, filterable: false, version: 1,
  };
}

const F = {
  city: def('city', 'text'),
  score: def('score', 'number'),
  budget: def('budget', 'money'),
  signed: def('signed_on', 'date'),
  seen: def('seen_at', 'datetime'),
  vip: def('vip', 'checkbox'),
  level: def('level', 'select', ['gold', 'silver']),
  langs: def('langs', 'multi_select', ['ru', 'bg', 'en']),
};

// name → custom values; "empty" has none at all.
const ROWS: Record<string, Record<string, unknown>> = {
  anna: { city: 'Москва', score: 10, budget: { amount: 150000, currency: 'EUR' }, signed_on: '2025-01-15', seen_at: '2026-03-01T07:00:00.000Z', vip: true, level: 'gold', langs: ['ru', 'en'] },
  boris: { city: 'Sofia 100%', score: 2.5, budget: { amount: 9900, currency: 'USD' }, signed_on: '2024-12-31', seen_at: '2026-02-28T23:59:59.000Z', vip: false, level: 'silver', langs: ['bg'] },
  vera: { city: 'sofia', score: 100, budget: { amount: 150000, currency: 'USD' }, signed_on: '2025-06-01', langs: [] },
  empty: {},
};

describe.each(DIALECTS)('custom field SQL on %s', (dialect) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  const pg = dialect === 'postgres';

  beforeAll(async () => {
    handle = await testDatabase(dialect);
    const build = factories(handle.db);
    const workspace = await build.workspace();
    const owner = await build.user({ workspace });
    workspaceId = workspace.id;
    // A second workspace's contact must never leak into the answers.
    const other = await build.workspace();
    const otherOwner = await build.user({ workspace: other });
    const at = now();
    const rows = [...Object.entries(ROWS).map(([name, custom]) => ({ name, custom, ws: workspace.id, owner: owner.id })), { name: 'stranger', custom: ROWS.anna!, ws: other.id, owner: otherOwner.id }];
    for (const row of rows) {
      await handle.db.insertInto('contacts').values({
        id: newId(), workspace_id: row.ws, owner_id: row.owner, phones: '[]', emails: '[]', messengers: '[]', addresses: '[]', tags: '[]',
        custom: toJson(row.custom), sort_name: row.name, name_key: row.name, display_name: row.name, created_at: at, updated_at: at,
      } as never).execute();
    }
  });

  afterAll(async () => {
    await handle?.close();
  });

  async function names(field: CustomFieldDef, op: FilterOp, value?: unknown): Promise<string[]> {
    const rows = await handle.db
      .selectFrom('contacts')
      .select('display_name')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => customFieldCondition(eb, 'contacts.custom', field, op, value, pg))
      .orderBy('display_name')
      .execute();
    return rows.map((r) => r.display_name);
  }

  it('filters text fields', async () => {
    expect(await names(F.city, 'eq', 'Москва')).toEqual(['anna']);
    expect(await names(F.city, 'neq', 'Москва')).toEqual(['boris', 'empty', 'vera']);
    expect(await names(F.city, 'contains', 'SOFIA')).toEqual(['boris', 'vera']);
    // LIKE wildcards in the value are literal.
    expect(await names(F.city, 'contains', '%')).toEqual(['boris']);
    expect(await names(F.city, 'contains', '_')).toEqual([]);
    expect(await names(F.city, 'in', ['sofia', 'Москва'])).toEqual(['anna', 'vera']);
    expect(await names(F.city, 'empty')).toEqual(['empty']);
    expect(await names(F.city, 'notEmpty')).toEqual(['anna', 'boris', 'vera']);
  });

  it('filters numbers and money numerically', async () => {
    expect(await names(F.score, 'gt', 5)).toEqual(['anna', 'vera']);
    expect(await names(F.score, 'lte', 10)).toEqual(['anna', 'boris']);
    expect(await names(F.score, 'eq', '2.5')).toEqual(['boris']);
    expect(await names(F.score, 'in', [10, 100])).toEqual(['anna', 'vera']);
    expect(await names(F.score, 'neq', 10)).toEqual(['boris', 'empty', 'vera']);
    expect(await names(F.score, 'empty')).toEqual(['empty']);
    expect(await names(F.budget, 'gte', 150000)).toEqual(['anna', 'vera']);
    expect(await names(F.budget, 'eq', { amount: 150000, currency: 'usd' })).toEqual(['vera']);
    expect(await names(F.budget, 'lt', 100000)).toEqual(['boris']);
    expect(await names(F.budget, 'notEmpty')).toEqual(['anna', 'boris', 'vera']);
  });

  it('filters dates and datetimes in time order', async () => {
    expect(await names(F.signed, 'gte', '2025-01-01')).toEqual(['anna', 'vera']);
    expect(await names(F.signed, 'lt', '2025-01-15')).toEqual(['boris']);
    expect(await names(F.signed, 'eq', '2025-06-01')).toEqual(['vera']);
    expect(await names(F.seen, 'gte', '2026-03-01T09:00:00+03:00')).toEqual(['anna']);
    expect(await names(F.seen, 'lt', '2026-03-01')).toEqual(['boris']);
    expect(await names(F.seen, 'empty')).toEqual(['empty', 'vera']);
  });

  it('filters checkboxes, a missing one counting as unchecked', async () => {
    expect(await names(F.vip, 'eq', true)).toEqual(['anna']);
    expect(await names(F.vip, 'eq', false)).toEqual(['boris', 'empty', 'vera']);
    expect(await names(F.vip, 'neq', true)).toEqual(['boris', 'empty', 'vera']);
    expect(await names(F.vip, 'eq', 'true')).toEqual(['anna']);
  });

  it('filters selects and multi-selects by option', async () => {
    expect(await names(F.level, 'eq', 'gold')).toEqual(['anna']);
    expect(await names(F.level, 'in', ['gold', 'silver'])).toEqual(['anna', 'boris']);
    expect(await names(F.level, 'empty')).toEqual(['empty', 'vera']);
    expect(await names(F.langs, 'contains', 'en')).toEqual(['anna']);
    expect(await names(F.langs, 'eq', 'bg')).toEqual(['boris']);
    expect(await names(F.langs, 'neq', 'ru')).toEqual(['boris', 'empty', 'vera']);
    expect(await names(F.langs, 'in', ['bg', 'en'])).toEqual(['anna', 'boris']);
    expect(await names(F.langs, 'empty')).toEqual(['empty', 'vera']);
    expect(await names(F.langs, 'notEmpty')).toEqual(['anna', 'boris']);
  });

  it('refuses operators a type does not have and bad values', async () => {
    const bad: Array<[CustomFieldDef, FilterOp, unknown]> = [
      [F.city, 'gt', 'a'], [F.vip, 'empty', undefined], [F.score, 'eq', 'many'], [F.signed, 'eq', '2025-02-30'],
      [F.langs, 'in', []], [F.city, 'in', 'x'], [F.budget, 'eq', { amount: 1, currency: 'EURO' }], [def('Bad key', 'text'), 'eq', 'x'],
    ];
    for (const [field, op, value] of bad) {
      const error = await names(field, op, value).then(() => null, (e: unknown) => e);
      expect(error, `${field.key} ${op}`).toBeInstanceOf(AppError);
      expect((error as AppError).fields).toEqual({ filter: 'invalid' });
    }
  });

  it('binds values as parameters', async () => {
    expect(await names(F.city, 'eq', "x' OR 1=1 --")).toEqual([]);
    expect(await names(F.langs, 'contains', "ru') OR 1=1 --")).toEqual([]);
  });

  it('sorts by a custom field, records without a value last', async () => {
    async function order(field: CustomFieldDef, direction: 'asc' | 'desc'): Promise<string[]> {
      const rows = await handle.db
        .selectFrom('contacts')
        .select('display_name')
        .where('workspace_id', '=', workspaceId)
        .orderBy(customFieldSortExpression('contacts.custom', field, pg), (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
        .orderBy('display_name')
        .execute();
      return rows.map((r) => r.display_name);
    }
    expect(await order(F.score, 'asc')).toEqual(['boris', 'anna', 'vera', 'empty']);
    expect(await order(F.score, 'desc')).toEqual(['vera', 'anna', 'boris', 'empty']);
    expect(await order(F.budget, 'asc')).toEqual(['boris', 'anna', 'vera', 'empty']);
    expect(await order(F.signed, 'desc')).toEqual(['vera', 'anna', 'boris', 'empty']);
    expect(await order(F.seen, 'asc')).toEqual(['boris', 'anna', 'empty', 'vera']);
    expect(await order(F.vip, 'desc')).toEqual(['anna', 'boris', 'empty', 'vera']);
    // Sort keys read back as plain values a cursor can carry (no Date objects from pg).
    const keys = await handle.db
      .selectFrom('contacts')
      .select([customFieldSortExpression('contacts.custom', F.signed, pg).as('d'), customFieldSortExpression('contacts.custom', F.seen, pg).as('t')])
      .where('workspace_id', '=', workspaceId)
      .where('display_name', '=', 'anna')
      .executeTakeFirstOrThrow();
    expect(keys).toEqual({ d: '2025-01-15', t: '2026-03-01T07:00:00.000Z' });
  });
});
