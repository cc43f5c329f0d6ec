import type { Kysely, Transaction } from 'kysely';

/**
 * Table types. Each module declares its own tables in `<module>.table.ts`; this file assembles
 * them into the one `Database` that Kysely knows. Times are ISO UTC strings (see platform/clock),
 * JSON columns are read through platform/json `fromJson` (string on SQLite, parsed on pg).
 */
import type { WorkspacesTable } from '../modules/workspaces/workspaces.table.js';
import type { DepartmentsTable, UsersTable } from '../modules/users/users.table.js';
import type { SessionsTable } from '../modules/auth/sessions.table.js';
import type { AuditLogTable, OutboxEventsTable, RecordVersionsTable } from '../platform/history/history.table.js';
import type { JobsTable } from '../platform/jobs/jobs.table.js';
import type { JobProgressTable } from '../platform/jobs/job-progress.table.js';
import type { RolesTable } from '../modules/roles/roles.table.js';
import type { RecordSharesTable } from '../modules/sharing/sharing.table.js';
import type { UserTokensTable } from '../modules/auth/user-tokens.table.js';
import type { ApiTokensTable } from '../modules/tokens/api-tokens.table.js';
import type { AccessCountersTable, AccessLogTable, AccessViewsTable } from '../modules/security/access-log.table.js';
import type { OidcLoginsTable, OidcProvidersTable } from '../modules/oidc/oidc.table.js';
import type { AccessHourCountersTable, ReadLogTable, RefusedAttemptsTable } from '../modules/security/read-log.table.js';
import type { NotificationSettingsTable, NotificationsTable } from '../modules/notifications/notifications.table.js';
import type { EscalationSettingsTable, EscalationsTable } from '../modules/escalation/escalation.table.js';
import type { CalendarFeedsTable } from '../modules/calendar-feed/calendar-feed.table.js';
import type { ContactCompaniesTable, ContactPointsTable, ContactsTable, RecordTagsTable } from '../modules/contacts/contacts.table.js';
import type { CompaniesTable } from '../modules/companies/companies.table.js';
import type { SearchDocumentsTable } from '../platform/search/search.table.js';
import type { CustomFieldsTable } from '../modules/custom-fields/custom-fields.table.js';
import type { SavedViewsTable } from '../modules/saved-views/saved-views.table.js';
import type { TimelineItemsTable } from '../modules/timeline/timeline.table.js';
import type { AttachmentsTable } from '../modules/attachments/attachments.table.js';
import type { ExternalIdsTable, ImportFailuresTable, ImportRecordsTable, ImportsTable } from '../modules/imports/imports.table.js';
import type { MergesTable } from '../modules/duplicates/merges.table.js';
import type { IdempotencyKeysTable } from '../platform/idempotency/idempotency.table.js';
import type { RateLimitBucketsTable } from '../platform/rate-limit/rate-limit.table.js';
import type { DealContactsTable, DealItemsTable, ProductsTable, DealsTable, DealStageMovesTable, LostReasonsTable, PipelinesTable, PipelineStagesTable } from '../modules/sales/sales.table.js';
import type { ExchangeRatesTable } from '../modules/currencies/currencies.table.js';
import type { SalesPlansTable } from '../modules/plans/plans.table.js';
import type { ActivitiesTable, ActivityTypesTable } from '../modules/activities/activities.table.js';

export interface Database {
  workspaces: WorkspacesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  record_versions: RecordVersionsTable;
  outbox_events: OutboxEventsTable;
  jobs: JobsTable;
  job_progress: JobProgressTable;
  roles: RolesTable;
  record_shares: RecordSharesTable;
  user_tokens: UserTokensTable;
  api_tokens: ApiTokensTable;
  access_log: AccessLogTable;
  access_counters: AccessCountersTable;
  access_views: AccessViewsTable;
  access_hour_counters: AccessHourCountersTable;
  read_log: ReadLogTable;
  refused_attempts: RefusedAttemptsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  escalation_settings: EscalationSettingsTable;
  escalations: EscalationsTable;
  calendar_feeds: CalendarFeedsTable;
  contacts: ContactsTable;
  companies: CompaniesTable;
  pipelines: PipelinesTable;
  pipeline_stages: PipelineStagesTable;
  lost_reasons: LostReasonsTable;
  deals: DealsTable;
  deal_contacts: DealContactsTable;
  deal_items: DealItemsTable;
  products: ProductsTable;
  deal_stage_moves: DealStageMovesTable;
  exchange_rates: ExchangeRatesTable;
  sales_plans: SalesPlansTable;
  activities: ActivitiesTable;
  activity_types: ActivityTypesTable;
  contact_companies: ContactCompaniesTable;
  contact_points: ContactPointsTable;
  record_tags: RecordTagsTable;
  search_documents: SearchDocumentsTable;
  custom_fields: CustomFieldsTable;
  saved_views: SavedViewsTable;
  timeline_items: TimelineItemsTable;
  attachments: AttachmentsTable;
  merges: MergesTable;
  idempotency_keys: IdempotencyKeysTable;
  rate_limit_buckets: RateLimitBucketsTable;
  oidc_providers: OidcProvidersTable;
  oidc_logins: OidcLoginsTable;
  imports: ImportsTable;
  import_records: ImportRecordsTable;
  import_failures: ImportFailuresTable;
  external_ids: ExternalIdsTable;
}

export type Executor = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';

export type { JsonColumn, Generated } from './columns.js';
