import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { runEscalations } from './escalation.service.js';

export const ESCALATION_SCAN_JOB = 'escalation.scan';

/**
 * Registers the escalation scan on the persistent scheduler (one pending run across all processes;
 * each level still fires once if two runs overlap, by the escalations' unique key).
 * @throws Error when it is already registered there.
 */
export function registerEscalationJobs(registry: JobRegistry, options: { everyMs?: number } = {}): void {
  registry.register(ESCALATION_SCAN_JOB, async (_job, { db, logger }) => {
    const fired = await runEscalations(db);
    if (fired > 0) logger.info({ fired }, 'escalated requests that waited too long');
  });
  registry.schedule({ name: ESCALATION_SCAN_JOB, everyMs: options.everyMs ?? 60_000, type: ESCALATION_SCAN_JOB });
}
