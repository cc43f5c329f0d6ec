import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { registerRetention } from '../../platform/jobs/retention.js';
import { deleteOldLogins } from './oidc.repository.js';

export const OIDC_LOGINS_CLEANUP_JOB = 'oidc.logins_cleanup';

/**
 * Registers the hourly clean-up of started OpenID sign-ins that expired more than a day ago (used
 * or not: a used one is refused by its `used_at` until then, an expired one by its time).
 * @throws Error when it is already registered there.
 */
export function registerOidcJobs(registry: JobRegistry, options: { everyMs?: number } = {}): void {
  registerRetention(registry, { type: OIDC_LOGINS_CLEANUP_JOB, what: 'expired OpenID sign-ins', keepDays: 1, deleteBatch: deleteOldLogins, everyMs: options.everyMs });
}
