#!/usr/bin/env node
// The `kartoteka` command runs the compiled server (npm ci builds it; `npm run build` rebuilds).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'dist', 'server', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('Kartoteka is not built yet. Run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
const { main } = await import(entry);
await main(process.argv.slice(2));
