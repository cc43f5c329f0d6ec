import { linkResolver, registerAuditParents } from '../../platform/history/audit-parents.js';
import { itemSubjects } from './timeline.repository.js';

// A note's audit entries belong to its subject: hidden from whoever may not see that record.
registerAuditParents('note', linkResolver({ subject_id: '*' }, itemSubjects));
