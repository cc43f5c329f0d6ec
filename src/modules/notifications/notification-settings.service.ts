import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import * as notifications from './notifications.repository.js';
import { EMAIL_TYPES, hasEmailChoice } from './notification-types.js';
import type { NotificationSettingsInput, NotificationSettingsOutput } from './notifications.schema.js';

function signedInUserId(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Only a signed-in user has notification settings');
  return actor.userId;
}

/** The actor's choices: every type with an email choice, with theirs or the default. @throws AppError forbidden (no user) */
export async function getMyNotificationSettings(db: Executor, actor: Actor): Promise<NotificationSettingsOutput> {
  const userId = signedInUserId(actor);
  const choices = await notifications.emailChoices(db, [userId]);
  return {
    types: [...EMAIL_TYPES].map(([type, { emailByDefault }]) => ({ type, inApp: true as const, email: choices.get(`${userId}\u0000${type}`) ?? emailByDefault })),
  };
}

/**
 * Sets the actor's email choices for the types named (others keep theirs); all or nothing.
 * @throws AppError forbidden (no user) | validation_failed (fields `types.<i>.type`: unknown_type | duplicate)
 */
export async function saveMyNotificationSettings(db: Executor, actor: Actor, input: NotificationSettingsInput): Promise<NotificationSettingsOutput> {
  const userId = signedInUserId(actor);
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  input.types.forEach((t, i) => {
    if (!hasEmailChoice(t.type)) fields[`types.${i}.type`] = 'unknown_type';
    else if (seen.has(t.type)) fields[`types.${i}.type`] = 'duplicate';
    seen.add(t.type);
  });
  if (Object.keys(fields).length) throw new AppError('validation_failed', 'Some notification types are unknown', fields);
  await notifications.saveEmailChoices(db, actor.workspaceId, userId, input.types);
  return getMyNotificationSettings(db, actor);
}
