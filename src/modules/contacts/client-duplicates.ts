import type { RecordDuplicates } from '../../platform/records/record-type.js';
import { reindexClient } from './client-columns.js';
import { COMPANY, CONTACT } from './client-kind.js';
import { composeDisplayName, nameKey, sortName, taxIdKey } from './client-names.js';
import { composedOrder, personSortName } from '../../platform/text/name-order.js';

/**
 * What contacts and companies tell the duplicates module (their `duplicates` registration):
 * which matching strategy, which columns, how a merge moves their company links and derives
 * its title and keys, and how a record is reindexed.
 */

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** People: fuzzy names, colleagues at one company, birthdays; merges move company links by the contact side. */
export const CONTACT_DUPLICATES: RecordDuplicates = {
  strategy: 'person',
  titleColumn: 'display_name',
  subtitleColumn: 'position',
  keyColumns: { birthday: 'birthday' },
  links: { table: 'contact_companies', own: 'contact_id', other: 'company_id' },
  mergeFields: {
    firstName: 'first_name', middleName: 'middle_name', lastName: 'last_name', displayName: 'display_name', position: 'position',
    birthday: 'birthday', status: 'status', source: 'source', notes: 'notes', website: 'website', ownerId: 'owner_id', owner: 'owner_id',
  },
  deriveMerged(columns, survivor, chosen) {
    const parts = (r: Readonly<Record<string, unknown>>) => ({ firstName: text(r.first_name), middleName: text(r.middle_name), lastName: text(r.last_name) });
    // A display name made of the parts follows them, in the order it was made in; one typed by hand stays unless another was chosen.
    const order = composedOrder(text(survivor.display_name), parts(survivor));
    const merged = order ? composeDisplayName(parts(columns), order) : '';
    if (!chosen.has('displayName') && merged !== '') columns.display_name = merged;
    const title = String(columns.display_name);
    columns.sort_name = personSortName(parts(columns), title);
    columns.name_key = nameKey(title);
    return title;
  },
  reindex: (trx, workspaceId, id) => reindexClient(trx, CONTACT, workspaceId, id),
};

/** Organisations: names without legal forms, tax ids, website domains; merges move people links by the company side. */
export const COMPANY_DUPLICATES: RecordDuplicates = {
  strategy: 'organisation',
  titleColumn: 'name',
  subtitleColumn: 'tax_id',
  keyColumns: { taxIdKey: 'tax_id_key' },
  links: { table: 'contact_companies', own: 'company_id', other: 'contact_id' },
  mergeFields: {
    name: 'name', legalName: 'legal_name', taxId: 'tax_id', industry: 'industry', size: 'size',
    source: 'source', notes: 'notes', website: 'website', ownerId: 'owner_id', owner: 'owner_id',
  },
  deriveMerged(columns) {
    const title = String(columns.name);
    columns.tax_id_key = taxIdKey(text(columns.tax_id));
    columns.sort_name = sortName(title);
    columns.name_key = nameKey(title);
    return title;
  },
  reindex: (trx, workspaceId, id) => reindexClient(trx, COMPANY, workspaceId, id),
};
