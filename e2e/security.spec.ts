import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a manager reads the client base
// fast, the alarm blocks them, and the administrator sees in the read audit what was read.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const ADMIN = { name: 'Irina Volkova', email: 'irina@example.com', password: 'admin-password-123' };
const MANAGER = { name: 'Pavel Sokolov', email: 'pavel@example.com', password: 'manager-password-1' };
const CLIENTS = 30;
let admin: Page;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/security-${name}.png`, fullPage: true, animations: 'disabled' });
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
    data: { workspace: { name: 'Volga Trade', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await admin.goto('/');
  await expect(admin.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await admin.close();
});

test('a manager reading fast is blocked, and the admin sees why in the read audit', async ({ browser }, testInfo) => {
  const manager = (await callApi(admin, 'POST', '/api/v1/users', { ...MANAGER, role: 'manager' })).user;
  for (let i = 0; i < CLIENTS; i += 1) {
    const n = String(i).padStart(2, '0');
    await callApi(admin, 'POST', '/api/v1/contacts', {
      firstName: 'Клиент', lastName: `Номер ${n}`, ownerId: manager.id, phones: [{ value: `+7 912 300 ${n} ${n}` }], emails: [{ value: `client${n}@example.ru` }],
    });
  }
  const workspace = (await callApi(admin, 'GET', '/api/v1/workspace')).workspace;
  await callApi(admin, 'PATCH', '/api/v1/workspace', { settings: { alarm: { blockUser: true, roleLimits: { manager: { unitsPerHour: 100 } } } }, version: workspace.version });

  // The manager opens their list: 30 rows, each with a phone and an email, weigh 150 units.
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  const reader = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  expect((await reader.request.post('/api/v1/auth/sign-in', { data: { email: MANAGER.email, password: MANAGER.password } })).status()).toBe(200);
  await reader.goto('/contacts');
  await expect(reader.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 20_000 });
  await shot(reader, 'manager-signed-out');
  const again = await reader.request.post('/api/v1/auth/sign-in', { data: { email: MANAGER.email, password: MANAGER.password } });
  expect(again.status()).toBe(403);
  expect((await again.json()).error.code).toBe('account_blocked');
  await reader.close();

  // The admin is told, in the bell, and the read audit shows what was read.
  await admin.reload();
  await admin.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
  const dropdown = admin.getByRole('dialog', { name: 'Notifications' });
  await expect(dropdown).toContainText(`Security alarm: ${MANAGER.name} read 150 units of client data within an hour (the limit is 100). The account is blocked until you unblock it.`);
  await shot(admin, 'bell');
  await admin.keyboard.press('Escape');

  await admin.goto('/settings/security');
  await expect(admin.getByRole('heading', { name: 'Security', level: 2 })).toBeVisible({ timeout: 20_000 });
  await admin.getByRole('textbox', { name: 'Person' }).click();
  await admin.getByRole('option', { name: MANAGER.name }).click();
  const reads = admin.getByRole('table', { name: 'Read audit' });
  const row = reads.getByRole('row').filter({ hasText: 'List page' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(MANAGER.name);
  await expect(row).toContainText('Contact');
  await expect(row.getByRole('cell').nth(4)).toHaveText('30');
  await expect(row.getByRole('cell').nth(5)).toHaveText('150');
  await expect(admin.getByText('In this period: requests 1, records 30, units 150.')).toBeVisible();
  await shot(admin, 'read-audit');

  // A client's card links the administrator to who opened it (their own visit just now, too).
  const list = (await callApi(admin, 'GET', '/api/v1/contacts?limit=1')).items;
  await admin.goto(`/contacts/${list[0].id}`);
  await admin.getByRole('tab', { name: 'History' }).click();
  await admin.getByTestId('reads-link').click();
  await expect(admin.getByRole('button', { name: 'Show every record' })).toBeVisible({ timeout: 20_000 });
  const card = admin.getByRole('table', { name: 'Read audit' }).getByRole('row').filter({ hasText: 'Card' }).first();
  await expect(card).toContainText(ADMIN.name);
  await shot(admin, 'who-opened');
});
