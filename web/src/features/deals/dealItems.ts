/** Line items of a deal as the form types them, and the money they add up to (the server's own arithmetic). */
import { toMajor, toMinor } from '../../i18n/format';
import { numberOrNull } from '../products/moneyInput';
import type { Deal, DealItemInput } from './deals.api';

/** One line as typed: numbers stay '' while blank; price in major units, discount and tax in percent. */
export interface ItemDraft {
  productId: string | null;
  name: string;
  sku: string | null;
  unit: string | null;
  quantity: number | string;
  price: number | string;
  discount: number | string;
  taxRate: number | string;
}

export interface LineMoney {
  net: number;
  tax: number;
  total: number;
}

/** A line's money in minor units, as the server computes it: net after discount, tax on top, each rounded. */
export function lineTotals(quantity: number, price: number, discountHundredths: number, taxHundredths: number): LineMoney {
  const net = Math.round(quantity * price * (1 - discountHundredths / 10_000));
  const tax = Math.round((net * taxHundredths) / 10_000);
  return { net, tax, total: net + tax };
}

const percent = (value: number | string) => Math.round((numberOrNull(value) ?? 0) * 100);

/** The money of a typed line in the deal's currency (a blank price or quantity counts as zero). */
export function draftTotals(item: ItemDraft, currency: string): LineMoney {
  const price = numberOrNull(item.price);
  return lineTotals(numberOrNull(item.quantity) ?? 0, price === null ? 0 : toMinor(price, currency), percent(item.discount), percent(item.taxRate));
}

/** The sums of all lines. */
export function grandTotals(items: ItemDraft[], currency: string): LineMoney {
  return items.reduce<LineMoney>(
    (sum, item) => {
      const line = draftTotals(item, currency);
      return { net: sum.net + line.net, tax: sum.tax + line.tax, total: sum.total + line.total };
    },
    { net: 0, tax: 0, total: 0 },
  );
}

/** A deal's stored lines as drafts. */
export function itemDrafts(deal: Deal | null): ItemDraft[] {
  return (deal?.items ?? []).map((item) => ({
    productId: item.productId,
    name: item.name,
    sku: item.sku,
    unit: item.unit,
    quantity: item.quantity,
    price: toMajor(item.price, deal!.currency),
    discount: item.discount / 100,
    taxRate: item.taxRate / 100,
  }));
}

/** A new blank line (a free line until a product is picked). */
export function blankItem(): ItemDraft {
  return { productId: null, name: '', sku: null, unit: null, quantity: 1, price: '', discount: 0, taxRate: 0 };
}

/**
 * The lines as the API takes them. Every line is sent, so the API's `items.<i>.<field>` errors land
 * on the form's row i; a blank price is left out, so a product line takes its catalog price.
 */
export function itemInputs(items: ItemDraft[], currency: string): DealItemInput[] {
  return items.map((item) => {
    const price = numberOrNull(item.price);
    const quantity = numberOrNull(item.quantity);
    return {
      ...(item.productId ? { productId: item.productId } : {}),
      ...(item.name.trim() ? { name: item.name.trim() } : {}),
      ...(item.productId ? { sku: item.sku, unit: item.unit } : {}),
      // A blank or zero quantity goes as 0, which the server refuses under its row.
      quantity: quantity ?? 0,
      ...(price !== null ? { price: toMinor(price, currency) } : {}),
      discount: percent(item.discount),
      taxRate: percent(item.taxRate),
    };
  });
}
