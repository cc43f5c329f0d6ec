import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server; the install `imports` on PORT_BASE + 15 in playwright.config.ts): an administrator imports a Russian
// Excel CSV (Windows-1251, messy phones, one bad row), watches it run, downloads the failed row and
// undoes the import, and exports the list as Excel; then the wizard and the export dialog in Russian on a phone.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const ADMIN = { name: 'Irina Volkova', email: 'irina@example.com', password: 'admin-password-123' };
const FIXTURE = 'e2e/fixtures/imports-contacts-cp1251.csv';
let admin: Page;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/imports-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

/** Picks the fixture in the wizard's first step and uploads it as contacts. */
async function upload(page: Page) {
  await page.goto('/import?entity=contacts');
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-drop')).toContainText('imports-contacts-cp1251.csv');
  await page.getByTestId('import-upload').click();
  await expect(page).toHaveURL(/\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  admin = await browser.newPage({ baseURL, locale, timezoneId, reducedMotion, viewport: { width: 1366, height: 800 } });
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

test('a Windows-1251 CSV with messy phones is imported, its failed row downloaded, and the import undone', async () => {
  const page = admin;
  await page.goto('/contacts');
  // Import and Duplicates sit in the list's "more" menu (the toolbar never wraps).
  await page.getByTestId('list-more').click();
  await page.getByTestId('open-import').click();
  await expect(page).toHaveURL(/\/import\?entity=contacts$/);
  await upload(page);

  // The file step: the encoding found, the Cyrillic sample read right.
  await expect(page.getByTestId('import-encoding')).toHaveValue('Windows-1251 (Cyrillic)');
  await expect(page.getByTestId('import-sample')).toContainText('Иванов Пётр Сергеевич');
  await shot(page, 'file-en-1366');
  await page.getByTestId('import-next').click();

  // The columns, mapped from the amoCRM-style Russian headers.
  await expect(page.getByTestId('mapping-row')).toHaveCount(5);
  await expect(page.getByTestId('mapping-select-1')).not.toHaveValue('');
  await shot(page, 'mapping-en-1366');
  await page.getByTestId('import-next').click();

  await expect(page.getByTestId('import-preview')).toContainText('+79123456789');
  await shot(page, 'preview-en-1366');
  await page.getByTestId('import-next').click();
  await shot(page, 'options-en-1366');
  await page.getByTestId('import-run').click();

  // The run, then its report: four people in, the row with a two-digit phone and no email out.
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-count-created')).toContainText('4');
  await expect(page.getByTestId('import-count-failed')).toContainText('1');
  await shot(page, 'report-en-1366');
  const download = page.waitForEvent('download');
  await page.getByTestId('import-failed-rows').click();
  const failed = readFileSync(await (await download).path()).toString('utf8');
  expect(failed).toContain('Петров Иван');
  expect(failed).toContain('Error');
  expect(failed).not.toContain('Иванов Пётр');

  const contacts = await callApi(page, 'GET', '/api/v1/contacts?limit=50');
  expect(contacts.items).toHaveLength(4);

  await page.getByTestId('import-undo').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('import-report')).toHaveAttribute('data-status', 'undone', { timeout: 30_000 });
  expect((await callApi(page, 'GET', '/api/v1/contacts?limit=50')).items).toHaveLength(0);
  await page.goto('/import');
  await expect(page.getByTestId('import-history')).toContainText('Undone');
  await shot(page, 'history-en-1366');

  // The list's export as Excel carries the columns the list shows, and is a workbook.
  await page.goto('/contacts');
  await page.getByTestId('export-csv').click();
  await page.getByTestId('export-format').getByText('Excel (XLSX)').click();
  const href = await page.getByTestId('export-download').getAttribute('href');
  expect(href).toMatch(/format=xlsx/);
  expect(href).toMatch(/columns=phone%2Cemail%2C/);
  const xlsx = await page.request.get(href!);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('the wizard and the export dialog in Russian on a phone', async ({ browser }, testInfo) => {
  const { baseURL, timezoneId, reducedMotion } = testInfo.project.use;
  const page = await browser.newPage({ baseURL, timezoneId, reducedMotion, locale: 'ru-RU', viewport: { width: 375, height: 740 } });
  expect((await page.request.post('/api/v1/auth/sign-in', { data: { email: ADMIN.email, password: ADMIN.password } })).status()).toBe(200);
  // The interface speaks the profile's language: switch it to Russian, as the language menu does.
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const me = await (await page.request.get('/api/v1/me')).json();
  const switched = await page.request.patch('/api/v1/me', { data: { locale: 'ru', version: me.user?.version ?? me.version }, headers: { 'X-CSRF-Token': csrf } });
  expect(switched.ok(), await switched.text()).toBe(true);
  await upload(page);
  await expect(page.getByText('Кодировка')).toBeVisible();
  await shot(page, 'file-ru-375');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('mapping-row')).toHaveCount(5);
  await shot(page, 'mapping-ru-375');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await expect(page.getByText('Если строка совпадает с существующей записью')).toBeVisible();
  await shot(page, 'options-ru-375');

  // The export dialog of the contacts list: a semicolon by default in Russian.
  await page.goto('/contacts');
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-download')).toHaveAttribute('href', /delimiter=%3B/);
  await shot(page, 'export-ru-375');
  await page.close();
});
