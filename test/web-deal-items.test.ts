import { describe, expect, it } from 'vitest';
import { lineTotals as serverLineTotals } from '../src/modules/sales/deal-items.js';

// The deal form shows line and grand totals as the user types; they must be the server's figures.
// The web app compiles under its own tsconfig (bundler resolution), so it is loaded by path here.
interface ItemDraft {
  productId: string | null;
  name: string;
  sku: string | null;
  unit: string | null;
  quantity: number | string;
  price: number | string;
  discount: number | string;
  taxRate: number | string;
}
interface DealItemsModule {
  lineTotals: (quantity: number, price: number, discount: number, taxRate: number) => { net: number; tax: number; total: number };
  draftTotals: (item: ItemDraft, currency: string) => { net: number; tax: number; total: number };
  grandTotals: (items: ItemDraft[], currency: string) => { net: number; tax: number; total: number };
  itemInputs: (items: ItemDraft[], currency: string) => Array<Record<string, unknown>>;
}
const web = (await import(new URL('../web/src/features/deals/dealItems.ts', import.meta.url).pathname)) as DealItemsModule;

const line = (patch: Partial<ItemDraft>): ItemDraft => ({ productId: null, name: 'Line', sku: null, unit: null, quantity: 1, price: '', discount: 0, taxRate: 0, ...patch });

describe('deal line items in the web form', () => {
  it('computes every line as the server does, rounding included', () => {
    for (const quantity of [1, 0.001, 2.5, 3.333, 17, 1000.125])
      for (const price of [0, 1, 99, 12_345, 999_999])
        for (const discount of [0, 1, 1250, 3333, 10_000])
          for (const taxRate of [0, 900, 2000, 2050]) expect(web.lineTotals(quantity, price, discount, taxRate)).toEqual(serverLineTotals(quantity, price, discount, taxRate));
  });

  it('reads typed major units and percents in the deal currency', () => {
    // 10 h × €80 with 10 % off and 20 % tax: €720 net, €144 tax.
    expect(web.draftTotals(line({ quantity: 10, price: 80, discount: 10, taxRate: 20 }), 'EUR')).toEqual({ net: 72_000, tax: 14_400, total: 86_400 });
    // Yen have no minor unit: ¥1,500 is 1500.
    expect(web.draftTotals(line({ quantity: 2, price: 1500 }), 'JPY')).toEqual({ net: 3000, tax: 0, total: 3000 });
    // A blank price counts as nothing until it is typed.
    expect(web.draftTotals(line({ quantity: 3, price: '' }), 'EUR').total).toBe(0);
    const items = [line({ quantity: 1, price: 1250, taxRate: 20 }), line({ quantity: 10, price: 80, discount: 10, taxRate: 20 })];
    expect(web.grandTotals(items, 'EUR')).toEqual({ net: 197_000, tax: 39_400, total: 236_400 });
  });

  it('sends every line (so errors land on their row), with minor units and hundredths of a percent', () => {
    const sent = web.itemInputs(
      [line({ productId: 'p1', name: 'CRM licence', sku: 'CRM-1', unit: 'pcs', quantity: 1, price: 1250.5, taxRate: 20 }), line({ name: '  ', quantity: '', price: '', discount: 12.5 })],
      'EUR',
    );
    expect(sent).toEqual([
      { productId: 'p1', name: 'CRM licence', sku: 'CRM-1', unit: 'pcs', quantity: 1, price: 125_050, discount: 0, taxRate: 2000 },
      // No name and no price: the server's catalog or its refusal fills them; a blank quantity is refused there too.
      { quantity: 0, discount: 1250, taxRate: 0 },
    ]);
  });
});
