/**
 * Every record type the web app has screens for, registered once each (like `src/modules/index.ts`
 * on the server). A new type adds its `<type>.record.ts` here.
 */
import '../features/contacts/contact.record';
import '../features/companies/company.record';
import '../features/deals/deal.record';
import '../features/products/product.record';
import '../features/activities/activity.record';
