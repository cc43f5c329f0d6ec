import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts, with the escalation scan every 2 s):
// a reminder reaches the open page live, and an unhandled new request reaches the department head.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Mira Dimitrova', email: 'mira@example.com', password: 'admin-password-123' };
const HEAD = { name: 'Elena Petrova', email: 'elena@example.com', password: 'head-password-123' };
const OWNER = { name: 'Ivan Ivanov', email: 'ivan@example.com', password: 'owner-password-12' };
let admin: Page;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/notify-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

async function signedIn(browser: import('@playwright/test').Browser, use: import('@playwright/test').TestInfo['project']['use'], who: { email: string; password: string }) {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = use;
  const page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  expect((await page.request.post('/api/v1/auth/sign-in', { data: { email: who.email, password: who.password } })).status()).toBe(200);
  return page;
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  admin = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await admin.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Sofia Trade', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await admin.goto('/');
  await expect(admin.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await admin.close();
});

test('a task reminder arrives in the open page as a toast and in the bell', async () => {
  await admin.goto('/');
  const bell = admin.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName('Notifications');
  // Due in 70 s with a reminder a minute before: the reminder time is about 10 s from now.
  const dueAt = new Date(Date.now() + 70_000).toISOString();
  await callApi(admin, 'POST', '/api/v1/activities', { kind: 'task', title: 'Call Maria back', dueAt, reminderMinutes: 1 });

  const toast = admin.getByRole('alert').filter({ hasText: 'Reminder: Call Maria back' });
  await expect(toast).toBeVisible({ timeout: 40_000 });
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
  await shot(admin, 'reminder-toast');

  await bell.click();
  const item = admin.getByRole('dialog', { name: 'Notifications' }).getByRole('button', { name: /Reminder: Call Maria back/ });
  await expect(item).toBeVisible();
  await item.click();
  await expect(admin).toHaveURL(/\/activities\/[0-9a-f-]+$/);
  await expect(bell).toHaveAccessibleName('Notifications');
});

test('a new deal nobody handles escalates to its owner, then to the department head', async ({ browser }, testInfo) => {
  // The head works in the department they head, so their department scope covers its people.
  const department = (await callApi(admin, 'POST', '/api/v1/departments', { name: 'Sales' })).department;
  const head = (await callApi(admin, 'POST', '/api/v1/users', { ...HEAD, role: 'head_of_sales', departmentId: department.id })).user;
  await callApi(admin, 'POST', '/api/v1/users', { ...OWNER, role: 'manager', departmentId: department.id });
  await callApi(admin, 'PATCH', `/api/v1/departments/${department.id}`, { headUserId: head.id, version: department.version });
  // Round the clock, one working minute per level.
  await callApi(admin, 'PUT', '/api/v1/escalation-settings', { enabled: true, minutes: 1, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00', timeZone: 'Europe/Sofia', version: 0 });

  const ownerPage = await signedIn(browser, testInfo.project.use, OWNER);
  const headPage = await signedIn(browser, testInfo.project.use, HEAD);
  // The head has the app open before anything is late: the escalation arrives live.
  await headPage.goto('/');
  const headBell = headPage.getByRole('button', { name: /^Notifications/ });
  await expect(headBell).toHaveAccessibleName('Notifications', { timeout: 20_000 });
  const deal = (await callApi(ownerPage, 'POST', '/api/v1/deals', { title: 'Website enquiry: 40 chairs', amount: 0, currency: 'EUR' })).deal;
  // Instead of waiting two minutes, the deal entered its first stage three minutes ago (the server keeps no copy in memory).
  const db = new Database(join(process.env.KARTOTEKA_E2E_NOTIFY_DATA_DIR!, 'kartoteka.db'));
  db.prepare('UPDATE deals SET stage_entered_at = ? WHERE id = ?').run(new Date(Date.now() - 3 * 60_000).toISOString(), deal.id);
  db.close();

  const toast = headPage.getByRole('alert').filter({ hasText: 'Escalated to you: Website enquiry: 40 chairs of Ivan Ivanov' });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  await expect(headBell).toHaveAccessibleName('Notifications, 1 unread');

  await headPage.goto('/settings/escalations');
  const row = headPage.getByRole('row').filter({ hasText: 'Website enquiry: 40 chairs' });
  await expect(row).toHaveCount(2);
  await expect(row.filter({ hasText: '2 · head told: Elena Petrova' })).toBeVisible();
  await expect(row.filter({ hasText: '1 · owner told' })).toContainText('Ivan Ivanov');
  await shot(headPage, 'escalations');

  await ownerPage.goto('/');
  await expect(ownerPage.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
  await ownerPage.close();
  await headPage.close();
});
