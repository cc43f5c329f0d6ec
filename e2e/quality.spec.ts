import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a Russian firm with Bulgarian clients.
test.describe.configure({ mode: 'serial' });
// The machine is shared; the settings area and the forms load on demand.
test.setTimeout(90_000);

const ADMIN = { name: 'Olga Petrova', email: 'olga@example.com', password: 'admin-password-123' };
let page: Page;

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/quality-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

async function openContactForm(first: string, phone: string) {
  await page.goto('/contacts');
  await page.getByTestId('add-contact').first().click();
  await page.getByTestId('contact-firstName').fill(first);
  await page.getByTestId('phone-0').fill(phone);
  await page.getByTestId('save-record').click();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Volga Trade', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('a Bulgarian mobile typed nationally is refused until Bulgaria is a client country, then read as +359', async () => {
  await openContactForm('Petar', '0887 123 456');
  await expect(page.getByText(/does not look like a phone number in your clients' countries/)).toBeVisible();
  await expect(page.getByTestId('phone-0-keep')).toBeVisible();
  await shot('phone-refused');
  // The form holds what was typed: Esc asks before throwing it away.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();

  await page.goto('/settings/workspace');
  const countries = page.getByRole('textbox', { name: 'Countries your clients come from' });
  // The settings area loads on demand; on a busy machine that takes a while.
  await expect(countries).toBeVisible({ timeout: 20_000 });
  await expect(countries).toHaveAttribute('placeholder', /Only Russia/);
  await countries.click();
  for (const [typed, country] of [['Russ', 'Russia'], ['Bulg', 'Bulgaria']] as const) {
    await countries.fill(typed);
    await expect(page.getByRole('option', { name: country })).toBeVisible();
    await countries.press('ArrowDown');
    await countries.press('Enter');
  }
  await countries.press('Escape');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  await shot('client-countries');
  const { workspace } = await callApi('GET', '/api/v1/workspace');
  expect(workspace.settings.clientCountries).toEqual(['RU', 'BG']);

  await openContactForm('Petar', '0887 123 456');
  await expect(page.getByTestId('record-title')).toHaveText('Petar', { timeout: 20_000 });
  await expect(page.getByText('+359 88 712 3456')).toBeVisible();
});

test('a number valid in two client countries asks which, and takes the chosen one', async () => {
  const { workspace } = await callApi('GET', '/api/v1/workspace');
  await callApi('PATCH', '/api/v1/workspace', { settings: { clientCountries: ['RU', 'BG', 'FR'] }, version: workspace.version });
  await openContactForm('Jean', '0887 123 456');
  await expect(page.getByText(/valid in several of your clients' countries/)).toBeVisible();
  const choice = page.getByTestId('phone-0-country');
  await expect(choice.getByRole('radio', { name: 'Bulgaria: +359 88 712 3456' })).toBeVisible();
  await shot('phone-ambiguous');
  await choice.getByRole('radio', { name: 'France: +33 887 12 34 56' }).check();
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('record-title')).toHaveText('Jean', { timeout: 20_000 });
  await expect(page.getByText('+33 887 12 34 56')).toBeVisible();
});
