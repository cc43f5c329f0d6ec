import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import '../src/modules/index.js';
import { recordTypes } from '../src/platform/records/registry.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = path.join(ROOT, 'web/src');

/** The web's registrations as written in each `<type>.record.ts` that `records/registrations.ts` imports. */
function webRegistrations(): Array<{ file: string; entityType?: string; plural?: string; path?: string }> {
  const index = fs.readFileSync(path.join(WEB, 'records/registrations.ts'), 'utf8');
  return [...index.matchAll(/^import '(\.\.\/[^']+)';$/gm)].map(([, spec]) => {
    const file = path.join(WEB, 'records', `${spec}.ts`);
    const text = fs.readFileSync(file, 'utf8');
    const field = (name: string) => new RegExp(`\\b${name}: '([^']+)'`).exec(text)?.[1];
    return { file: path.relative(ROOT, file), entityType: field('entityType'), plural: field('plural'), path: field('path') };
  });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the web record screens (decision 0016)', () => {
  it('registers screens for exactly the record types the server registers, under the same names', () => {
    const web = webRegistrations();
    const server = recordTypes().map((type) => ({ entityType: type.entityType, plural: type.plural }));
    expect(web.map(({ entityType, plural }) => ({ entityType, plural })).sort((a, b) => String(a.entityType).localeCompare(String(b.entityType)))).toEqual(
      server.sort((a, b) => a.entityType.localeCompare(b.entityType)),
    );
    for (const registration of web) expect(registration.path, registration.file).toBe(`/${registration.plural}`);
  });

  it('names no record type in the generic list, card, form, filters and bulk code', () => {
    // clientTypes.ts names the API shapes of contacts and companies, which their shared editors (phones, emails, addresses) use.
    const generic = [...filesUnder(path.join(WEB, 'records')), ...filesUnder(path.join(WEB, 'features/clients'))].filter((file) => !file.endsWith('clientTypes.ts'));
    const typeNames = recordTypes().flatMap((type) => [type.entityType, type.plural]);
    const named = generic.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '');
      return typeNames.filter((name) => new RegExp(`['"\`]${name}['"\`]|=== '${name}'`).test(text)).map((name) => `${path.relative(ROOT, file)}: ${name}`);
    });
    expect(named).toEqual([]);
  });
});
