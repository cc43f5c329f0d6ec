import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { ExchangeRatesTable } from './currencies.table.js';

export type RateRow = Selectable<ExchangeRatesTable>;

/** A workspace's rates, newest day first, optionally of one currency and within days. */
export function listRates(db: Executor, workspaceId: string, filter: { currency?: string; from?: string; to?: string; limit: number }): Promise<RateRow[]> {
  let query = db.selectFrom('exchange_rates').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.currency) query = query.where('currency', '=', filter.currency);
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  return query.orderBy('date', 'desc').orderBy('currency').limit(filter.limit).execute();
}

export function findRate(db: Executor, workspaceId: string, id: string): Promise<RateRow | undefined> {
  return db.selectFrom('exchange_rates').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function findRateOn(db: Executor, workspaceId: string, currency: string, date: string): Promise<RateRow | undefined> {
  return db.selectFrom('exchange_rates').selectAll().where('workspace_id', '=', workspaceId).where('currency', '=', currency).where('date', '=', date).executeTakeFirst();
}

export function insertRate(db: Executor, row: Insertable<ExchangeRatesTable>): Promise<RateRow> {
  return db.insertInto('exchange_rates').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateRateRow(db: Executor, workspaceId: string, id: string, version: number, patch: Updateable<ExchangeRatesTable>) {
  return updateVersioned(db, 'exchange_rates', workspaceId, id, version, patch);
}

export async function deleteRateRow(db: Executor, workspaceId: string, id: string, version: number): Promise<boolean> {
  const res = await db.deleteFrom('exchange_rates').where('workspace_id', '=', workspaceId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/**
 * Every rate of these currencies that applies somewhere in [first, last]: the latest on or before
 * `first` for each currency (one index seek each) and all entered after it up to `last`.
 */
export async function ratesCovering(db: Executor, workspaceId: string, currencies: string[], first: string, last: string): Promise<Array<Pick<RateRow, 'currency' | 'date' | 'rate'>>> {
  if (currencies.length === 0) return [];
  const latest = await Promise.all(currencies.map((currency) => db.selectFrom('exchange_rates').select(['currency', 'date', 'rate'])
    .where('workspace_id', '=', workspaceId).where('currency', '=', currency).where('date', '<=', first)
    .orderBy('date', 'desc').limit(1).executeTakeFirst()));
  const within = await db.selectFrom('exchange_rates').select(['currency', 'date', 'rate'])
    .where('workspace_id', '=', workspaceId).where('currency', 'in', currencies).where('date', '>', first).where('date', '<=', last)
    .orderBy(sql.ref('date')).execute();
  return [...latest.filter((r) => r !== undefined), ...within];
}
