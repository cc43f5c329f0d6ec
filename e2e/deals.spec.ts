import { expect as baseExpect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a sales manager sells from the catalog.
// Several screens and dialogs load on first use; the machine running the e2e is shared.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const ADMIN = { name: 'Elena Georgieva', email: 'elena@example.com', password: 'admin-password-123' };
let page: Page;
let dealUrl = '';

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/deals-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

/** Types into a searchable select and picks the option that appears. */
async function pick(testId: string, text: string, option: RegExp) {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(text);
  await page.getByRole('option', { name: option }).click();
}

async function createProduct(name: string, sku: string, unit: string, price: string) {
  await page.goto('/products');
  await page.getByTestId('add-product').first().click();
  await page.getByTestId('product-name').fill(name);
  await page.getByTestId('product-sku').fill(sku);
  await page.getByTestId('product-unit').fill(unit);
  await page.getByTestId('price-amount-0').fill(price);
  await page.getByTestId('product-taxRate').fill('20');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('record-title')).toHaveText(name);
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Balkan Trade', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
  await callApi('POST', '/api/v1/companies', { name: 'Acme Bulgaria EOOD' });
  await callApi('POST', '/api/v1/contacts', { firstName: 'Ivan', lastName: 'Dimitrov' });
});

test.afterAll(async () => {
  await page.close();
});

test('two products with their prices and tax in the catalog', async () => {
  await createProduct('CRM licence', 'CRM-1', 'pcs', '1250');
  await createProduct('Support hour', 'SUP-H', 'h', '80');
  await page.goto('/products');
  await expect(page.getByTestId('record-link')).toHaveCount(2);
  const row = page.getByRole('row', { name: /CRM licence/ });
  await expect(row).toContainText('€1,250.00');
  await expect(row).toContainText('20 %');
  await shot('products');
});

test('a deal for a company and its decision maker, with the two products as lines and a live total', async () => {
  await page.goto('/deals');
  await expect(page.getByTestId('open-board')).toHaveAttribute('href', '/deals/board');
  await page.getByTestId('add-deal').first().click();
  await page.getByTestId('deal-title').fill('CRM for Acme');
  await pick('deal-company', 'Acme', /Acme Bulgaria EOOD/);
  await page.getByTestId('add-person').click();
  await pick('person-contact-0', 'Ivan', /Ivan Dimitrov/);
  await page.getByTestId('person-role-0').fill('Decision maker');

  await page.getByTestId('add-item').click();
  await pick('item-product-0', 'CRM', /CRM licence/);
  await expect(page.getByTestId('item-price-0')).toHaveValue('1250');
  await page.getByTestId('add-item').click();
  await pick('item-product-1', 'Support', /Support hour/);
  await page.getByTestId('item-quantity-1').fill('10');
  // 1 × €1,250 + 20 % = €1,500; 10 × €80 + 20 % = €960.
  await expect(page.getByTestId('item-total-0')).toHaveText('€1,500.00');
  await expect(page.getByTestId('item-total-1')).toHaveText('€960.00');
  await expect(page.getByTestId('items-total')).toContainText('€2,460.00');
  await page.getByTestId('item-discount-1').fill('10');
  // 10 % off the second line: €720 + 20 % = €864.
  await expect(page.getByTestId('items-total')).toContainText('€2,364.00');
  await expect(page.getByTestId('deal-amount')).toBeDisabled();
  await shot('form');
  await page.getByTestId('save-record').click();

  await expect(page.getByTestId('record-title')).toHaveText('CRM for Acme');
  dealUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('deal-amount-value')).toHaveText('€2,364.00');
  await expect(page.getByTestId('deal-items-total')).toContainText('€2,364.00');
  await expect(page.getByTestId('deal-people')).toContainText('Ivan Dimitrov');
  await expect(page.getByTestId('deal-people')).toContainText('Decision maker');
  await expect(page.getByRole('link', { name: 'Acme Bulgaria EOOD' })).toBeVisible();
});

test('the card shows the stage path and moves the deal to the next stage', async () => {
  const path = page.getByTestId('stage-path');
  await expect(path.getByRole('listitem')).toHaveText([/New request/, /First call/, /Proposal sent/, /Meeting/, /Won/, /Lost/]);
  await expect(page.getByTestId('stage-current')).toContainText('New request');
  await expect(page.getByTestId('stage-current').getByTestId('stage-time')).toHaveText(/\d+ min/);
  await shot('card');
  await page.getByTestId('move-next').click();
  await expect(page.getByTestId('stage-current')).toContainText('First call');
  await expect(page.getByTestId('record-title')).toHaveText('CRM for Acme');
});

test('Lost needs a reason in the dialog; with one the deal is lost, and it reopens', async () => {
  await page.getByTestId('mark-lost').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('confirm-lost').click();
  await expect(dialog.getByText('Choose why the deal was lost')).toBeVisible();
  await expect(page.getByTestId('deal-status')).toHaveText('Open');
  await page.getByTestId('lost-reason').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('lost-comment').fill('Chose a cheaper tool');
  await dialog.getByTestId('confirm-lost').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('deal-status')).toHaveText('Lost');
  await expect(page.getByTestId('stage-current')).toContainText('Lost');
  await expect(page.getByText('Chose a cheaper tool')).toBeVisible();
  await shot('lost');

  await page.getByTestId('reopen').click();
  await expect(page.getByTestId('deal-status')).toHaveText('Open');
  await expect(page.getByTestId('stage-current')).toContainText('First call');
});

test('a move on a stale card is refused and the card shows the deal as it is now', async () => {
  const id = dealUrl.split('/').pop()!;
  const { deal } = await callApi('GET', `/api/v1/deals/${id}`);
  // Someone else renames the deal while this card is open.
  await callApi('PATCH', `/api/v1/deals/${id}`, { title: 'CRM for Acme (renewal)', version: deal.version });
  await page.getByTestId('move-next').click();
  await expect(page.getByTestId('move-message')).toContainText('Someone changed this deal');
  await expect(page.getByTestId('record-title')).toHaveText('CRM for Acme (renewal)');
  await expect(page.getByTestId('stage-current')).toContainText('First call');
});

test('the list filters by stage', async () => {
  await callApi('POST', '/api/v1/deals', { title: 'Website for Acme', amount: 50000 });
  await page.goto('/deals');
  await expect(page.getByTestId('record-link')).toHaveCount(2);
  await page.getByTestId('toggle-filters').click();
  await page.getByTestId('filter-bar').getByRole('textbox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'First call' }).click();
  await expect(page.getByTestId('record-link')).toHaveCount(1);
  await expect(page.getByTestId('record-link')).toHaveText('CRM for Acme (renewal)');
  await expect(page.getByRole('row', { name: /CRM for Acme/ })).toContainText('€2,364.00');
  await shot('list-filtered');
});

test('the company card lists its deals', async () => {
  await page.getByRole('link', { name: 'CRM for Acme (renewal)' }).click();
  await page.getByRole('link', { name: 'Acme Bulgaria EOOD' }).click();
  await expect(page.getByTestId('related-deals')).toContainText('CRM for Acme (renewal)');
  await expect(page.getByTestId('related-deals')).toContainText('€2,364.00');
});

test('in Russian, money and dates follow the locale', async () => {
  const id = dealUrl.split('/').pop()!;
  const { deal } = await callApi('GET', `/api/v1/deals/${id}`);
  await callApi('PATCH', `/api/v1/deals/${id}`, { expectedClose: '2026-12-24', version: deal.version });
  await page.goto(dealUrl);
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByTestId('deal-status')).toHaveText('В работе');
  // "2 364,00 €" with no-break spaces, and the day in Russian words.
  await expect(page.getByTestId('deal-amount-value')).toHaveText(/^2\s364,00\s€$/);
  await expect(page.getByTestId('deal-expected-close')).toHaveText('24 дек. 2026 г.');
  // Stage names are data: the pipeline was made in the workspace's language.
  await expect(page.getByTestId('stage-current')).toContainText('First call');
  await shot('card-ru');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/deals');
  await expect(page.getByText(/2\s364,00\s€/)).toBeVisible();
  await shot('list-ru-375');
  await page.goto(dealUrl);
  await expect(page.getByTestId('stage-path')).toBeVisible();
  await shot('card-ru-375');
});
