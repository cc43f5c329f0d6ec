import type { FastifyInstance } from 'fastify';
import { registerRefusedAttempts } from './security/refused.service.js';
import { securityRoutes } from './security/security.routes.js';
import type { AppDeps } from '../platform/http/deps.js';
import { workspacesRoutes } from './workspaces/workspaces.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { oidcRoutes } from './oidc/oidc.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { usersAdminRoutes } from './users/users-admin.routes.js';
import { invitesRoutes } from './users/invites.routes.js';
import { departmentsRoutes } from './departments/departments.routes.js';
import { rolesRoutes } from './roles/roles.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { historyRoutes } from './history/history.routes.js';
import { trashRoutes } from './trash/trash.routes.js';
import { tokensRoutes } from './tokens/tokens.routes.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { duplicatesRoutes } from './duplicates/duplicates.routes.js';
import { customFieldsRoutes } from './custom-fields/custom-fields.routes.js';
import { savedViewsRoutes } from './saved-views/saved-views.routes.js';
import { timelineRoutes } from './timeline/timeline.routes.js';
import { attachmentsRoutes } from './attachments/attachments.routes.js';
import { contactsRoutes } from './contacts/contacts.routes.js';
import { recordsRoutes } from './records/records.routes.js';
import { recordTypesRoutes } from './records/record-types.routes.js';
import { recordNamesRoutes } from './records/record-names.routes.js';
import { sharingRoutes } from './sharing/sharing.routes.js';
import { recordFieldsRoutes } from './records/record-fields.routes.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { pipelinesRoutes } from './sales/pipelines.routes.js';
import { dealsRoutes } from './sales/deals.routes.js';
import { liveRoutes } from './live/live.routes.js';
import { currenciesRoutes } from './currencies/currencies.routes.js';
import { plansRoutes } from './plans/plans.routes.js';
import { escalationRoutes } from './escalation/escalation.routes.js';
import { calendarFeedRoutes } from './calendar-feed/calendar-feed.routes.js';
import { activitiesRoutes } from './activities/activities.routes.js';
import { analyticsRoutes } from './analytics/analytics.routes.js';
import { dashboardsRoutes } from './analytics/dashboards.routes.js';
import { reportsRoutes } from './analytics/reports.routes.js';
import { importsRoutes } from './imports/imports.routes.js';
import { workspaceFileRoutes } from './workspace-file/workspace-file.routes.js';
import './roles/role.entity.js';
// Record types register themselves with the record registry; the generic routes mount every one of them.
import './contacts/contact.record.js';
import './companies/company.record.js';
import './products/product.record.js';
import './sales/deal.record.js';
import './activities/activity.record.js';
// Child records whose audit entries follow their parents' visibility.
import './timeline/timeline.audit.js';
import './attachments/attachments.audit.js';
import './activities/activities.audit.js';
import './contacts/contact-companies.audit.js';
// Modules that put defaults into every new workspace.
import './sales/sales-setup.js';
// Live channels (who may listen to what).
import './sales/deals.live.js';
import './notifications/notifications.live.js';
// Kinds of request escalation watches beyond new deals.
import './activities/call-escalation.js';

/**
 * Every module's HTTP routes. A module adds one import and one line here; entity types register
 * themselves from their `*.entity.ts`, imported here too.
 */
export function registerModuleRoutes(app: FastifyInstance, deps: AppDeps): void {
  // First, so that every route below has it: refused requests are counted per user, route and minute.
  registerRefusedAttempts(app, deps.db);
  workspacesRoutes(app, deps);
  authRoutes(app, deps);
  oidcRoutes(app, deps);
  usersRoutes(app, deps);
  usersAdminRoutes(app, deps);
  invitesRoutes(app, deps);
  departmentsRoutes(app, deps);
  rolesRoutes(app, deps);
  auditRoutes(app, deps);
  securityRoutes(app, deps);
  historyRoutes(app, deps);
  trashRoutes(app, deps);
  tokensRoutes(app, deps);
  notificationsRoutes(app, deps);
  recordsRoutes(app, deps);
  recordTypesRoutes(app, deps);
  recordNamesRoutes(app, deps);
  sharingRoutes(app, deps);
  recordFieldsRoutes(app, deps);
  contactsRoutes(app, deps);
  timelineRoutes(app, deps);
  attachmentsRoutes(app, deps);
  searchRoutes(app, deps);
  duplicatesRoutes(app, deps);
  customFieldsRoutes(app, deps);
  savedViewsRoutes(app, deps);
  jobsRoutes(app, deps);
  pipelinesRoutes(app, deps);
  dealsRoutes(app, deps);
  liveRoutes(app, deps);
  currenciesRoutes(app, deps);
  plansRoutes(app, deps);
  escalationRoutes(app, deps);
  calendarFeedRoutes(app, deps);
  activitiesRoutes(app, deps);
  analyticsRoutes(app, deps);
  dashboardsRoutes(app, deps);
  reportsRoutes(app, deps);
  importsRoutes(app, deps);
  workspaceFileRoutes(app, deps);
}
