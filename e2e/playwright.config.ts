import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const PORT = 3917;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

// Playwright loads this file in the runner and in each worker; the env var keeps one fresh install per run.
process.env.KARTOTEKA_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kartoteka-e2e-'));
const DATA_DIR = process.env.KARTOTEKA_E2E_DATA_DIR;

export default defineConfig({
  testDir: '.',
  outputDir: join(REPO_ROOT, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    timezoneId: 'Europe/Sofia',
    viewport: { width: 1280, height: 800 },
    // No fade-ins, so a screenshot taken right after a menu opens shows the menu.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node bin/kartoteka.js start',
    cwd: REPO_ROOT,
    url: `${BASE_URL}/health`,
    env: { PORT: String(PORT), DATA_DIR, KARTOTEKA_LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
