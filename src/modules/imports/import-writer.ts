import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { AppError, isAppError } from '../../platform/errors.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { nameKey } from '../contacts/client-names.js';
import { linkCompany } from '../contacts/contact-companies.service.js';
import { checkDuplicates } from '../duplicates/duplicates.service.js';
import { createRecord, findRecordRow, forHistory, recordContext, updateRecord } from '../records/records.service.js';
import type { ImportEntity } from './header-aliases.js';
import { ENTITY_TYPE } from './import-fields.js';
import { reasonOf, type RowPlan } from './import-rows.js';
import { loadCatalog, type SalesCatalog } from './import-catalog.js';
import { resolveRefs } from './import-refs.js';
import * as imports from './imports.repository.js';
import type { ImportOptions } from './imports.schema.js';

/** Writing one planned row through the record engine: match, then skip, update or create. */

/** `merged`: a product row whose line went into the deal of the rows before it (counted with that deal). */
export type RowOutcome = { kind: 'created' | 'updated' | 'skipped' | 'merged' } | { kind: 'failed'; reason: string };
export interface Match { id: string; name: string; by: 'phone' | 'email' | 'taxId' | 'externalId' }

const REASON_BY = { phone: 'phone', email: 'email', tax_id: 'taxId' } as const;

/** The existing record a row matches under the options (the duplicates matcher's normalization), or null. */
export async function findMatch(db: Transaction<Database> | Parameters<typeof checkDuplicates>[0], actor: Actor, entity: ImportEntity, plan: RowPlan, options: ImportOptions, source: string): Promise<Match | null> {
  const entityType = ENTITY_TYPE[entity];
  if (options.matchBy.includes('externalId') && plan.keys.externalId) {
    const id = await imports.findExternalId(db, actor.workspaceId, entityType, source, plan.keys.externalId);
    const kind = recordType(entityType);
    const row = id && kind ? await findRecordRow(db, kind.table, actor.workspaceId, id) : undefined;
    if (row && !row.deleted_at) return { id: row.id, name: kind!.title(row), by: 'externalId' };
  }
  const phones = options.matchBy.includes('phone') ? plan.keys.phones : [];
  const emails = options.matchBy.includes('email') ? plan.keys.emails : [];
  const taxId = entity === 'companies' && options.matchBy.includes('taxId') ? plan.keys.taxId : null;
  if (phones.length === 0 && emails.length === 0 && !taxId) return null;
  if (entity !== 'contacts' && entity !== 'companies') return null;
  const candidates = await checkDuplicates(db, actor, { entity: entityType as 'contact' | 'company', phones, emails, ...(taxId ? { taxId } : {}) });
  for (const c of candidates) {
    const reason = c.reasons.find((r): r is keyof typeof REASON_BY => r in REASON_BY);
    if (reason) return { id: c.id, name: c.title, by: REASON_BY[reason] };
  }
  return null;
}

/** The reason of a refused write, in words, naming the fields. */
function reasonOfError(error: unknown, locale: string): string {
  if (isAppError(error)) {
    const fields = Object.entries(error.fields ?? {}).map(([f, c]) => `${f}: ${reasonOf(c, locale)}`);
    return fields.length > 0 ? fields.join('; ') : error.message;
  }
  return 'Could not be written';
}

const union = <T>(a: T[], b: T[], key: (x: T) => string) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
};
const valueKey = (x: unknown) => String((x as { value?: unknown }).value ?? x);
const itemKey = (x: unknown) => String((x as { productId?: string }).productId ?? (x as { name?: string }).name);

export interface WriteContext {
  importId: string;
  entity: ImportEntity;
  options: ImportOptions;
  source: string;
  kind: RecordType;
  ctx: RecordContext;
  /** Deals and activities: the names their rows may use. */
  catalog: SalesCatalog | null;
}

/** The owner a row gets: its owner column, else the default owner, only when the actor may give records to others. */
function withOwner(actor: Actor, w: WriteContext, input: Record<string, unknown>): Record<string, unknown> {
  if (scopeOf(actor, w.kind.module, 'create') === 'own') {
    const { ownerId: _ignored, ...rest } = input;
    return rest;
  }
  return input.ownerId === undefined && w.options.defaultOwnerId ? { ...input, ownerId: w.options.defaultOwnerId } : input;
}

/** A Salesforce record id: 15 or 18 letters and digits. */
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/**
 * Links a contact row to the company it names: one imported from the same source under that id
 * (Salesforce's AccountId), else one with the same name key, else a new one.
 */
async function linkToCompany(trx: Transaction<Database>, actor: Actor, w: WriteContext, line: number, contactId: string, name: string): Promise<void> {
  const external = await imports.findExternalId(trx, actor.workspaceId, 'company', w.source, name.trim());
  const imported = external ? await findRecordRow(trx, 'companies', actor.workspaceId, external) : undefined;
  let companyId = imported && !imported.deleted_at ? imported.id : await imports.companyByNameKey(trx, actor.workspaceId, nameKey(name));
  if (!companyId && w.source === 'salesforce' && SALESFORCE_ID.test(name.trim())) {
    // An AccountId of an account not imported (yet): a company named "0015g00000XyZ" would be noise.
    if (w.options.missingLinks === 'skipLink') return;
    throw new AppError('validation_failed', 'The account is not imported', { company: 'company_not_found' });
  }
  if (!companyId) {
    const company = recordType('company')!;
    const created = (await createRecord(trx, actor, company, withOwner(actor, w, { name }))) as { id: string };
    companyId = created.id;
    await imports.addImportRecord(trx, { import_id: w.importId, line, entity_type: 'company', entity_id: companyId, action: 'created', before: null });
  }
  try {
    await linkCompany(trx, actor, contactId, { companyId });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'conflict') throw error; // already linked: nothing to do
  }
}

async function writeRow(trx: Transaction<Database>, actor: Actor, w: WriteContext, plan: RowPlan): Promise<RowOutcome> {
  const match = w.options.duplicatePolicy === 'create' ? null : await findMatch(trx, actor, w.entity, plan, w.options, w.source);
  if (match && w.options.duplicatePolicy === 'skip') return { kind: 'skipped' };
  let id: string;
  let kind: 'created' | 'updated';
  if (match) {
    const before = await findRecordRow(trx, w.kind.table, actor.workspaceId, match.id);
    if (!before) return { kind: 'skipped' };
    const current = await w.kind.inputFromVersion(trx, actor, forHistory(before), w.ctx);
    const input: Record<string, unknown> = { ...withOwner(actor, w, plan.input), version: before.version };
    for (const key of ['phones', 'emails', 'tags'] as const) {
      if (input[key] !== undefined) input[key] = union((current[key] as unknown[]) ?? [], input[key] as unknown[], valueKey);
    }
    if (input.custom !== undefined) input.custom = { ...((current.custom as object) ?? {}), ...(input.custom as object) };
    // A deal's product rows add lines to the ones it has (a re-import of a fixed failed row adds the missing product).
    if (input.items !== undefined) input.items = union((current.items as unknown[]) ?? [], input.items as unknown[], itemKey);
    await updateRecord(trx, actor, w.kind, match.id, input as Record<string, unknown> & { version: number }, 'update');
    await imports.addImportRecord(trx, { import_id: w.importId, line: plan.line, entity_type: w.kind.entityType, entity_id: match.id, action: 'updated', before: forHistory(before) });
    [id, kind] = [match.id, 'updated'];
  } else {
    const created = (await createRecord(trx, actor, w.kind, withOwner(actor, w, plan.input))) as { id: string };
    await imports.addImportRecord(trx, { import_id: w.importId, line: plan.line, entity_type: w.kind.entityType, entity_id: created.id, action: 'created', before: null });
    [id, kind] = [created.id, 'created'];
  }
  if (plan.companyName && w.entity === 'contacts') await linkToCompany(trx, actor, w, plan.line, id, plan.companyName);
  if (plan.keys.externalId) {
    await imports.saveExternalId(trx, { workspace_id: actor.workspaceId, entity_type: w.kind.entityType, source: w.source, external_id: plan.keys.externalId, entity_id: id });
  }
  return { kind };
}

const failedWith = (errors: { field: string; message: string }[]): RowOutcome => ({ kind: 'failed', reason: errors.map((e) => `${e.field}: ${e.message}`).join('; ') });

/** A row's plan with its deal or activity names found; a name nothing answers to fails it. */
async function prepare(trx: Transaction<Database>, actor: Actor, w: WriteContext, plan: RowPlan): Promise<RowPlan | RowOutcome> {
  if (plan.errors.length > 0) return failedWith(plan.errors);
  if (!w.catalog || (w.entity !== 'deals' && w.entity !== 'activities')) return plan;
  const resolved = await resolveRefs(trx, { actor, catalog: w.catalog, options: w.options, source: w.source, country: w.options.defaultCountry }, plan, w.entity);
  if (resolved.errors.length > 0) return failedWith(resolved.errors);
  return { ...plan, input: { ...plan.input, ...resolved.input } };
}

/** Writes a prepared row inside a savepoint: a row the engine refuses leaves nothing behind, and the batch's other rows go on. */
async function writeInSavepoint(trx: Transaction<Database>, actor: Actor, w: WriteContext, plan: RowPlan): Promise<RowOutcome> {
  await sql`savepoint import_row`.execute(trx);
  try {
    const outcome = await writeRow(trx, actor, w, plan);
    await sql`release savepoint import_row`.execute(trx);
    return outcome;
  } catch (error) {
    await sql`rollback to savepoint import_row`.execute(trx);
    await sql`release savepoint import_row`.execute(trx);
    if (isAppError(error) && (error.code === 'validation_failed' || error.code === 'forbidden' || error.code === 'conflict' || error.code === 'not_found')) {
      return { kind: 'failed', reason: reasonOfError(error, actor.locale) };
    }
    throw error;
  }
}

/** Writes one row: its names found, then matched and written (or refused with the reason). */
export async function writeRowSafely(trx: Transaction<Database>, actor: Actor, w: WriteContext, plan: RowPlan): Promise<RowOutcome> {
  const prepared = await prepare(trx, actor, w, plan);
  return 'kind' in prepared ? prepared : writeInSavepoint(trx, actor, w, prepared);
}

/**
 * Writes consecutive rows of one deal (Bitrix24's one row per product): the first row that reads
 * well gives the deal, every row that does gives a product line; a row whose product is not in the
 * catalog (or that fails otherwise) is reported on its own. Outcomes in the rows' order.
 */
export async function writeRowGroup(trx: Transaction<Database>, actor: Actor, w: WriteContext, plans: RowPlan[]): Promise<RowOutcome[]> {
  if (plans.length === 1) return [await writeRowSafely(trx, actor, w, plans[0]!)];
  const prepared: Array<RowPlan | RowOutcome> = [];
  for (const plan of plans) prepared.push(await prepare(trx, actor, w, plan));
  const good = prepared.filter((p): p is RowPlan => !('kind' in p));
  if (good.length === 0) return prepared as RowOutcome[];
  const head = good[0]!;
  const items = good.flatMap((p) => (p.input.items as unknown[] | undefined) ?? []);
  const outcome = await writeInSavepoint(trx, actor, w, { ...head, input: { ...head.input, ...(items.length > 0 ? { items } : {}) } });
  return prepared.map((p) => ('kind' in p ? p : p === head || outcome.kind === 'failed' ? outcome : { kind: 'merged' }));
}

/** The record type and its write context for an import. */
export async function writeContext(trx: Transaction<Database>, actor: Actor, importId: string, entity: ImportEntity, options: ImportOptions, source: string): Promise<WriteContext> {
  const kind = recordType(ENTITY_TYPE[entity])!;
  const catalog = entity === 'deals' || entity === 'activities' ? await loadCatalog(trx, actor, entity) : null;
  return { importId, entity, options, source, kind, ctx: await recordContext(trx, actor.workspaceId, kind), catalog };
}
