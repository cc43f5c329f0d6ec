import { linkResolver, registerAuditParents } from '../../platform/history/audit-parents.js';
import { activityLinks } from './activities.repository.js';

// An activity's audit entries also belong to the records it is linked to: hidden from whoever may not see one of them.
registerAuditParents('activity', linkResolver({ contact_id: 'contact', company_id: 'company', deal_id: 'deal' }, activityLinks));
