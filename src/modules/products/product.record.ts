import { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { canReach } from '../../platform/access/visibility.js';
import { AppError } from '../../platform/errors.js';
import { fromJson, toJson } from '../../platform/json.js';
import { majorAmount } from '../../platform/money.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink, ListParam } from '../../platform/records/record-type.js';
import { foldForSearch } from '../../platform/text/translit.js';
import { registerRecordType } from '../records/record-entity.js';
import { PRODUCT_SEARCH } from './product-search.js';
import { deleteRecordTags, rebuildRecordTags } from '../records/record-tags.js';
import { normalizeTags } from '../contacts/client-points.js';
import { createProductInput, productOutput, updateProductInput, type CreateProductInput, type ProductOutput } from './products.schema.js';

/** Products and services of the catalog, as a record type under the `products` rights. */

export const PRODUCT_TYPE = 'product';
type Input = Partial<CreateProductInput>;
const blank = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim());

function productColumns(input: Input, before: RecordRow | null, errors: FieldErrorSink): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const creating = before === null;
  if (input.name !== undefined || creating) Object.assign(out, { name: input.name, sort_name: foldForSearch(String(input.name ?? '')) });
  for (const key of ['sku', 'unit', 'description'] as const) if (input[key] !== undefined || creating) out[key] = blank(input[key]) ?? null;
  if (input.prices !== undefined || creating) {
    const prices = input.prices ?? [];
    const seen = new Set<string>();
    prices.forEach((p, i) => {
      if (seen.has(p.currency)) errors.add(`prices.${i}.currency`, 'duplicate');
      seen.add(p.currency);
    });
    out.prices = toJson(prices);
  }
  if (input.taxRate !== undefined || creating) out.tax_rate = input.taxRate ?? 0;
  if (input.active !== undefined || creating) out.active = input.active === false ? 0 : 1;
  if (input.tags !== undefined || creating) out.tags = toJson(normalizeTags(input.tags ?? []));
  return out;
}

export function presentProduct(row: RecordRow, actor: Actor): ProductOutput {
  const department = row.owner_department_id ?? null;
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: row.id, name: String(row.name), sku: text(row.sku), unit: text(row.unit),
    prices: (fromJson<Array<{ currency: string; amount: number }>>(row.prices) ?? []).map((p) => ({ currency: p.currency, amount: Number(p.amount) })),
    taxRate: Number(row.tax_rate ?? 0), active: Number(row.active) === 1, description: text(row.description),
    tags: fromJson<string[]>(row.tags) ?? [], custom: fromJson<Record<string, unknown>>(row.custom) ?? {},
    owner: { id: row.owner_id, name: String(row.owner_name ?? '') }, createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
    abilities: { edit: canReach(actor, 'products', 'edit', row, department), delete: canReach(actor, 'products', 'delete', row, department) },
  };
}

/** `active=1` offered only, `active=0` retired only. */
const activeParam: ListParam = {
  schema: z.string().max(5, 'invalid_option').optional(),
  condition(value, _actor, table) {
    const text = String(value);
    if (!['0', '1', 'true', 'false'].includes(text)) throw new AppError('validation_failed', 'active takes 1 or 0', { active: 'invalid_option' });
    return (eb) => eb(`${table}.active`, '=', text === '1' || text === 'true' ? 1 : 0);
  },
};

export const PRODUCT_RECORD = registerRecordType({
  entityType: PRODUCT_TYPE,
  plural: 'products',
  table: 'products',
  module: 'products',
  resultKey: 'product',
  title: (row) => String(row.name),
  subtitleColumn: 'sku',
  filterColumns: new Map([
    ['name', { column: 'name', kind: 'text' }],
    ['sku', { column: 'sku', kind: 'text' }],
    ['unit', { column: 'unit', kind: 'text' }],
    ['taxRate', { column: 'tax_rate', kind: 'number' }],
    ['ownerId', { column: 'owner_id', kind: 'id' }],
    ['createdAt', { column: 'created_at', kind: 'time' }],
    ['updatedAt', { column: 'updated_at', kind: 'time' }],
  ]),
  sorts: new Map([
    ['name', { column: 'sort_name', nullable: false, value: 'text' }],
    ['createdAt', { column: 'created_at', nullable: false, value: 'time' }],
    ['updatedAt', { column: 'updated_at', nullable: false, value: 'time' }],
  ]),
  listParams: new Map([['active', activeParam]]),
  features: { customFields: true, tags: true, search: true, timeline: false, savedViews: true, merge: false },
  search: PRODUCT_SEARCH,
  schemas: { create: createProductInput, update: updateProductInput, output: productOutput, listItem: productOutput },
  columnsFromInput: async (_db, _actor, input, before, _ctx, errors) => productColumns(input as Input, before, errors),
  inputFromVersion: async (_db, _actor, data) => ({
    name: data.name, sku: data.sku ?? null, unit: data.unit ?? null, prices: fromJson(data.prices) ?? [], taxRate: Number(data.tax_rate ?? 0),
    active: Number(data.active) === 1, description: data.description ?? null, tags: fromJson(data.tags) ?? [], custom: fromJson(data.custom) ?? {},
  }),
  afterWrite: (trx, row) => rebuildRecordTags(trx, PRODUCT_TYPE, row),
  beforePurge: (trx, _workspaceId, id) => deleteRecordTags(trx, PRODUCT_TYPE, id),
  present: async (_db, actor, row) => presentProduct(row, actor),
  presentList: async (_db, actor, rows) => rows.map((row) => presentProduct(row, actor)),
  csv: () => ({
    headers: ['name', 'sku', 'unit', 'prices', 'taxRate', 'active', 'description', 'tags', 'owner', 'createdAt', 'id'],
    cells: async (page) => page.map((row) => [
      String(row.name), (row.sku as string | null) ?? null, (row.unit as string | null) ?? null,
      (fromJson<Array<{ currency: string; amount: number }>>(row.prices) ?? []).map((p) => `${majorAmount(Number(p.amount), p.currency)} ${p.currency}`).join('; '),
      Number(row.tax_rate ?? 0) / 100, Number(row.active) === 1 ? 'yes' : 'no', (row.description as string | null) ?? null,
      (fromJson<string[]>(row.tags) ?? []).join('; '), String(row.owner_name ?? ''), row.created_at, row.id,
    ]),
  }),
});
