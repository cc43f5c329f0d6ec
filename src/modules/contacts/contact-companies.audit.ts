import { linkResolver, registerAuditParents } from '../../platform/history/audit-parents.js';
import { linkEnds } from './contacts.repository.js';
import { LINK_ENTITY } from './contact-companies.service.js';

// A contact–company link's audit entries belong to both ends: hidden from whoever may not see either.
registerAuditParents(LINK_ENTITY, linkResolver({ contact_id: 'contact', company_id: 'company' }, linkEnds));
