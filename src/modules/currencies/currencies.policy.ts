import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';

/** Exchange rates are workspace settings: administrators, or whoever holds the settings right over everything. */
export function canManageRates(actor: Actor): boolean {
  return isAdmin(actor) || scopeOf(actor, 'settings', 'manage_settings') === 'all';
}

/** @throws AppError forbidden */
export function authorizeRates(actor: Actor): void {
  if (!canManageRates(actor)) throw new AppError('forbidden', 'Only administrators see and change exchange rates');
}
