import { describe, expect, it } from 'vitest';
import { narrowLayout, selectedColumns } from './export-columns.js';

describe('export columns', () => {
  const defs = [{ key: 'region', label: 'Region', type: 'text' }, { key: 'tier', label: 'Tier', type: 'select' }];

  it('puts the name first, maps the list keys to export headers, keeps each once and leaves unknown keys out', () => {
    const client = ['displayName', 'firstName', 'phones', 'emails', 'owner', 'tags', 'id', 'Region', 'Tier'];
    expect(selectedColumns(client, ['tags', 'phone', 'custom.tier', 'email', 'phone', 'nosuch', 'custom.gone'], defs).map((i) => client[i])).toEqual(['displayName', 'tags', 'phones', 'Tier', 'emails']);
    const deal = ['title', 'pipeline', 'stage', 'status', 'amount', 'currency', 'company', 'owner'];
    expect(selectedColumns(deal, ['stage', 'amount', 'client', 'owner'], []).map((i) => deal[i])).toEqual(['title', 'stage', 'amount', 'currency', 'company', 'owner']);
  });

  it('narrows the cells of each page to the picked columns, and keeps the layout whole without keys', async () => {
    const layout = { headers: ['name', 'phones', 'owner'], cells: async () => [['Acme', '+1', 'Ann'], ['Beta', null, 'Bob']] };
    const narrow = narrowLayout(layout, ['owner'], []);
    expect(narrow.headers).toEqual(['name', 'owner']);
    expect(await narrow.cells([])).toEqual([['Acme', 'Ann'], ['Beta', 'Bob']]);
    expect(narrowLayout(layout, undefined, [])).toBe(layout);
  });
});
