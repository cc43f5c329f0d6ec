import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a manager whose role masks phones
// sees a client's phone as a mask and calls it; the administrator shares one client with a
// colleague, who then finds it in their list (decision 0027).
test.describe.configure({ mode: 'serial' });
// Two installs and a loaded machine: the first card of a fresh install can take a while.
test.setTimeout(120_000);

const ADMIN = { name: 'Irina Volkova', email: 'irina@example.com', password: 'admin-password-123' };
const MANAGER = { name: 'Pavel Sokolov', email: 'pavel@example.com', password: 'manager-password-1' };
const COLLEAGUE = { name: 'Olga Lebedeva', email: 'olga@example.com', password: 'manager-password-2' };
let admin: Page;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/fieldrights-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

async function signedIn(page: Page, who: { email: string; password: string }) {
  expect((await page.request.post('/api/v1/auth/sign-in', { data: { email: who.email, password: who.password } })).status()).toBe(200);
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  admin = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await admin.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Volga Trade', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await admin.goto('/');
  await expect(admin.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await admin.close();
});

test('a manager sees a masked phone and calls it without reading it', async ({ browser }, testInfo) => {
  const roles = (await callApi(admin, 'GET', '/api/v1/roles')).items as Array<{ id: string; key: string }>;
  const manager = roles.find((r) => r.key === 'manager')!;
  const role = (await callApi(admin, 'POST', '/api/v1/roles', { name: 'Manager (masked phones)', copyFromId: manager.id })).role;
  // The preset from the role editor.
  await admin.goto(`/settings/roles/${role.id}`);
  await admin.getByRole('button', { name: 'Manager (masked phones)' }).click();
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('The role is saved.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await shot(admin, 'role-editor');
  const saved = (await callApi(admin, 'GET', '/api/v1/roles')).items.find((r: { id: string }) => r.id === role.id);
  expect(saved.fieldRights.contact).toEqual({ phones: 'masked' });

  const user = (await callApi(admin, 'POST', '/api/v1/users', { ...MANAGER, role: role.key })).user;
  const contact = (await callApi(admin, 'POST', '/api/v1/contacts', { firstName: 'Anna', lastName: 'Kuznetsova', ownerId: user.id, phones: [{ value: '+7 912 345-67-89' }] })).contact;

  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  const page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  await signedIn(page, MANAGER);
  await page.goto(`/contacts/${contact.id}`);
  await expect(page.getByTestId('masked-phone')).toHaveText('+7 912 ***-**-89', { timeout: 30_000 });
  await expect(page.getByText('345-67-89')).toHaveCount(0);
  await shot(page, 'masked-phone');
  const called = page.waitForResponse((res) => res.url().endsWith(`/api/v1/contacts/${contact.id}/phones/0/call`));
  await page.getByLabel('Call', { exact: true }).click();
  const answer = await called;
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ tel: 'tel:+79123456789' });
  await page.close();
});

test('the admin shares one client with a colleague, who then finds it in their list', async ({ browser }, testInfo) => {
  const colleague = (await callApi(admin, 'POST', '/api/v1/users', { ...COLLEAGUE, role: 'manager' })).user;
  const client = (await callApi(admin, 'POST', '/api/v1/contacts', { firstName: 'Boris', lastName: 'Orlov' })).contact;

  await admin.goto(`/contacts/${client.id}`);
  const panel = admin.getByTestId('shared-with');
  await expect(panel.getByText('Not shared with anyone.')).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('textbox', { name: 'Colleague' }).click();
  await admin.getByRole('option', { name: COLLEAGUE.name }).click();
  await panel.getByRole('button', { name: 'Share' }).click();
  await expect(panel.getByText(COLLEAGUE.name)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('Observer (view)')).toBeVisible();
  await shot(admin, 'shared-with');
  const shares = await callApi(admin, 'GET', `/api/v1/contacts/${client.id}/shares`);
  expect(shares.items.map((s: { user: { id: string } }) => s.user.id)).toEqual([colleague.id]);

  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  const page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  await signedIn(page, COLLEAGUE);
  await page.goto('/contacts');
  await expect(page.getByText('Boris Orlov')).toBeVisible({ timeout: 30_000 });
  await shot(page, 'colleague-list');
  await page.close();
});
