#!/usr/bin/env node
// `npm run build:server`: src/**/*.ts (tests excluded) to dist/server, one .js file per source file
// with its source map. esbuild only strips the types, in about a second; type checking is the job of
// `npm run typecheck` (part of `npm test`), so `npm ci` no longer checks the whole program a second
// time (decision 0032). The tsconfig's isolatedModules and verbatimModuleSyntax keep every file
// translatable on its own.
import { rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, 'src');
const out = path.join(root, 'dist', 'server');

const entryPoints = (await readdir(src, { recursive: true }))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
  .map((file) => path.join(src, file));

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: out,
  outbase: src,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} server files into dist/server`);
