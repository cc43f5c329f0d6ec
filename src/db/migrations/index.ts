import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-23-0001-foundation.js';
import * as outboxRetry from './2026-11-23-0002-outbox-retry.js';
import * as access from './2026-11-23-0010-access.js';
import * as totpLastStep from './2026-11-23-0012-totp-last-step.js';
import * as auditIndexes from './2026-11-23-0013-audit-indexes.js';
import * as clientBase from './2026-11-23-0020-client-base.js';
import * as jobProgress from './2026-12-07-0040-job-progress.js';

/**
 * Migrations are listed here rather than read from a folder, so the same list works from
 * TypeScript sources (tests, tsx) and compiled output (dist) alike. Names sort in run order.
 */
const migrations: Record<string, Migration> = {
  '2026-11-23-0001-foundation': foundation,
  '2026-11-23-0002-outbox-retry': outboxRetry,
  '2026-11-23-0010-access': access,
  '2026-11-23-0012-totp-last-step': totpLastStep,
  '2026-11-23-0013-audit-indexes': auditIndexes,
  '2026-11-23-0020-client-base': clientBase,
  '2026-12-07-0040-job-progress': jobProgress,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
