import type { Database, Executor } from '../../db/database.js';
import type { Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { audit } from '../../platform/history/record-change.js';
import { AppError } from '../../platform/errors.js';
import { workspaceCurrency } from '../currencies/currencies.service.js';
import type { SourceCostsOutput } from './analytics.schema.js';
import * as repo from './source-costs.repository.js';

/** Campaign costs per lead source and month: what CPA and ROMI divide by. */

/** A month's costs. @throws AppError forbidden */
export async function getSourceCosts(db: Executor, actor: Actor, month: string): Promise<SourceCostsOutput> {
  authorize(actor, 'reports', 'view');
  return { items: await repo.listSourceCosts(db, actor.workspaceId, month, month) };
}

/**
 * Sets a month's costs (the list replaces the month's). Administrators and roles with the right to
 * manage report settings (`reports_admin`).
 * @throws AppError forbidden | validation_failed (a source twice)
 */
export async function saveSourceCosts(trx: Transaction<Database>, actor: Actor, month: string, items: ReadonlyArray<{ source: string; amount: number; currency?: string | undefined }>): Promise<SourceCostsOutput> {
  authorize(actor, 'reports', 'manage_settings');
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = item.source.toLowerCase();
    if (seen.has(key)) throw new AppError('validation_failed', 'A source is named twice', { [`items.${i}.source`]: 'duplicate' });
    seen.add(key);
  });
  const currency = await workspaceCurrency(trx, actor.workspaceId);
  await repo.replaceSourceCosts(trx, actor.workspaceId, month, items.map((i) => ({ source: i.source, amount: i.amount, currency: i.currency ?? currency })));
  await audit(trx, { ...actor, actorId: actor.userId }, 'source_costs.updated', { entityType: 'source_costs', changes: { month, items } });
  return { items: await repo.listSourceCosts(trx, actor.workspaceId, month, month) };
}
