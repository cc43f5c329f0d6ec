import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { normalizePhone } from '../../platform/phones/phones.js';
import { recordType } from '../../platform/records/registry.js';
import { instantIn } from '../../platform/time-zone.js';
import { foldForSearch } from '../../platform/text/translit.js';
import { nameKey, taxIdKey } from '../contacts/client-names.js';
import { findRecordsForBulk } from '../records/records.service.js';
import { headerKey } from './header-aliases.js';
import { pipelineNamed, pipelineOf, stageNamed, type CatalogPipeline, type CatalogStage, type SalesCatalog } from './import-catalog.js';
import { reasonOf, type RowError, type RowPlan } from './import-rows.js';
import { statusOfWord, type Moment, type SalesRefs } from './import-sales-rows.js';
import { toMinor } from './import-sales-values.js';
import * as imports from './imports.repository.js';
import type { ImportOptions } from './imports.schema.js';

/**
 * A deal's or activity's names of other things, found in the workspace: stage and pipeline, lost
 * reason, kind, product, and the contact, company or deal it links to (by its id in the source
 * system, then email, phone, tax id or exact name, among the records the actor may see).
 */

export interface RefContext { actor: Actor; catalog: SalesCatalog; options: ImportOptions; source: string; country: string }
export interface Resolved {
  input: Record<string, unknown>;
  /** Refusals: the row is not written. */
  errors: RowError[];
  /** Links left out under `missingLinks: skipLink`: the row is written without them. */
  dropped: RowError[];
}

type LinkTable = 'contacts' | 'companies' | 'deals';
const ENTITY_OF: Record<LinkTable | 'products', string> = { contacts: 'contact', companies: 'company', deals: 'deal', products: 'product' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first of the candidates the actor may see, in their order. */
async function firstVisible(db: Executor, actor: Actor, table: LinkTable | 'products', ids: string[]): Promise<string | null> {
  const kind = recordType(ENTITY_OF[table]);
  if (!kind || ids.length === 0) return null;
  const visible = new Set((await findRecordsForBulk(db, kind, actor, [...new Set(ids)], 'view')).map((r) => r.id));
  return ids.find((id) => visible.has(id)) ?? null;
}

/** The record a link cell names: its id in the source system first, then what the cell looks like. */
export async function findLinked(db: Executor, ctx: Pick<RefContext, 'actor' | 'source' | 'country'>, table: LinkTable, text: string): Promise<string | null> {
  const { actor } = ctx;
  const ws = actor.workspaceId;
  const value = text.trim();
  const external = await imports.findExternalId(db, ws, ENTITY_OF[table], ctx.source, value);
  const tries: Array<() => Promise<string[]>> = [async () => (external ? [external] : [])];
  if (table === 'contacts') {
    if (EMAIL.test(value)) tries.push(() => imports.contactIdsByPoint(db, ws, 'email', value.toLowerCase()));
    const phone = /^[+\d][\d\s()./-]{5,}$/.test(value) ? normalizePhone(value, ctx.country) : null;
    if (phone?.ok) tries.push(() => imports.contactIdsByPoint(db, ws, 'phone', phone.e164));
  }
  if (table === 'companies') {
    const tax = /\d{5,}/.test(value) ? taxIdKey(value) : null;
    if (tax) tries.push(() => imports.companyIdsByTaxKey(db, ws, tax));
  }
  tries.push(() => imports.idsBySortName(db, table, ws, foldForSearch(value)));
  // The same name written otherwise (`Иванов Пётр` for Pyotr Ivanov, `ООО «Ромашка»` for Ромашка).
  const key = table === 'deals' ? '' : nameKey(value);
  if (key !== '' && table !== 'deals') tries.push(() => imports.idsByNameKey(db, table, ws, key));
  for (const attempt of tries) {
    const found = await firstVisible(db, actor, table, await attempt());
    if (found) return found;
  }
  return null;
}

/** A catalog product by exact SKU, else by name. */
async function findProduct(db: Executor, actor: Actor, text: string): Promise<string | null> {
  const ws = actor.workspaceId;
  return (await firstVisible(db, actor, 'products', await imports.productIdsBySku(db, ws, text.trim())))
    ?? firstVisible(db, actor, 'products', await imports.idsBySortName(db, 'products', ws, foldForSearch(text)));
}

const instantOf = (m: Moment, zone: string) => ('instant' in m ? m.instant : instantIn(m.day, m.minute ?? 0, zone));

/** Stage, pipeline and lost reason of a deal row. */
function dealStage(refs: SalesRefs, ctx: RefContext, input: Record<string, unknown>, fail: (field: string, code: string) => void): void {
  const { catalog } = ctx;
  const fallback = ctx.options.unknownStage === 'firstStage';
  const first = catalog.pipelines[0];
  const firstOpen = (p: CatalogPipeline | undefined) => p?.stages.find((s) => s.kind === 'open');
  let pipeline = refs.pipeline ? pipelineNamed(catalog, refs.pipeline) : undefined;
  if (refs.pipeline && !pipeline) {
    if (!fallback) return fail('pipeline', 'pipeline_not_found');
    pipeline = first;
  }
  let stage: CatalogStage | undefined;
  if (refs.stage) {
    stage = stageNamed(catalog, refs.stage, pipeline);
    const closing = stage ? null : statusOfWord(refs.stage);
    if (closing && closing !== 'open') stage = (pipeline ?? first)?.stages.find((s) => s.kind === closing);
    if (!stage && closing === 'open') stage = firstOpen(pipeline ?? first);
    if (!stage) {
      if (!fallback) return fail('stage', 'stage_not_found');
      stage = firstOpen(first);
    }
  }
  const status = refs.status;
  if ((status === 'won' || status === 'lost') && stage?.kind !== status) {
    const inPipeline = (stage && pipelineOf(catalog, stage.id)) ?? pipeline ?? first;
    stage = inPipeline?.stages.find((s) => s.kind === status);
    if (!stage) return fail('status', 'no_stage_of_kind');
  }
  if (stage) input.stageId = stage.id;
  else if (pipeline) input.pipelineId = pipeline.id;
  if (stage?.kind !== 'lost') return;
  if (!refs.lostReason) return fail('lostReason', 'lost_reason_required');
  const reason = catalog.reasons.get(headerKey(refs.lostReason));
  if (!reason) return fail('lostReason', 'lost_reason_not_found');
  input.lostReasonId = reason;
}

/** Money of a deal row: amount or one product line, in the row's currency (the workspace's when it names none). */
async function dealMoney(db: Executor, refs: SalesRefs, ctx: RefContext, input: Record<string, unknown>, fail: (field: string, code: string) => void): Promise<void> {
  const currency = refs.currency ?? ctx.catalog.currency;
  if (refs.currency) input.currency = refs.currency;
  if (refs.product) {
    const productId = await findProduct(db, ctx.actor, refs.product);
    if (!productId) return fail('product', 'product_not_found');
    const price = refs.price !== undefined ? toMinor(refs.price, currency) : undefined;
    if (price === null) return fail('price', 'invalid_amount');
    // With line items the amount is their sum: a total column (Bitrix24's "Сумма") is left to follow them.
    input.items = [{ productId, quantity: refs.quantity ?? 1, ...(price !== undefined ? { price } : {}) }];
    return;
  }
  if (refs.amount !== undefined) {
    const amount = toMinor(refs.amount, currency);
    if (amount === null) return fail('amount', 'invalid_amount');
    input.amount = amount;
  }
}

/**
 * Resolves a deal or activity row's names into its input. A link no value finds fails the row, or
 * (`missingLinks: skipLink`) is left out and reported in `dropped`.
 */
export async function resolveRefs(db: Executor, ctx: RefContext, plan: RowPlan, entity: 'deals' | 'activities'): Promise<Resolved> {
  const refs = plan.refs ?? {};
  const out: Resolved = { input: {}, errors: [], dropped: [] };
  const locale = ctx.actor.locale;
  const fail = (field: string, code: string) => void out.errors.push({ field, code, message: reasonOf(code, locale) });
  const links: Array<[LinkTable, string | undefined]> = [['contacts', refs.contact], ['companies', refs.company], ['deals', entity === 'activities' ? refs.deal : undefined]];
  const found: Partial<Record<LinkTable, string>> = {};
  for (const [table, text] of links) {
    if (!text) continue;
    const id = await findLinked(db, ctx, table, text);
    const field = ENTITY_OF[table];
    if (id) found[table] = id;
    else if (ctx.options.missingLinks === 'skipLink') out.dropped.push({ field, code: `${field}_not_found`, message: reasonOf(`${field}_not_found`, locale) });
    else fail(field, `${field}_not_found`);
  }
  if (entity === 'deals') {
    dealStage(refs, ctx, out.input, fail);
    await dealMoney(db, refs, ctx, out.input, fail);
    if (found.contacts) out.input.people = [{ contactId: found.contacts }];
    if (found.companies) out.input.companyId = found.companies;
    return out;
  }
  const kind = refs.kind ? ctx.catalog.kinds.get(headerKey(refs.kind)) : 'task';
  if (kind) out.input.kind = kind;
  else fail('kind', 'kind_not_found');
  if (refs.due) {
    if ('day' in refs.due && refs.due.minute === null) out.input.dueDay = refs.due.day;
    else out.input.dueAt = instantOf(refs.due, ctx.catalog.zone);
  }
  if (refs.ends) out.input.endsAt = instantOf(refs.ends, ctx.catalog.zone);
  if (found.contacts) out.input.contactId = found.contacts;
  if (found.companies) out.input.companyId = found.companies;
  if (found.deals) out.input.dealId = found.deals;
  return out;
}
