import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { scopeOf } from './actor.js';
import type { Action, Module } from './permissions.js';

/**
 * Checks the role allows the action on the module at all. Record-level reach is the visibility
 * filter's job (a record outside the scope is simply not found).
 * @throws AppError forbidden
 */
export function authorize(actor: Actor, module: Module, action: Action): void {
  if (scopeOf(actor, module, action) === 'none') {
    throw new AppError('forbidden', `You have no right to ${action.replace('_', ' ')} ${module}`);
  }
}
