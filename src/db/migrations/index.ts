import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-23-0001-foundation.js';
import * as outboxRetry from './2026-11-23-0002-outbox-retry.js';
import * as access from './2026-11-23-0010-access.js';
import * as totpLastStep from './2026-11-23-0012-totp-last-step.js';
import * as auditIndexes from './2026-11-23-0013-audit-indexes.js';
import * as clientBase from './2026-11-23-0020-client-base.js';
import * as accessBuckets from './2026-12-07-0030-access-buckets.js';
import * as idempotencyKeys from './2026-12-07-0030-idempotency-keys.js';
import * as nameKeys from './2026-12-07-0030-name-keys.js';
import * as duplicatePairs from './2026-12-07-0031-duplicate-pairs.js';
import * as listFilterIndexes from './2026-12-07-0031-list-filter-indexes.js';
import * as rateLimitBuckets from './2026-12-07-0031-rate-limit-buckets.js';
import * as jobProgress from './2026-12-07-0040-job-progress.js';
import * as linkVersions from './2026-12-07-0100-link-versions.js';
import * as customFieldFilterable from './2026-12-07-0110-custom-field-filterable.js';
import * as fuzzyNameKeys from './2026-12-07-0200-fuzzy-name-keys.js';
import * as listPlans from './2026-12-07-0200-list-plans.js';
import * as sales from './2026-12-07-0210-sales.js';
import * as boardTotalsIndex from './2026-12-07-0240-board-totals-index.js';
import * as pipelineRights from './2026-12-07-0300-pipeline-rights.js';
import * as currenciesPlans from './2026-12-07-0310-currencies-plans.js';
import * as dealListIndexes from './2026-12-07-0320-deal-list-indexes.js';
import * as readAudit from './2026-12-07-0400-read-audit.js';
import * as activities from './2026-12-07-0500-activities.js';
import * as notifyEscalation from './2026-12-07-0510-notify-escalation.js';
import * as waitingCalls from './2026-12-07-0520-waiting-calls.js';
import * as signInPolicy from './2026-12-07-0700-sign-in-policy.js';
import * as imports from './2026-12-08-0100-imports.js';
import * as fieldRightsSharing from './2026-12-07-0600-field-rights-sharing.js';
import * as analytics from './2026-12-08-0200-analytics.js';
import * as analyticsIndexes from './2026-12-08-0400-analytics-indexes.js';
import * as nameOrderSorts from './2026-12-08-0600-name-order-sorts.js';
import * as nameTypoKeys from './2026-12-08-0700-name-typo-keys.js';

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
  '2026-12-07-0030-access-buckets': accessBuckets,
  '2026-12-07-0030-idempotency-keys': idempotencyKeys,
  '2026-12-07-0030-name-keys': nameKeys,
  '2026-12-07-0031-duplicate-pairs': duplicatePairs,
  '2026-12-07-0031-list-filter-indexes': listFilterIndexes,
  '2026-12-07-0031-rate-limit-buckets': rateLimitBuckets,
  '2026-12-07-0040-job-progress': jobProgress,
  '2026-12-07-0100-link-versions': linkVersions,
  '2026-12-07-0110-custom-field-filterable': customFieldFilterable,
  '2026-12-07-0200-fuzzy-name-keys': fuzzyNameKeys,
  '2026-12-07-0200-list-plans': listPlans,
  '2026-12-07-0210-sales': sales,
  '2026-12-07-0240-board-totals-index': boardTotalsIndex,
  '2026-12-07-0300-pipeline-rights': pipelineRights,
  '2026-12-07-0310-currencies-plans': currenciesPlans,
  '2026-12-07-0320-deal-list-indexes': dealListIndexes,
  '2026-12-07-0400-read-audit': readAudit,
  '2026-12-07-0500-activities': activities,
  '2026-12-07-0510-notify-escalation': notifyEscalation,
  '2026-12-07-0520-waiting-calls': waitingCalls,
  '2026-12-07-0700-sign-in-policy': signInPolicy,
  '2026-12-07-0600-field-rights-sharing': fieldRightsSharing,
  '2026-12-08-0200-analytics': analytics,
  '2026-12-08-0600-name-order-sorts': nameOrderSorts,
  '2026-12-08-0100-imports': imports,
  '2026-12-08-0400-analytics-indexes': analyticsIndexes,
  '2026-12-08-0700-name-typo-keys': nameTypoKeys,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
