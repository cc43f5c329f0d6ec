import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { ChangeAction } from '../../platform/history/record-change.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink, RecordContext } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import { findRecord } from '../records/records.service.js';
import * as usersService from '../users/users.service.js';
import { COMPANY, parseRow, type ClientRow } from '../contacts/client-kind.js';
import { blank, nameColumns, reindexClient } from '../contacts/client-columns.js';
import { taxIdKey } from '../contacts/client-names.js';
import { peopleOfCompany } from '../contacts/contact-companies.service.js';
import { presentCompany } from './companies.presenter.js';
import type { CompanyListQuery, CompanyOutput, CreateCompanyInput, UpdateCompanyInput } from './companies.schema.js';

/**
 * Companies: organisations, with their people, contact details and custom fields. The generic
 * record engine does the work (company.record.ts registers the type); these are the company's own
 * rules and typed entry points for other modules.
 */

const companyType = () => recordType(COMPANY.entityType)!;

/** A company row as the actor sees it (`withDeleted` for history and trash). */
export function findCompany(db: Executor, actor: Actor, id: string, options: { withDeleted?: boolean; action?: 'view' | 'edit' | 'delete' | 'export' } = {}): Promise<ClientRow | undefined> {
  return findRecord(db, companyType(), actor, id, options) as Promise<ClientRow | undefined>;
}

/** A company row as the API shows it, with its people. */
export async function presentCompanyRow(db: Executor, actor: Actor, row: ClientRow, ctx?: RecordContext): Promise<CompanyOutput> {
  const { country } = ctx ?? (await records.recordContext(db, actor.workspaceId, companyType()));
  if (row.owner_name === undefined) row.owner_name = (await usersService.findUser(db, actor.workspaceId, row.owner_id))?.name ?? '';
  return presentCompany(parseRow(row), { actor, country }, await peopleOfCompany(db, actor, row.id));
}

/** A company the actor can see. @throws AppError forbidden | not_found */
export function getCompany(db: Executor, actor: Actor, id: string): Promise<CompanyOutput> {
  return records.getRecord(db, actor, companyType(), id) as Promise<CompanyOutput>;
}

/** The company's own columns from an input (all on create, the named ones on update). */
export function companyColumns(input: Partial<CreateCompanyInput>, before: RecordRow | null, errors: FieldErrorSink): Record<string, unknown> {
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
  return (await records.createRecord(trx, actor, companyType(), input)) as CompanyOutput;
}

/**
 * Changes the fields the input names (also history "restore this version", as `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`) | validation_failed
 */
export async function updateCompany(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateCompanyInput, action: ChangeAction = 'update'): Promise<CompanyOutput> {
  return (await records.updateRecord(trx, actor, companyType(), id, input, action)) as CompanyOutput;
}

/** A page of the company list, and the total when asked. @throws AppError forbidden | validation_failed */
export function listCompanies(db: Executor, actor: Actor, query: CompanyListQuery) {
  return records.listPage(db, actor, companyType(), query);
}

/** Rebuilds a company's contact points, tags and search document from its row (merge, import). */
export function reindexCompany(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void> {
  return reindexClient(trx, COMPANY, workspaceId, id);
}
