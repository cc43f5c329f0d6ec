import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../scripts/api-types.js';

describe('the web app API types', () => {
  it(`${SCHEMA_FILE} matches the server's OpenAPI document`, async () => {
    const committed = fs.readFileSync(path.resolve(SCHEMA_FILE), 'utf8');
    const fresh = await generateApiTypes();
    // A plain boolean, so the failure reads as the instruction rather than a 5,000-line diff.
    expect(committed === fresh, `${SCHEMA_FILE} is stale: the server's routes changed. Run \`npm run api:types\` and commit the file.`).toBe(true);
  });
});
