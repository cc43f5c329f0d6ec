import { COMPANY, parseRow } from '../contacts/client-kind.js';
import { clientBulkHook } from '../contacts/client-bulk.job.js';
import { countClientsOwned, transferClientsChunk } from '../contacts/client-transfer.js';
import { CLIENT_SORTS, commonCells, commonColumns, commonHeaders, commonInputFromVersion, rebuildClientRows } from '../contacts/client-columns.js';
import { COMPANY_DUPLICATES } from '../contacts/client-duplicates.js';
import { deleteDerivedRows } from '../contacts/client-derived.js';
import { COMPANY_SEARCH } from '../contacts/client-search.js';
import { COMPANY_TIMELINE } from '../contacts/contact-companies.service.js';
import { registerRecordType } from '../records/record-entity.js';
import { companyColumns, presentCompanyRow } from './companies.service.js';
import { presentCompanyListItem } from './companies.presenter.js';
import { companyBulkInput, companyListItem, companyOutput, createCompanyInput, updateCompanyInput } from './companies.schema.js';
import { COMPANY_PROTECTED_FIELDS } from '../contacts/client-fields.js';

/** Companies as a record type: organisations, with their people, contact details and custom fields. */

const OWN_CSV = ['name', 'legal_name', 'tax_id', 'industry', 'size'];

export const COMPANY_RECORD = registerRecordType({
  entityType: COMPANY.entityType,
  plural: 'companies',
  table: COMPANY.table,
  module: COMPANY.module,
  resultKey: 'company',
  title: (row) => String(row.name),
  subtitleColumn: 'tax_id',
  filterColumns: new Map(Object.entries(COMPANY.filterColumns)),
  sorts: CLIENT_SORTS,
  features: { customFields: true, tags: true, search: true, timeline: true, savedViews: true, merge: true, sharing: true },
  protectedFields: COMPANY_PROTECTED_FIELDS,
  search: COMPANY_SEARCH,
  timeline: COMPANY_TIMELINE,
  schemas: { create: createCompanyInput, update: updateCompanyInput, output: companyOutput, listItem: companyListItem },
  async columnsFromInput(_db, _actor, input, before, ctx, errors) {
    return { ...companyColumns(input, before, errors), ...(await commonColumns(COMPANY, input, ctx, before, errors)) };
  },
  async inputFromVersion(db, actor, data, ctx) {
    return {
      name: data.name,
      legalName: data.legal_name ?? null,
      taxId: data.tax_id ?? null,
      industry: data.industry ?? null,
      size: data.size ?? null,
      ...(await commonInputFromVersion(db, actor, data, ctx)),
    };
  },
  duplicates: COMPANY_DUPLICATES,
  afterWrite: (trx, row, ctx) => rebuildClientRows(trx, COMPANY, row, ctx),
  beforePurge: (trx, _workspaceId, id) => deleteDerivedRows(trx, COMPANY, id),
  present: (db, actor, row, ctx) => presentCompanyRow(db, actor, row as never, ctx),
  async presentList(_db, actor, rows, ctx) {
    const viewer = { actor, country: ctx.country };
    return rows.map((row) => presentCompanyListItem(parseRow(row as never), viewer));
  },
  csv: (_db, _actor, ctx) => ({
    headers: ['name', 'legalName', 'taxId', 'industry', 'size', ...commonHeaders(ctx)],
    async cells(page) {
      return page.map((row) => {
        const record = parseRow(row as never);
        return [...OWN_CSV.map((k) => (record[k] as string | null) ?? null), ...commonCells(record, ctx)];
      });
    },
  }),
  bulk: clientBulkHook(COMPANY, companyBulkInput),
  countOwned: (db, workspaceId, userId) => countClientsOwned(db, COMPANY, workspaceId, userId),
  transferChunk: (trx, actor, fromUserId, toUserId, limit) => transferClientsChunk(trx, actor, COMPANY, fromUserId, toUserId, limit),
});
