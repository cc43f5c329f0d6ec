/**
 * Writes web/src/api/schema.d.ts: the TypeScript types of every API request and response, generated
 * from the server's OpenAPI document. Run with `npm run api:types` after changing a route schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/server/app.js';
import { connect } from '../src/db/connect.js';
import { loadConfig } from '../src/platform/config.js';

/** Where the generated types live, relative to the repository root. */
export const SCHEMA_FILE = 'web/src/api/schema.d.ts';

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\` (scripts/api-types.ts).
 * Do not edit by hand: change the route's zod schema and run the script again.
 */

`;

/** The OpenAPI document of the assembled app, built in-process on a throwaway SQLite database without listening. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const handle = connect({ sqlitePath: ':memory:' });
  const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-api-types', RUN_WORKERS: '0' });
  const app = await buildApp({ db: handle.db, dialect: 'sqlite', config, logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
    await handle.close();
  }
}

/** The text of web/src/api/schema.d.ts as it should be for the current server. */
export async function generateApiTypes(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const target = path.join(root, SCHEMA_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await generateApiTypes());
  console.log(`wrote ${SCHEMA_FILE}`);
}
