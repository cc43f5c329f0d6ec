import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { lineTotals } from '../sales/deal-items.js';

describe('line totals', () => {
  it('takes the discount off the net and adds the tax on top, rounding each to a minor unit', () => {
    expect(lineTotals(3, 1999, 0, 2000)).toEqual({ net: 5997, tax: 1199, total: 7196 });
    expect(lineTotals(1.5, 1000, 1000, 0)).toEqual({ net: 1350, tax: 0, total: 1350 });
    expect(lineTotals(0.333, 100, 0, 0)).toEqual({ net: 33, tax: 0, total: 33 });
  });
});

describe.each(DIALECTS)('products and line items on %s', (dialect) => {
  it('keeps a shared catalog that managers read and the head of sales keeps', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');
    const head = await member(server, workspace, 'head_of_sales');
    const res = await head.client.post('/api/v1/products', { name: 'Консультация', sku: 'SRV-1', unit: 'ч', prices: [{ currency: 'EUR', amount: 5000 }, { currency: 'BGN', amount: 9800 }], taxRate: 2000 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.product).toMatchObject({ name: 'Консультация', sku: 'SRV-1', active: true, taxRate: 2000, prices: [{ currency: 'EUR', amount: 5000 }, { currency: 'BGN', amount: 9800 }] });
    expect((await manager.client.get('/api/v1/products')).body.items.map((p: { sku: string }) => p.sku)).toEqual(['SRV-1']);
    expect((await manager.client.post('/api/v1/products', { name: 'Mine' })).status).toBe(403);
    expect((await client.post('/api/v1/products', { name: 'X', prices: [{ currency: 'EUR', amount: 1 }, { currency: 'EUR', amount: 2 }] })).body.error.fields).toEqual({ 'prices.1.currency': 'duplicate' });
    expect((await client.post('/api/v1/products', { name: 'X', taxRate: 10_001 })).body.error.fields).toEqual({ taxRate: 'too_large' });
    expect((await client.post('/api/v1/products', { name: 'X', prices: [{ currency: 'EUR', amount: -5 }] })).body.error.fields).toEqual({ 'prices.0.amount': 'too_small' });
    const retired = await head.client.patch(`/api/v1/products/${res.body.product.id}`, { active: false, version: 1 });
    expect(retired.body.product.active).toBe(false);
    expect((await client.get('/api/v1/products?active=1')).body.items).toEqual([]);
  });

  it('fills line items from the catalog in the deal currency, and the amount follows them', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const service = (await client.post('/api/v1/products', { name: 'Service', sku: 'S1', unit: 'h', prices: [{ currency: 'EUR', amount: 5000 }], taxRate: 2000 })).body.product;
    const box = (await client.post('/api/v1/products', { name: 'Box', prices: [{ currency: 'BGN', amount: 1000 }] })).body.product;
    const res = await client.post('/api/v1/deals', {
      title: 'Two products', currency: 'EUR', items: [{ productId: service.id, quantity: 2 }, { productId: box.id, quantity: 3, price: 400, discount: 1000 }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const deal = res.body.deal;
    expect(deal.items).toEqual([
      { productId: service.id, name: 'Service', sku: 'S1', unit: 'h', quantity: 2, price: 5000, discount: 0, taxRate: 2000, net: 10000, tax: 2000, total: 12000 },
      { productId: box.id, name: 'Box', sku: null, unit: null, quantity: 3, price: 400, discount: 1000, taxRate: 0, net: 1080, tax: 0, total: 1080 },
    ]);
    expect(deal.amount).toBe(13080);
    // No EUR price for the box and none given: the line asks for one.
    const noPrice = await client.post('/api/v1/deals', { title: 'X', currency: 'EUR', items: [{ productId: box.id, quantity: 1 }] });
    expect(noPrice.body.error.fields).toEqual({ 'items.0.price': 'required' });
    expect((await client.post('/api/v1/deals', { title: 'X', items: [{ name: 'Free', price: 1, quantity: -1 }] })).body.error.fields).toEqual({ 'items.0.quantity': 'too_small' });
    expect((await client.post('/api/v1/deals', { title: 'X', items: [{ quantity: 1, price: 5 }] })).body.error.fields).toEqual({ 'items.0.name': 'required' });
    const mismatch = await client.patch(`/api/v1/deals/${deal.id}`, { amount: 1, version: 1 });
    expect(mismatch.body.error.fields).toEqual({ amount: 'follows_items' });
    const fewer = await client.patch(`/api/v1/deals/${deal.id}`, { items: [{ productId: service.id, quantity: 1 }], version: 1 });
    expect(fewer.body.deal).toMatchObject({ amount: 6000, version: 2 });
    // History restore brings back the earlier items and their amount.
    const history = (await client.get(`/api/v1/history/deal/${deal.id}`)).body;
    expect(history.items.length).toBeGreaterThanOrEqual(2);
    const cleared = await client.patch(`/api/v1/deals/${deal.id}`, { items: [], amount: 777, version: 2 });
    expect(cleared.body.deal).toMatchObject({ amount: 777, items: [] });
  });
});
