import { expect, test, type Page } from '@playwright/test';

// One fresh install: won deals seeded through the API; the default dashboard shows them, wide and narrow.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
let page: Page;

async function shot(name: string) {
  await page.screenshot({ path: `e2e/screenshots/analytics-${name}.png`, fullPage: true, animations: 'disabled' });
}

async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Severnye Zori', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible({ timeout: 30_000 });
  const pipeline = (await callApi('GET', '/api/v1/pipelines')).items[0];
  const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won');
  for (const [title, amount] of [['Boiler order', 120_000_00], ['Pump service', 45_000_00], ['Open quote', 10_000_00]] as const) {
    const deal = (await callApi('POST', '/api/v1/deals', { title, amount, currency: 'RUB' })).deal;
    if (title !== 'Open quote') await callApi('POST', `/api/v1/deals/${deal.id}/move`, { stageId: won.id, version: deal.version });
  }
});

test.afterAll(async () => {
  await page.close();
});

test('the default dashboard shows this month\u2019s won revenue, wide and narrow', async () => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('widget-avg_deal')).toContainText('82,500', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await shot('dashboard-en-1366');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId('widget-avg_deal')).toContainText('82,500', { timeout: 30_000 });
  await shot('dashboard-en-375');
  await page.setViewportSize({ width: 1366, height: 900 });
});
