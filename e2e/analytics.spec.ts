import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// One fresh install: won deals seeded through the API; the default dashboard shows them, wide and narrow.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
let page: Page;

async function shot(name: string) {
  await page.screenshot({ path: `e2e/screenshots/analytics-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** One entry of a ZIP file as text, found through the central directory (stored or deflated). */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at = next;
  }
  throw new Error(`${name} is not in the file`);
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
  // A plan of 100,000 for this month, which the 165,000 won exceeds: plan vs fact has no negative gap bar.
  const me = (await callApi('GET', '/api/v1/me')).user;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
  await callApi('PUT', `/api/v1/sales-plans/${month}`, { items: [{ targetType: 'user', targetId: me.id, amount: 100_000_00, wonCount: 2 }] });
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

test('a report of won revenue by manager by month: bar chart, drill into a bar, XLSX', async () => {
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Report builder' })).toBeVisible({ timeout: 30_000 });
  // Deals grouped by their owner (the default first grouping), then by the month they were won in.
  await expect(page.getByRole('textbox', { name: 'Group by 1' })).toHaveValue('Owner');
  // Picking the chosen field again keeps it: it once cleared the grouping, which disabled "Group by 2".
  await page.getByRole('textbox', { name: 'Group by 1' }).click();
  await page.getByRole('option', { name: 'Owner' }).click();
  await expect(page.getByRole('textbox', { name: 'Group by 1' })).toHaveValue('Owner');
  await page.getByRole('textbox', { name: 'Group by 2' }).click();
  await page.getByRole('option', { name: 'Won on' }).click();
  await expect(page.getByRole('textbox', { name: 'Step 2' })).toHaveValue('Month');
  await page.getByRole('textbox', { name: 'Measure 1' }).click();
  await page.getByRole('option', { name: 'Sum' }).click();
  await expect(page.getByRole('textbox', { name: 'Field of measure 1' })).toHaveValue('Amount');
  // A second measure beside the sum: how many deals made it.
  await page.getByRole('button', { name: 'Add a measure' }).click();
  await expect(page.getByRole('textbox', { name: 'Measure 2' })).toHaveValue('Count');
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByRole('textbox', { name: 'Field of filter 1' }).click();
  await page.getByRole('option', { name: 'Won on' }).click();
  await page.getByRole('textbox', { name: 'Condition of filter 1' }).click();
  await page.getByRole('option', { name: 'is filled' }).click();
  await expect(page.getByRole('textbox', { name: 'Chart' })).toHaveValue('Bars');
  await page.getByRole('button', { name: 'Build' }).click();

  // One bar: Anna's two won deals of this month; the open quote is not revenue.
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'Sum of Amount' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Count' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Anna Smirnova' })).toContainText('165,000.00');
  await expect(table.getByRole('row').filter({ hasText: 'Anna Smirnova' }).getByRole('cell').nth(3)).toHaveText('2');
  await page.getByRole('textbox', { name: 'Report name' }).fill('Won revenue by manager');
  // The chart is titled by the report's name (for screen readers; the numbers are in the table).
  const chart = page.getByRole('img', { name: 'Won revenue by manager' });
  await expect(chart.locator('canvas')).toBeVisible();
  await shot('report-bar');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Won revenue by manager.xlsx');
  // A ZIP whose sheet holds the manager's name and the won sum.
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const sheet = zipEntry(bytes, 'xl/worksheets/sheet1.xml');
  expect(sheet).toContain('Anna Smirnova');
  expect(sheet).toContain('165000');

  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByText('The report is saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Won revenue by manager', exact: true })).toBeVisible();

  // The bar opens the deals behind it: the list filtered by owner, month and "won".
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width / 2, y: box.height * 0.7 } });
  await expect(page).toHaveURL(/\/deals\?filter=/);
  await expect(page.getByText('The list is filtered by the figure you opened.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Boiler order' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pump service' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open quote' })).toHaveCount(0);
  await shot('report-drill');
});
