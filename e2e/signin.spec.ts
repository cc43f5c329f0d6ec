import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts) and the test OpenID provider beside
// it: a too-common password is refused in the user form, and a manager signs in through the provider.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Mila Ivanova', email: 'mila@example.com', password: 'admin-password-123' };
const MANAGER = { name: 'Stefan Todorov', email: 'stefan@example.com' };
// The provider's port, as playwright.config.ts sets it (OIDC_PROVIDER_PORT).
const ISSUER = `http://127.0.0.1:${Number(process.env.E2E_PORT_BASE ?? 3917) + 114}`;
let admin: Page;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/signin-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  admin = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await admin.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Rila Foods', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await admin.goto('/');
  await expect(admin.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await admin.close();
});

test('a too common password is refused when the admin adds a user', async () => {
  await admin.goto('/settings/users');
  await admin.getByRole('button', { name: 'Add user' }).click();
  const drawer = admin.getByRole('dialog', { name: 'New user' });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(MANAGER.name);
  await drawer.getByRole('textbox', { name: 'Email' }).fill(MANAGER.email);
  await drawer.getByRole('textbox', { name: 'Password', exact: true }).fill('Password1234');
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer.getByText('This password is one of the most common ones; choose another')).toBeVisible();
  await shot(admin, 'common-password');
  await drawer.getByRole('button', { name: 'Cancel' }).click();
});

test('a manager signs in through the OpenID provider', async ({ browser }, testInfo) => {
  await callApi(admin, 'POST', '/api/v1/users', { ...MANAGER, role: 'manager', password: 'stefan-password-2026' });
  await callApi(admin, 'POST', '/api/v1/oidc-providers', { name: 'Rila SSO', issuer: ISSUER, clientId: 'kartoteka', clientSecret: 'kartoteka-secret' });
  const account = await admin.request.post(`${ISSUER}/test/accounts`, { data: { login: 'stefan', email: MANAGER.email, email_verified: true, name: MANAGER.name } });
  expect(account.status()).toBe(204);

  await admin.goto('/settings/security');
  await admin.getByRole('tab', { name: 'OpenID providers' }).click();
  await expect(admin.getByText('Rila SSO')).toBeVisible();
  await shot(admin, 'providers');

  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  const page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Rila SSO' }).click();
  await expect(page.getByRole('heading', { name: 'Test provider' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Login' }).fill('stefan');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible({ timeout: 20_000 });
  const me = await (await page.request.get('/api/v1/me')).json();
  expect(me.user).toMatchObject({ email: MANAGER.email, role: 'manager' });
  await shot(page, 'signed-in-via-provider');
  await page.close();
});
