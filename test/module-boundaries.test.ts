import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, violations } from './fixtures/boundaries.js';

/**
 * The module boundaries of DESIGN.md section 3-4, checked on every import of the server code:
 * - platform code imports no module and nothing of the server;
 * - modules import nothing from src/server (the server assembles modules and is used by none);
 * - no module imports another module's repository (it goes through the owner's service);
 * - table types import no aggregate (`*.table.ts` never imports src/db/database.ts: no cycle).
 * Known exceptions are listed with the work that removes them; a new violation fails, and so does an
 * exception that no longer occurs (so the list only shrinks).
 */
/** Known exceptions, each with what removes it (issue 7 item 8). */
const KNOWN: string[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/module-boundaries.known.json'), 'utf8')) as string[];

describe('module boundaries', () => {
  it('has no new violation, and every known one still exists', () => {
    const now = violations();
    expect(now.filter((v) => !KNOWN.includes(v)), 'new boundary violations').toEqual([]);
    expect(KNOWN.filter((v) => !now.includes(v)), 'fixed: remove these from test/fixtures/module-boundaries.known.json').toEqual([]);
  });
});

