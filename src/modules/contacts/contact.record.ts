import { z } from 'zod';
import { visibleTo } from '../../platform/access/visibility.js';
import { AppError } from '../../platform/errors.js';
import type { ListParam } from '../../platform/records/record-type.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { registerRecordType } from '../records/record-entity.js';
import { CONTACT, parseRow } from './client-kind.js';
import { clientBulkHook } from './client-bulk.job.js';
import { countClientsOwned, transferClientsChunk } from './client-transfer.js';
import { CONTACT_SORTS, commonCells, commonColumns, commonHeaders, commonInputFromVersion, rebuildClientRows } from './client-columns.js';
import { CONTACT_DUPLICATES } from './client-duplicates.js';
import { deleteDerivedRows } from './client-derived.js';
import { CONTACT_SEARCH } from './client-search.js';
import { CLIENT_PROTECTED_FIELDS } from './client-fields.js';
import * as contacts from './contacts.repository.js';
import { personColumns, presentContactRow } from './contacts.service.js';
import { presentContactListItem } from './contacts.presenter.js';
import { CONTACT_STATUSES, contactBulkInput, contactListItem, contactOutput, createContactInput, updateContactInput } from './contacts.schema.js';

/** Contacts as a record type: people, with their phones, emails, companies and custom fields. */

const commaList = (value: unknown) => String(value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');

const statusParam: ListParam = {
  schema: z.string().max(200, 'too_long').optional(),
  condition(value, _actor, table) {
    const statuses = commaList(value);
    if (statuses.some((s) => !(CONTACT_STATUSES as readonly string[]).includes(s))) throw new AppError('validation_failed', 'Unknown status', { status: 'invalid_option' });
    return statuses.length > 0 ? (eb) => eb(`${table}.status`, 'in', statuses) : undefined;
  },
};

/** People linked to a company the viewer can see; a hidden company matches nobody, as if it did not exist. */
const companyParam: ListParam = {
  schema: z.string().max(64, 'invalid_id').optional(),
  condition(value, actor, table) {
    const companyId = String(value);
    if (!UUID_PATTERN.test(companyId)) throw new AppError('validation_failed', 'companyId must be an id', { companyId: 'invalid_id' });
    return (eb) => eb(`${table}.id`, 'in', eb.selectFrom('contact_companies as cc').innerJoin('companies as linked_company', 'linked_company.id', 'cc.company_id')
      .select('cc.contact_id').where('cc.company_id', '=', companyId).where('linked_company.deleted_at', 'is', null)
      .where(visibleTo(actor, 'companies', 'linked_company')));
  },
};

const OWN_CSV = ['display_name', 'first_name', 'middle_name', 'last_name', 'position', 'birthday', 'status'];

export const CONTACT_RECORD = registerRecordType({
  entityType: CONTACT.entityType,
  plural: 'contacts',
  table: CONTACT.table,
  module: CONTACT.module,
  resultKey: 'contact',
  title: (row) => String(row.display_name),
  subtitleColumn: 'position',
  filterColumns: new Map(Object.entries(CONTACT.filterColumns)),
  sorts: CONTACT_SORTS,
  listParams: new Map([['status', statusParam], ['companyId', companyParam]]),
  features: { customFields: true, tags: true, search: true, timeline: true, savedViews: true, merge: true, sharing: true },
  protectedFields: CLIENT_PROTECTED_FIELDS,
  search: CONTACT_SEARCH,
  schemas: { create: createContactInput, update: updateContactInput, output: contactOutput, listItem: contactListItem },
  async columnsFromInput(_db, _actor, input, before, ctx, errors) {
    return { ...personColumns(input, before, errors, ctx.nameOrder), ...(await commonColumns(CONTACT, input, ctx, before, errors)) };
  },
  async inputFromVersion(db, actor, data, ctx) {
    return {
      firstName: data.first_name ?? null,
      middleName: data.middle_name ?? null,
      lastName: data.last_name ?? null,
      displayName: data.display_name ?? null,
      position: data.position ?? null,
      birthday: data.birthday ?? null,
      status: data.status ?? 'lead',
      ...(await commonInputFromVersion(db, actor, data, ctx)),
    };
  },
  duplicates: CONTACT_DUPLICATES,
  afterWrite: (trx, row, ctx) => rebuildClientRows(trx, CONTACT, row, ctx),
  beforePurge: (trx, _workspaceId, id) => deleteDerivedRows(trx, CONTACT, id),
  present: (db, actor, row, ctx) => presentContactRow(db, actor, row as never, ctx),
  async presentList(db, actor, rows, ctx) {
    const names = await contacts.companyNamesOf(db, actor, rows.map((r) => r.id));
    const viewer = { actor, country: ctx.country };
    return rows.map((row) => presentContactListItem(parseRow(row as never), viewer, names.get(row.id) ?? []));
  },
  csv: (db, actor, ctx) => ({
    headers: ['displayName', 'firstName', 'middleName', 'lastName', 'position', 'birthday', 'status', 'companies', ...commonHeaders(ctx)],
    async cells(page) {
      const names = await contacts.companyNamesOf(db, actor, page.map((r) => r.id));
      return page.map((row) => {
        const record = parseRow(row as never);
        const own = OWN_CSV.map((k) => (record[k] as string | null) ?? null);
        return [...own, (names.get(row.id) ?? []).join('; '), ...commonCells(record, ctx)];
      });
    },
  }),
  bulk: clientBulkHook(CONTACT, contactBulkInput),
  countOwned: (db, workspaceId, userId) => countClientsOwned(db, CONTACT, workspaceId, userId),
  transferChunk: (trx, actor, fromUserId, toUserId, limit) => transferClientsChunk(trx, actor, CONTACT, fromUserId, toUserId, limit),
});
