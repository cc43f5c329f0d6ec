import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import * as records from '../records/records.service.js';
import { activityType } from './activities.service.js';
import * as activities from './activities.repository.js';
import type { ActivityOutput } from './activities.schema.js';

/** One-click task moves: complete (the next occurrence of a repeating task follows) and reschedule. */

export interface CompleteInput {
  result?: string | null;
  version: number;
}

export interface RescheduleInput {
  dueAt?: string;
  dueDay?: string;
  endsAt?: string | null;
  version: number;
}

/**
 * Completes a planned activity with a result; a repeating task's next occurrence is created.
 * @throws AppError not_found | forbidden | conflict (stale version, with `current`) | validation_failed (status: already_done)
 */
export async function completeActivity(trx: Transaction<Database>, actor: Actor, id: string, input: CompleteInput): Promise<{ activity: ActivityOutput; next: ActivityOutput | null }> {
  const kind = activityType();
  const before = await records.findForWrite(trx, actor, kind, id, 'edit');
  if (before.version === input.version && before.status === 'done') throw new AppError('validation_failed', 'The activity is already done', { status: 'already_done' });
  const activity = (await records.updateRecord(trx, actor, kind, id, { status: 'done', ...(input.result !== undefined ? { result: input.result } : {}), version: input.version })) as ActivityOutput;
  const nextId = await activities.findOccurrence(trx, actor.workspaceId, String(before.series_id ?? before.id), Number(before.occurrence ?? 1) + 1);
  const next = nextId ? ((await records.getRecord(trx, actor, kind, nextId)) as ActivityOutput) : null;
  return { activity, next };
}

/**
 * Moves a planned activity to a new due time or day (its reminder moves with it).
 * @throws AppError not_found | forbidden | conflict | validation_failed (dueAt: required, or the activity's own checks)
 */
export async function rescheduleActivity(trx: Transaction<Database>, actor: Actor, id: string, input: RescheduleInput): Promise<ActivityOutput> {
  if (input.dueAt === undefined && input.dueDay === undefined) throw new AppError('validation_failed', 'Name the new due time or day', { dueAt: 'required' });
  const patch: Record<string, unknown> & { version: number } = { version: input.version };
  if (input.dueAt !== undefined) Object.assign(patch, { dueAt: input.dueAt, dueDay: null });
  if (input.dueDay !== undefined) Object.assign(patch, { dueDay: input.dueDay, dueAt: null });
  if (input.endsAt !== undefined) patch.endsAt = input.endsAt;
  return (await records.updateRecord(trx, actor, activityType(), id, patch)) as ActivityOutput;
}
