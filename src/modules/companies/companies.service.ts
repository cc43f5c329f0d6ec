import type { Kysely, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ChangeAction } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import { COMPANY, parseRow, type ClientRecord, type ClientRow } from '../contacts/client-kind.js';
import { bulkUpdateClients } from '../contacts/client-bulk.js';
import { commonCells, commonHeaders, exportClients, type CsvExport } from '../contacts/client-csv.js';
import { countClients, listClients } from '../contacts/client-list.js';
import { taxIdKey } from '../contacts/client-names.js';
import { findClient } from '../contacts/client-repository.js';
import type { ListFilter } from '../contacts/client-schema.js';
import { reindexClient } from '../contacts/client-trash.js';
import {
  blank, checkOwner, clientContext, commonColumns, deleteClientRecord, FieldErrorCollector, findForWrite, insertClientRecord, nameColumns, staleError, writeClientVersion,
  type ClientContext,
} from '../contacts/client-write.js';
import { peopleOfCompany } from '../contacts/contact-companies.service.js';
import { presentCompany, presentCompanyListItem } from './companies.presenter.js';
import type { CompanyBulkInput, CompanyListQuery, CompanyOutput, CreateCompanyInput, UpdateCompanyInput } from './companies.schema.js';

/** Companies: organisations, with their people, contact details and custom fields. */

/** A company row as the actor sees it (`withDeleted` for history and trash). */
export function findCompany(db: Executor, actor: Actor, id: string, options: { withDeleted?: boolean; action?: 'view' | 'edit' | 'delete' | 'export' } = {}): Promise<ClientRow | undefined> {
  return findClient(db, COMPANY, actor, id, options);
}

/** A company row as the API shows it, with its people. */
export async function presentCompanyRow(db: Executor, actor: Actor, row: ClientRow, ctx?: ClientContext): Promise<CompanyOutput> {
  const { country } = ctx ?? (await clientContext(db, actor.workspaceId, COMPANY.entityType));
  if (row.owner_name === undefined) row.owner_name = (await usersService.findUser(db, actor.workspaceId, row.owner_id))?.name ?? '';
  return presentCompany(parseRow(row), { actor, country }, await peopleOfCompany(db, actor, row.id));
}

/** A company the actor can see. @throws AppError forbidden | not_found */
export async function getCompany(db: Executor, actor: Actor, id: string): Promise<CompanyOutput> {
  authorize(actor, 'companies', 'view');
  const row = await findCompany(db, actor, id);
  if (!row) throw new AppError('not_found', 'The company was not found');
  return presentCompanyRow(db, actor, row);
}

/** The company's own columns from an input (all on create, the named ones on update). */
function companyColumns(input: Partial<CreateCompanyInput>, before: ClientRecord | null, errors: FieldErrorCollector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.name !== undefined || before === null) {
    const name = blank(input.name);
    if (!name) errors.add('name', 'required');
    else Object.assign(out, { name }, nameColumns(name));
  }
  for (const [key, column] of [['legalName', 'legal_name'], ['industry', 'industry']] as const) {
    if (input[key] !== undefined || before === null) out[column] = blank(input[key]) ?? null;
  }
  if (input.taxId !== undefined || before === null) {
    out.tax_id = blank(input.taxId) ?? null;
    out.tax_id_key = taxIdKey(out.tax_id as string | null);
  }
  if (input.size !== undefined || before === null) out.size = input.size ?? null;
  return out;
}

/**
 * Creates a company owned by the actor unless `ownerId` names someone the actor may give it to.
 * @throws AppError forbidden | validation_failed (name: required; phones.<i>.value: invalid_phone; ownerId; custom.<key>)
 */
export async function createCompany(trx: Transaction<Database>, actor: Actor, input: CreateCompanyInput): Promise<CompanyOutput> {
  authorize(actor, 'companies', 'create');
  const ctx = await clientContext(trx, actor.workspaceId, COMPANY.entityType);
  const errors = new FieldErrorCollector();
  const ownerId = input.ownerId ?? actor.userId;
  if (!ownerId) errors.add('ownerId', 'required');
  else if (input.ownerId) await checkOwner(trx, actor, COMPANY, 'create', input.ownerId, errors);
  const own = companyColumns(input, null, errors);
  const common = await commonColumns(trx, actor, COMPANY, input, ctx, null, errors);
  errors.throwIfAny();
  const at = now();
  const row = await insertClientRecord(trx, actor, COMPANY, {
    id: newId(), workspace_id: actor.workspaceId, owner_id: ownerId, ...own, ...common,
    last_activity_at: null, created_by: actor.userId, created_at: at, updated_at: at, deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
  }, ctx);
  return presentCompanyRow(trx, actor, (await findCompany(trx, actor, row.id)) ?? row, ctx);
}

/**
 * Changes the fields the input names (also history "restore this version", as `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`) | validation_failed
 */
export async function updateCompany(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateCompanyInput, action: ChangeAction = 'update'): Promise<CompanyOutput> {
  const before = await findForWrite(trx, actor, COMPANY, id, 'edit');
  const ctx = await clientContext(trx, actor.workspaceId, COMPANY.entityType);
  if (before.version !== input.version) throw staleError(COMPANY, await presentCompanyRow(trx, actor, before, ctx));
  const previous = parseRow(before);
  const errors = new FieldErrorCollector();
  const patch: Record<string, unknown> = { ...companyColumns(input, previous, errors), ...(await commonColumns(trx, actor, COMPANY, input, ctx, previous, errors)) };
  if (input.ownerId !== undefined && input.ownerId !== before.owner_id && (await checkOwner(trx, actor, COMPANY, 'edit', input.ownerId, errors))) patch.owner_id = input.ownerId;
  errors.throwIfAny();
  const after = await writeClientVersion(trx, actor, COMPANY, before, patch, ctx, action);
  return presentCompanyRow(trx, actor, (await findCompany(trx, actor, after.id)) ?? after, ctx);
}

/** Moves a company to the trash. @throws AppError forbidden | not_found | conflict (stale version, with `current`) */
export function deleteCompany(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  return deleteClientRecord(trx, actor, COMPANY, id, version, (row) => presentCompanyRow(trx, actor, row));
}

/** A page of the company list, and the total when asked. @throws AppError forbidden | validation_failed */
export async function listCompanies(db: Executor, actor: Actor, query: CompanyListQuery) {
  authorize(actor, 'companies', 'view');
  const ctx = await clientContext(db, actor.workspaceId, COMPANY.entityType);
  const page = await listClients(db, actor, COMPANY, query, query, ctx);
  const viewer = { actor, country: ctx.country };
  const items = page.rows.map((row) => presentCompanyListItem(parseRow(row), viewer));
  const wantsTotal = query.count === '1' || query.count === 'true';
  return { items, nextCursor: page.nextCursor, ...(wantsTotal ? { total: await countClients(db, actor, COMPANY, query, ctx) } : {}) };
}

/** The filtered companies as CSV. @throws AppError forbidden | validation_failed | account_blocked */
export async function exportCompanies(db: Kysely<Database>, actor: Actor, filter: ListFilter): Promise<CsvExport> {
  const ctx = await clientContext(db, actor.workspaceId, COMPANY.entityType);
  const own = ['name', 'legal_name', 'tax_id', 'industry', 'size'];
  return exportClients(db, actor, COMPANY, filter, ctx, {
    headers: ['name', 'legalName', 'taxId', 'industry', 'size', ...commonHeaders(ctx)],
    async cells(page) {
      return page.map((row) => {
        const record = parseRow(row);
        return [...own.map((k) => (record[k] as string | null) ?? null), ...commonCells(record, ctx)];
      });
    },
  });
}

/** A bulk action over companies. @throws AppError forbidden | validation_failed */
export function bulkCompanies(trx: Transaction<Database>, actor: Actor, input: CompanyBulkInput) {
  return bulkUpdateClients(trx, actor, COMPANY, input);
}

/** Rebuilds a company's contact points, tags and search document from its row (merge, import). */
export function reindexCompany(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void> {
  return reindexClient(trx, COMPANY, workspaceId, id);
}
