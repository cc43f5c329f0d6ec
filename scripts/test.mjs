#!/usr/bin/env node
// `npm test`: the whole suite. Unit and integration tests (Vitest, on SQLite and a real
// PostgreSQL), then end-to-end tests in Debian's Chromium (Playwright). Prints one closing line
// "N passed, N failed" over both, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

// e2e runs the built app; rebuild when sources are newer than the build (npm ci builds once).
const builtAt = fs.existsSync('dist/web/index.html') && fs.existsSync('dist/server/cli/main.js')
  ? Math.min(fs.statSync('dist/web/index.html').mtimeMs, fs.statSync('dist/server/cli/main.js').mtimeMs) : 0;
if (Math.max(newestMtime('src'), newestMtime('web')) > builtAt) {
  console.log('\n> building (sources changed since the last build)');
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
let failedSuites = 0;

console.log('\n> type check (server, web app, e2e)');
if (run('npm', ['run', '--silent', 'typecheck']) !== 0) failedSuites++;

console.log('\n> unit and integration tests (Vitest: SQLite + PostgreSQL)');
const vitestJson = path.join(resultsDir, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (vitestStatus !== 0) failedSuites++;

console.log('\n> end-to-end tests (Playwright in Chromium)');
if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) {
  failedSuites++;
} else {
  const pwJson = path.join(resultsDir, 'playwright.json');
  fs.rmSync(pwJson, { force: true });
  const pwStatus = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (fs.existsSync(pwJson)) {
    const stats = JSON.parse(fs.readFileSync(pwJson, 'utf8')).stats;
    counts.passed += stats.expected + (stats.flaky ?? 0);
    counts.failed += stats.unexpected;
    counts.skipped += stats.skipped;
  }
  if (pwStatus !== 0) failedSuites++;
}

if (failedSuites > 0 && counts.failed === 0) counts.failed = 1; // a suite that crashed before reporting still fails the run
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSuites > 0 || counts.failed > 0 ? 1 : 0);
