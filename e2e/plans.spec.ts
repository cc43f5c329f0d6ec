import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): the admin enters a USD rate, sets
// their own plan for this month, wins a deal in USD and sees plan vs fact on Home converted into
// roubles, in English and in Russian.
test.describe.configure({ mode: 'serial' });
// The shared test machine is slow; each step gets room.
test.setTimeout(120_000);

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
let page: Page;

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/plans-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

/** This month in Moscow, the workspace's time zone. */
const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Severnye Zori', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('the admin enters a USD rate; a refused rate is explained at its field', async () => {
  await page.goto('/settings/currencies');
  // The shared test machine can be slow to load a screen the first time; the flow is under test here.
  await expect(page.getByRole('heading', { name: 'Currencies' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Workspace currency: Russian Ruble (RUB)')).toBeVisible();
  await expect(page.getByText('No exchange rates yet')).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a rate' });
  await form.getByRole('textbox', { name: 'Currency' }).fill('USD');
  await page.getByRole('option', { name: 'USD', exact: true }).click();
  await form.getByLabel('From').fill(`${thisMonth()}-01`);
  await form.getByRole('textbox', { name: '1 USD in RUB' }).fill('0');
  await form.getByRole('button', { name: 'Add rate' }).click();
  await expect(form.getByText('The rate must be above zero.')).toBeVisible();
  await form.getByRole('textbox', { name: '1 USD in RUB' }).fill('92,5');
  await form.getByRole('button', { name: 'Add rate' }).click();
  const table = page.getByRole('table', { name: 'Exchange rates' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('1 USD = 92.5 RUB');
  await shot('rates');
});

test('the admin sets their plan for this month in the grid', async () => {
  await page.goto('/settings/sales-plans');
  await expect(page.getByRole('heading', { name: 'Sales plans' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: `Amount for ${ADMIN.name}` }).fill('100000');
  await page.getByRole('textbox', { name: `Won deals for ${ADMIN.name}` }).fill('2');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  const plans = await callApi('GET', `/api/v1/sales-plans?from=${thisMonth()}`);
  expect(plans.items).toMatchObject([{ targetType: 'user', amount: 10_000_000, wonCount: 2, version: 1 }]);
  await shot('grid');
});

test('a deal won in USD shows on Home as plan vs fact in roubles, and in Russian money format', async () => {
  await page.goto('/');
  const strip = page.getByRole('region', { name: 'Plan vs fact' });
  await expect(strip.getByTestId('plan-figure')).toContainText('RUB 100,000.00', { timeout: 30_000 });
  await expect(strip.getByTestId('fact-figure')).toContainText('RUB 0.00');

  // Win a deal of 500.00 USD through the API, as the page is signed in.
  const pipeline = (await callApi('GET', '/api/v1/pipelines')).items[0];
  const deal = (await callApi('POST', '/api/v1/deals', { title: 'Export order', amount: 50_000, currency: 'USD' })).deal;
  const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won');
  await callApi('POST', `/api/v1/deals/${deal.id}/move`, { stageId: won.id, version: deal.version });

  await page.reload();
  // 500 USD × 92.5 = 46,250 RUB: 46.3 % of the plan, 1 of 2 deals.
  await expect(strip.getByTestId('fact-figure')).toContainText('RUB 46,250.00', { timeout: 30_000 });
  await expect(strip.getByTestId('fact-figure')).toContainText('1 deal');
  await expect(strip.getByTestId('percent-figure')).toContainText('46.3%');
  await expect(strip.getByTestId('gap-figure')).toContainText('RUB 53,750.00');
  await shot('home-en');

  await strip.getByText('This quarter').click();
  await expect(strip.getByTestId('fact-figure')).toContainText('RUB 46,250.00');

  const me = (await callApi('GET', '/api/v1/me'));
  await callApi('PATCH', '/api/v1/me', { locale: 'ru', version: me.user?.version ?? me.version });
  await page.reload();
  const ru = page.getByRole('region', { name: 'План и факт' });
  await expect(ru.getByTestId('fact-figure')).toContainText(/46\s250,00\s₽/, { timeout: 30_000 });
  await expect(ru.getByTestId('plan-figure')).toContainText(/100\s000,00\s₽/);
  await expect(ru.getByTestId('fact-figure')).toContainText('1 сделка');
  await shot('home-ru');

  // On a phone the strip wraps into two columns and the grid scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(ru.getByTestId('forecast-figure')).toBeVisible();
  await shot('home-ru-375');
  await page.goto('/settings/sales-plans');
  await expect(page.getByRole('textbox', { name: `Сумма для: ${ADMIN.name}` })).toHaveValue('100000', { timeout: 30_000 });
  await shot('grid-ru-375');
});
