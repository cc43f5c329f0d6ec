#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the Playwright e2e.
// Browsers are never downloaded by Playwright here: its downloads fail on these machines.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (existsSync(CHROMIUM)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasAptGet()) {
  console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package.`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM)) {
    console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
  process.exit(0);
}

console.error(
  [
    `ensure-chromium: ${CHROMIUM} is missing.`,
    'The e2e tests drive the system Chromium, not a browser downloaded by Playwright.',
    'Install it as root, e.g.:',
    '  sudo apt-get update && sudo apt-get install -y chromium',
    'Do not run "npx playwright install".',
  ].join('\n'),
);
process.exit(1);
