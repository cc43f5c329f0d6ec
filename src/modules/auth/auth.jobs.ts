import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { registerRetention } from '../../platform/jobs/retention.js';
import { deleteDeadSessions } from './sessions.repository.js';
import { deleteSpentUserTokens } from './user-tokens.repository.js';

export const SESSIONS_CLEANUP_JOB = 'auth.sessions_cleanup';
export const USER_TOKENS_CLEANUP_JOB = 'auth.user_tokens_cleanup';

/**
 * Registers the auth module's clean-ups, hourly: sessions that ended more than a week ago (the
 * sessions screen stops showing them once they end) and one-time tokens (invites, resets,
 * two-factor challenges) used or expired more than a week ago. Sign-ins stay in the audit log.
 * @throws Error when they are already registered there.
 */
export function registerAuthJobs(registry: JobRegistry, options: { keepDays?: number; everyMs?: number } = {}): void {
  const keepDays = options.keepDays ?? 7;
  registerRetention(registry, { type: SESSIONS_CLEANUP_JOB, what: 'ended sessions', keepDays, deleteBatch: deleteDeadSessions, everyMs: options.everyMs });
  registerRetention(registry, { type: USER_TOKENS_CLEANUP_JOB, what: 'spent one-time tokens', keepDays, deleteBatch: deleteSpentUserTokens, everyMs: options.everyMs });
}
