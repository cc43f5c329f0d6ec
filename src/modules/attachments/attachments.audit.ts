import { linkResolver, registerAuditParents } from '../../platform/history/audit-parents.js';
import { attachmentSubjects } from './attachments.repository.js';

// An attachment's audit entries belong to its subject: hidden from whoever may not see that record.
registerAuditParents('attachment', linkResolver({ subject_id: '*' }, attachmentSubjects));
