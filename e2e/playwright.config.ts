import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Each spec file gets its own fresh install: its own server on its own port with its own data
 * directory, so the foundation flow (which starts from an empty install and ends by locking the
 * admin out) and the access-rights flow never see each other's data.
 */
// E2E_PORT_BASE moves the servers, so two checkouts on one machine can run their e2e at once.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3917);
const INSTALLS = [
  { name: 'foundation', spec: 'foundation.spec.ts', port: PORT_BASE, dataEnv: 'KARTOTEKA_E2E_DATA_DIR' },
  { name: 'access', spec: 'access.spec.ts', port: PORT_BASE + 1, dataEnv: 'KARTOTEKA_E2E_ACCESS_DATA_DIR' },
  { name: 'clients', spec: 'clients.spec.ts', port: PORT_BASE + 2, dataEnv: 'KARTOTEKA_E2E_CLIENTS_DATA_DIR' },
  { name: 'quality', spec: 'quality.spec.ts', port: PORT_BASE + 3, dataEnv: 'KARTOTEKA_E2E_QUALITY_DATA_DIR' },
  { name: 'bulk', spec: 'bulk.spec.ts', port: PORT_BASE + 4, dataEnv: 'KARTOTEKA_E2E_BULK_DATA_DIR' },
  { name: 'duplicates', spec: 'duplicates.spec.ts', port: PORT_BASE + 5, dataEnv: 'KARTOTEKA_E2E_DUPLICATES_DATA_DIR' },
  { name: 'deals', spec: 'deals.spec.ts', port: PORT_BASE + 6, dataEnv: 'KARTOTEKA_E2E_DEALS_DATA_DIR' },
  { name: 'board', spec: 'board.spec.ts', port: PORT_BASE + 7, dataEnv: 'KARTOTEKA_E2E_BOARD_DATA_DIR' },
  { name: 'sales-settings', spec: 'sales-settings.spec.ts', port: PORT_BASE + 8, dataEnv: 'KARTOTEKA_E2E_SALES_SETTINGS_DATA_DIR' },
  { name: 'plans', spec: 'plans.spec.ts', port: PORT_BASE + 9, dataEnv: 'KARTOTEKA_E2E_PLANS_DATA_DIR' },
  { name: 'security', spec: 'security.spec.ts', port: PORT_BASE + 10, dataEnv: 'KARTOTEKA_E2E_SECURITY_DATA_DIR' },
  { name: 'activities', spec: 'activities.spec.ts', port: PORT_BASE + 11, dataEnv: 'KARTOTEKA_E2E_ACTIVITIES_DATA_DIR' },
  // The escalation scan every 2 s instead of every minute, so an escalation shows within a test.
  { name: 'notify', spec: 'notify.spec.ts', port: PORT_BASE + 12, dataEnv: 'KARTOTEKA_E2E_NOTIFY_DATA_DIR', env: { ESCALATION_SCAN_SECONDS: '2' } },
  {
    name: 'signin', spec: 'signin.spec.ts', port: PORT_BASE + 14, dataEnv: 'KARTOTEKA_E2E_SIGNIN_DATA_DIR',
    // The browser comes back from the OpenID provider to this address; http issuers for the test provider.
    env: { PUBLIC_URL: `http://127.0.0.1:${PORT_BASE + 14}`, OIDC_ALLOW_HTTP: '1' },
  },
  { name: 'fieldrights', spec: 'fieldrights.spec.ts', port: PORT_BASE + 13, dataEnv: 'KARTOTEKA_E2E_FIELDRIGHTS_DATA_DIR' },
  { name: 'imports', spec: 'imports.spec.ts', port: PORT_BASE + 15, dataEnv: 'KARTOTEKA_E2E_IMPORTS_DATA_DIR' },
  { name: 'analytics', spec: 'analytics.spec.ts', port: PORT_BASE + 16, dataEnv: 'KARTOTEKA_E2E_ANALYTICS_DATA_DIR' },
  // Every main screen checked by axe-core, on the demo data (seeded before the server starts).
  { name: 'a11y', spec: 'a11y.spec.ts', port: PORT_BASE + 18, dataEnv: 'KARTOTEKA_E2E_A11Y_DATA_DIR', seed: 'demo' },
] as const;

/** The test OpenID provider of the signin spec (test/fixtures/oidc-provider-process.mjs, decision 0028). */
export const OIDC_PROVIDER_PORT = PORT_BASE + 114;

// Playwright loads this file in the runner and in each worker; the env vars keep one fresh install per run.
for (const install of INSTALLS) process.env[install.dataEnv] ??= mkdtempSync(join(tmpdir(), `kartoteka-e2e-${install.name}-`));

const baseUrl = (port: number) => `http://127.0.0.1:${port}`;

const chromium: PlaywrightTestConfig['use'] = {
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
};

export default defineConfig({
  testDir: '.',
  outputDir: join(REPO_ROOT, 'test-results'),
  fullyParallel: false,
  // Each spec has its own install (server and data): two run side by side, one per core. A third
  // adds nothing on two cores: measured, the same 10 minutes with every test slower (decision 0032).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: 'list',
  // Two installs and two browsers share the cores: a flow that takes 15 s alone may take twice that.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    locale: 'en-US',
    timezoneId: 'Europe/Sofia',
    viewport: { width: 1280, height: 800 },
    // No fade-ins, so a screenshot taken right after a menu opens shows the menu.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
  },
  projects: INSTALLS.map((install) => ({
    name: install.name,
    testMatch: install.spec,
    use: { ...chromium, baseURL: baseUrl(install.port) },
  })),
  webServer: [
    {
      // One launcher for every install: each server starts when its spec first connects (e2e/servers.mjs).
      command: 'node e2e/servers.mjs',
      cwd: REPO_ROOT,
      wait: { stdout: /e2e servers ready/ },
      env: {
        E2E_INSTALLS: JSON.stringify(INSTALLS.map((install) => ({
          name: install.name, port: install.port, dataDir: process.env[install.dataEnv]!, env: 'env' in install ? install.env : {},
          seed: 'seed' in install ? install.seed : undefined,
        }))),
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe' as const,
      stderr: 'pipe' as const,
    },
    {
      command: 'node test/fixtures/oidc-provider-process.mjs',
      cwd: REPO_ROOT,
      // Ready when it says so: it prints `ready <issuer>` once it listens.
      wait: { stdout: /ready http/ },
      env: { OIDC_TEST_PORT: String(OIDC_PROVIDER_PORT), OIDC_TEST_REDIRECT_URIS: `${baseUrl(PORT_BASE + 14)}/api/v1/auth/oidc/callback` },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe' as const,
      stderr: 'pipe' as const,
    },
  ],
});
