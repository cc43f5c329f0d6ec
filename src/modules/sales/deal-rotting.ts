import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import type { ListParam } from '../../platform/records/record-type.js';

/**
 * `rotting=1`: open deals idle (no stage move and no activity) longer than their stage's rotting
 * limit, the same rule as the card's `rotting` flag (`isRotting`); `rotting=0` asks for nothing.
 * The limit lives on the stage, so the cut-off is computed per row from the stage's days.
 */
export const rottingParam: ListParam = {
  schema: z.enum(['0', '1'], { error: 'invalid_option' }).optional(),
  condition(value, _actor, table, pg) {
    if (value !== '1' && value !== '0') throw new AppError('validation_failed', 'rotting takes 1 or 0', { rotting: 'invalid_option' });
    if (value === '0') return undefined;
    const at = now();
    const entered = sql.ref(`${table}.stage_entered_at`);
    const activity = sql.ref(`${table}.last_activity_at`);
    const stageId = sql.ref(`${table}.stage_id`);
    // Idle since the later of entering the stage and the last activity.
    const idleSince = pg ? sql`greatest(${entered}, coalesce(${activity}, ${entered}))` : sql`max(${entered}, coalesce(${activity}, ${entered}))`;
    const cutoff = pg
      ? sql`(${at}::timestamptz - rot.rotting_days * interval '1 day')`
      : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '-' || rot.rotting_days || ' days')`;
    return () => sql<SqlBool>`exists (select 1 from pipeline_stages rot where rot.id = ${stageId} and rot.kind = 'open' and rot.rotting_days is not null and ${idleSince} < ${cutoff})`;
  },
};

/**
 * `noNextStep=1`: open deals without a planned activity (`next_activity_at`, kept by the activities
 * module, decision 0025); `noNextStep=0` asks for nothing. Walks `deals_next_step_idx`.
 */
export const noNextStepParam: ListParam = {
  schema: z.enum(['0', '1'], { error: 'invalid_option' }).optional(),
  sample: '1',
  condition(value, _actor, table) {
    if (value !== '1' && value !== '0') throw new AppError('validation_failed', 'noNextStep takes 1 or 0', { noNextStep: 'invalid_option' });
    if (value === '0') return undefined;
    return (eb) => eb.and([eb(`${table}.closed_at`, 'is', null), eb(`${table}.next_activity_at`, 'is', null)]);
  },
};
