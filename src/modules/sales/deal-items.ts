import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { findRecordsForBulk } from '../records/records.service.js';
import type { ItemInput } from './deals.schema.js';

/** A line item as stored in `deals.items` and shown by the API. */
export interface DealItem {
  productId: string | null;
  name: string;
  sku: string | null;
  unit: string | null;
  /** Up to three decimals. */
  quantity: number;
  /** Minor units of the deal's currency, per unit. */
  price: number;
  /** Hundredths of a percent off the price (1000 = 10 %). */
  discount: number;
  /** Hundredths of a percent added on top (2000 = 20 %). */
  taxRate: number;
  /** quantity × price − discount, rounded to a minor unit. */
  net: number;
  tax: number;
  /** net + tax: what the deal's amount adds up. */
  total: number;
}

/** The money of one line: net after discount, tax on top, total; each rounded to a minor unit. */
export function lineTotals(quantity: number, price: number, discount: number, taxRate: number): { net: number; tax: number; total: number } {
  const net = Math.round(quantity * price * (1 - discount / 10_000));
  const tax = Math.round((net * taxRate) / 10_000);
  return { net, tax, total: net + tax };
}

/**
 * Line items from an input: a catalog product fills in its name, SKU, unit, tax rate and its price
 * in the deal's currency (each can be overridden); a free line needs a name and a price. A product
 * the actor cannot see, or no longer offered (unless the deal had it already), is refused.
 */
export async function dealItems(db: Executor, actor: Actor, input: ItemInput[], currency: string, before: RecordRow | null, errors: FieldErrorSink): Promise<DealItem[]> {
  const kind = recordType('product');
  const ids = [...new Set(input.flatMap((i) => (i.productId ? [i.productId] : [])))];
  const products = new Map(kind && ids.length > 0 ? (await findRecordsForBulk(db, kind, actor, ids, 'view')).map((r) => [r.id, r]) : []);
  const had = new Set((fromJson<DealItem[]>(before?.items) ?? []).map((i) => i.productId));
  const out: DealItem[] = [];
  input.forEach((item, i) => {
    const product = item.productId ? products.get(item.productId) : undefined;
    if (item.productId && !product) return void errors.add(`items.${i}.productId`, 'not_found');
    if (product && Number(product.active) !== 1 && !had.has(product.id)) return void errors.add(`items.${i}.productId`, 'inactive');
    const listed = (fromJson<Array<{ currency: string; amount: number }>>(product?.prices) ?? []).find((p) => p.currency === currency);
    const name = item.name ?? (product ? String(product.name) : undefined);
    const price = item.price ?? (listed ? Number(listed.amount) : undefined);
    if (!name) return void errors.add(`items.${i}.name`, 'required');
    if (price === undefined) return void errors.add(`items.${i}.price`, 'required');
    const discount = item.discount ?? 0;
    const taxRate = item.taxRate ?? (product ? Number(product.tax_rate ?? 0) : 0);
    out.push({
      productId: product?.id ?? null, name, sku: item.sku ?? ((product?.sku as string | null | undefined) ?? null), unit: item.unit ?? ((product?.unit as string | null | undefined) ?? null),
      quantity: item.quantity, price, discount, taxRate, ...lineTotals(item.quantity, price, discount, taxRate),
    });
  });
  return out;
}
