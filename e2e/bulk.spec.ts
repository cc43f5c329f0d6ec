import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a manager leaves, and the admin
// gives a large part of the client base to a colleague in one bulk action that runs as a job.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
const COLLEAGUE = { name: 'Boris Petrov', email: 'boris@example.com', password: 'boris-password-123', role: 'manager' };
// More than one page of the list (50 rows) and more than the server does inside a request (200).
const CONTACTS = 480;
let page: Page;

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/bulk-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

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

test('the admin changes the owner of every matching contact, watching the job progress', async () => {
  test.setTimeout(480_000);
  const boris = (await callApi('POST', '/api/v1/users', COLLEAGUE)).user;
  for (let start = 0; start < CONTACTS; start += 40) {
    await Promise.all(Array.from({ length: Math.min(40, CONTACTS - start) }, (_, k) =>
      callApi('POST', '/api/v1/contacts', { firstName: `Client`, lastName: String(start + k + 1).padStart(4, '0'), tags: ['fair-2026'] })));
  }

  await page.goto('/contacts');
  // The shared test machine can be slow to load a list; the flow, not the speed, is under test here.
  await expect(page.getByTestId('list-total')).toHaveText(`${CONTACTS} contacts`, { timeout: 60_000 });
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  const bar = page.getByTestId('bulk-bar');
  await expect(bar).toContainText('50 selected', { timeout: 30_000 });
  await bar.getByTestId('bulk-select-all').click();
  await expect(bar).toContainText(`All ${CONTACTS} matching records selected`, { timeout: 30_000 });
  await shot('select-all');

  await bar.getByRole('button', { name: 'Assign owner' }).click();
  const dialog = page.getByRole('dialog', { name: `Assign an owner to ${CONTACTS} records` });
  await dialog.getByRole('textbox', { name: 'Owner' }).click();
  await dialog.getByRole('option', { name: COLLEAGUE.name }).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();

  const progress = page.getByTestId('job-progress');
  // One check for the bar and its words: a fast job can finish between two separate checks.
  await expect(progress.filter({ hasText: /Waiting to start|of 480 done/ })).toBeVisible({ timeout: 60_000 });
  await shot('progress');
  await expect(page.getByText(`Done: ${CONTACTS} changed, 0 skipped`)).toBeVisible({ timeout: 180_000 });
  await expect(progress).toHaveCount(0);
  // The list shows the new owner without a reload.
  await expect(page.getByRole('row').nth(1)).toContainText(COLLEAGUE.name);
  await shot('done');

  const mine = await callApi('GET', `/api/v1/contacts?ownerId=${boris.id}&count=1&limit=1`);
  expect(mine.total).toBe(CONTACTS);
  // The result also waits in the notifications.
  const notes = await callApi('GET', '/api/v1/notifications');
  expect(notes.items[0]).toMatchObject({ type: 'bulk.done', data: { action: 'assign_owner', updated: CONTACTS } });
  await page.getByRole('button', { name: /Notifications/ }).click();
  await expect(page.getByText('A bulk action has finished.')).toBeVisible({ timeout: 30_000 });
  await shot('notification');
});
