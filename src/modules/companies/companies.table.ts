import type { ClientRecordColumns } from '../contacts/contacts.table.js';

export interface CompaniesTable extends ClientRecordColumns {
  name: string;
  legal_name: string | null;
  /** As typed (INN / EIK / VAT). */
  tax_id: string | null;
  /** Upper-case letters and digits of the tax id, for exact look-up and duplicates. */
  tax_id_key: string | null;
  industry: string | null;
  /** `1-10` | `11-50` | `51-200` | `201-1000` | `1000+` */
  size: string | null;
}
