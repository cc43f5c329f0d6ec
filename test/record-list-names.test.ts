import { describe, expect, it } from 'vitest';
import { recordTypes } from '../src/platform/records/registry.js';
import '../src/modules/index.js';
import { DIALECTS } from './db.js';
import { testServer } from './server.js';

/**
 * Names from requests are data, never keys into objects: every list and export of every
 * registered record type answers 400 (never 500) for a filter field, sort or list parameter named
 * after an inherited property.
 */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'];

describe.each(DIALECTS)('list routes and inherited property names on %s', (dialect) => {
  it('answers 400 with the field named, on every registered type', async () => {
    const server = await testServer(dialect);
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    expect(recordTypes().length).toBeGreaterThanOrEqual(2);
    for (const kind of recordTypes()) {
      for (const path of [`/api/v1/${kind.plural}`, `/api/v1/${kind.plural}/export`]) {
        for (const name of INHERITED) {
          const filter = encodeURIComponent(JSON.stringify([{ field: name, op: 'eq', value: 'x' }]));
          const byFilter = await admin.get(`${path}?filter=${filter}`);
          expect(byFilter.status, `${path} filter ${name}`).toBe(400);
          expect(byFilter.body.error.fields, `${path} filter ${name}`).toHaveProperty('filter');
          for (const sort of [name, `-${name}`]) {
            const bySort = await admin.get(`${path}?sort=${encodeURIComponent(sort)}`);
            expect(bySort.status, `${path} sort ${sort}`).toBe(400);
            expect(bySort.body.error.fields, `${path} sort ${sort}`).toHaveProperty('sort');
          }
          const asParam = await admin.get(`${path}?${encodeURIComponent(name)}=x`);
          expect(asParam.status, `${path} ?${name}`).toBe(400);
        }
      }
    }
  });
});
