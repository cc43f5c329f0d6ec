import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

interface Hit { id: string; title: string; subtitle: string | null }
interface Group { type: string; items: Hit[]; total: number }

/** Deals and products are found by global search and by their lists' search box, within the viewer's rights. */
describe.each(DIALECTS)('searching deals and products on %s', (dialect) => {
  it('finds a deal by title in either script and a product by name or SKU; the lists filter by q=', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'BG');
    const deal = (await client.post('/api/v1/deals', { title: 'Доставка на цимент', amount: 1_250_000, currency: 'EUR' })).body.deal;
    await client.post('/api/v1/deals', { title: 'Поддръжка 2027', amount: 10_000, currency: 'EUR' });
    const product = (await client.post('/api/v1/products', { name: 'Цимент CEM II', sku: 'CEM-42', prices: [{ currency: 'EUR', amount: 1_500 }] })).body.product;

    const groups = async (q: string, as = client) => Object.fromEntries(((await as.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).body.groups as Group[]).map((g) => [g.type, g]));
    const found = await groups('цимент');
    expect(found.deal!.items.map((h) => h.id)).toEqual([deal.id]);
    // Under the title: the amount in the viewer's language and the stage.
    expect(found.deal!.items[0]!.subtitle).toMatch(/^(€12,500\.00|12[\s\u00a0]500,00[\s\u00a0]€) · \S.+$/);
    expect(found.product!.items.map((h) => h.id)).toEqual([product.id]);
    expect((await groups('dostavka')).deal!.items.map((h) => h.id)).toEqual([deal.id]);
    expect((await groups('CEM-42')).product!.items.map((h) => h.id)).toEqual([product.id]);

    const list = await client.get(`/api/v1/deals?q=${encodeURIComponent('доставка')}&count=1`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([deal.id]);
    expect(list.body.total).toBe(1);
    expect((await client.get('/api/v1/products?q=cem')).body.items.map((p: { id: string }) => p.id)).toEqual([product.id]);

    // A manager who sees only their own deals does not find the admin's.
    const manager = await member(server, workspace, 'manager');
    expect((await groups('цимент', manager.client)).deal?.items ?? []).toEqual([]);
    // A deleted deal is no longer found.
    expect((await client.delete(`/api/v1/deals/${deal.id}?version=${deal.version}`)).status).toBe(204);
    expect((await groups('цимент')).deal!.items).toEqual([]);
  });
});
