import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now, nowMs } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { minorDigits } from '../../platform/money.js';
import { dayIn } from '../../platform/time-zone.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import * as repo from './currencies.repository.js';
import { authorizeRates } from './currencies.policy.js';
import type { Conversion, CreateRateInput, ListRatesQuery, RateOutput, UpdateRateInput } from './currencies.schema.js';
import { convertMinor } from './rate-math.js';

/** Exchange rates per date into the workspace currency, and conversion of sums with them (decision 0023). */

function present(row: repo.RateRow): RateOutput {
  return { id: row.id, currency: row.currency, date: row.date, rate: row.rate, version: row.version };
}

/** The workspace's own currency (ISO 4217). @throws AppError not_found */
export async function workspaceCurrency(db: Executor, workspaceId: string): Promise<string> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'The workspace was not found');
  return workspace.default_currency;
}

/** The rates an administrator entered, newest first. @throws AppError forbidden */
export async function listRates(db: Executor, actor: Actor, query: ListRatesQuery): Promise<{ workspaceCurrency: string; items: RateOutput[] }> {
  authorizeRates(actor);
  const rows = await repo.listRates(db, actor.workspaceId, query);
  return { workspaceCurrency: await workspaceCurrency(db, actor.workspaceId), items: rows.map(present) };
}

async function checkFree(db: Executor, workspaceId: string, currency: string, date: string, exceptId: string | null): Promise<void> {
  const existing = await repo.findRateOn(db, workspaceId, currency, date);
  if (existing && existing.id !== exceptId) throw new AppError('validation_failed', `There is already a ${currency} rate on ${date}`, { date: 'taken' });
}

/** Adds the rate of a currency from a day on. @throws AppError forbidden | validation_failed (currency: same_as_workspace, date: taken) */
export async function createRate(trx: Transaction<Database>, actor: Actor, input: CreateRateInput): Promise<RateOutput> {
  authorizeRates(actor);
  const ws = actor.workspaceId;
  if (input.currency === (await workspaceCurrency(trx, ws))) {
    throw new AppError('validation_failed', 'The workspace currency needs no rate', { currency: 'same_as_workspace' });
  }
  await checkFree(trx, ws, input.currency, input.date, null);
  const at = now();
  const row = await repo.insertRate(trx, { id: newId(), workspace_id: ws, currency: input.currency, date: input.date, rate: input.rate, version: 1, created_at: at, updated_at: at });
  await recordChange(trx, actor, { entityType: 'exchange_rate', action: 'create', before: null, after: row });
  return present(row);
}

async function findForChange(db: Executor, actor: Actor, id: string): Promise<repo.RateRow> {
  authorizeRates(actor);
  const row = await repo.findRate(db, actor.workspaceId, id);
  if (!row) throw new AppError('not_found', 'The rate was not found');
  return row;
}

const stale = (current: repo.RateRow) => new AppError('conflict', 'The rate was changed by someone else; reload and try again', undefined, { current: present(current) });

/** Changes a rate's day or value. @throws AppError forbidden | not_found | conflict | validation_failed (date: taken) */
export async function updateRate(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateRateInput): Promise<RateOutput> {
  const before = await findForChange(trx, actor, id);
  if (before.version !== input.version) throw stale(before);
  if (input.date !== undefined) await checkFree(trx, actor.workspaceId, before.currency, input.date, id);
  const after = await repo.updateRateRow(trx, actor.workspaceId, id, input.version, {
    ...(input.date !== undefined ? { date: input.date } : {}), ...(input.rate !== undefined ? { rate: input.rate } : {}), updated_at: now(),
  });
  if (!after) throw stale(before);
  await recordChange(trx, actor, { entityType: 'exchange_rate', action: 'update', before, after });
  return present(after);
}

/** Removes a rate. @throws AppError forbidden | not_found | conflict */
export async function deleteRate(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  const before = await findForChange(trx, actor, id);
  if (before.version !== version || !(await repo.deleteRateRow(trx, actor.workspaceId, id, version))) throw stale(before);
  // The deletion is the rate's next version in its history (versions are unique per record).
  await recordChange(trx, actor, { entityType: 'exchange_rate', action: 'delete', before: { ...before, version: before.version + 1 }, after: null });
}

/** An amount to convert; `date` (YYYY-MM-DD) overrides the call's day for this one. */
export interface AmountToConvert {
  currency: string;
  minor: number;
  date?: string;
}

/**
 * Sums amounts in the workspace currency, each at the latest rate of its currency on or before its
 * day. Amounts already in the workspace currency pass through; those whose currency has no rate by
 * then are left out and their currency is named in `missingRates`.
 */
export async function convert(db: Executor, workspaceId: string, amounts: readonly AmountToConvert[], date: string): Promise<Conversion> {
  const currency = await workspaceCurrency(db, workspaceId);
  const foreign = [...new Set(amounts.filter((a) => a.currency !== currency).map((a) => a.currency))];
  const days = amounts.map((a) => a.date ?? date);
  const first = days.reduce((min, d) => (d < min ? d : min), date);
  const last = days.reduce((max, d) => (d > max ? d : max), date);
  const byCurrency = new Map<string, Array<{ date: string; rate: string }>>();
  for (const rate of await repo.ratesCovering(db, workspaceId, foreign, first, last)) {
    const list = byCurrency.get(rate.currency) ?? [];
    list.push({ date: rate.date, rate: rate.rate });
    byCurrency.set(rate.currency, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const toDigits = minorDigits(currency);
  const missing = new Set<string>();
  let total = 0;
  const converted = amounts.map((amount, i) => {
    if (amount.currency === currency) {
      total += amount.minor;
      return amount.minor;
    }
    const rate = latestOnOrBefore(byCurrency.get(amount.currency) ?? [], days[i]!);
    if (!rate) {
      missing.add(amount.currency);
      return null;
    }
    const value = convertMinor(amount.minor, minorDigits(amount.currency), rate, toDigits);
    total += value;
    return value;
  });
  return { currency, total, converted, missingRates: [...missing].sort() };
}

/** The rate of the last entry on or before the day, in a list sorted by day. */
function latestOnOrBefore(rates: Array<{ date: string; rate: string }>, day: string): string | null {
  let found: string | null = null;
  for (const r of rates) {
    if (r.date > day) break;
    found = r.rate;
  }
  return found;
}

/** Sums per currency, as a board column shows them. */
export interface CurrencySums {
  currency: string;
  sum: number;
  weighted: number;
}

/** Several groups' sums in the workspace currency, and which currencies of each lacked a rate. */
export interface ConvertedSums {
  converted: { currency: string; sum: number; weighted: number };
  missingRates: string[];
}

/**
 * Each group of per-currency sums (a board column, the board's totals) converted at the rates of
 * `date` (default: today in the workspace's time zone), with one look-up of the rates for all groups.
 */
export async function convertSumGroups(db: Executor, workspaceId: string, groups: readonly CurrencySums[][], date?: string): Promise<ConvertedSums[]> {
  const day = date ?? dayIn(nowMs(), (await findWorkspace(db, workspaceId))?.time_zone ?? 'UTC');
  const flat = groups.flatMap((group) => group.flatMap((s) => [{ currency: s.currency, minor: s.sum }, { currency: s.currency, minor: s.weighted }]));
  const result = await convert(db, workspaceId, flat, day);
  let at = 0;
  return groups.map((group) => {
    let sum = 0;
    let weighted = 0;
    const missing = new Set<string>();
    for (const s of group) {
      const [convertedSum, convertedWeighted] = [result.converted[at++], result.converted[at++]];
      if (convertedSum === null || convertedWeighted === null) missing.add(s.currency);
      else {
        sum += convertedSum!;
        weighted += convertedWeighted!;
      }
    }
    return { converted: { currency: result.currency, sum, weighted }, missingRates: [...missing].sort() };
  });
}
