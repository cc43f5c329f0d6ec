import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';

// One fresh install for the whole file (its own server, see playwright.config.ts): an administrator
// shapes the sales settings, then narrows a role to one pipeline and a member of it sees only that.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const ADMIN = { name: 'Elena Petrova', email: 'elena@example.com', password: 'admin-password-123' };
const WORKER = { name: 'Petar Kolev', email: 'petar@example.com', password: 'worker-password-1' };

let admin: Page;

interface Stage { id: string; name: string }
interface Pipeline { id: string; name: string; version: number; stages: Stage[] }

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/sales-settings-${name}.png`, fullPage: true, animations: 'disabled' });
}

async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  return browser.newPage({ baseURL, locale, timezoneId, reducedMotion, viewport: { width: 1366, height: 900 } });
}

/** The API as the page's signed-in user: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  return page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

async function pipelines(page: Page): Promise<Pipeline[]> {
  const res = await callApi(page, 'GET', '/api/v1/pipelines');
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

async function stageNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Stages of Production' }).locator('[data-testid^="stage-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!.slice('stage-'.length)));
}

test.beforeAll(async ({ browser }, testInfo) => {
  admin = await newPage(browser, testInfo);
  const setup = await admin.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Dveri Ltd', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  // Setup signs the new administrator in.
  await admin.goto('/');
});

test.afterAll(async () => {
  await admin.close();
});

test('the admin creates a pipeline with a custom stage and puts its stages in order by drag and by keyboard', async () => {
  await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await admin.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Sales', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Sales', level: 2, exact: true })).toBeVisible();
  await expect(admin.getByRole('tab', { name: 'Sales' })).toBeVisible();

  await admin.getByRole('button', { name: 'Add pipeline' }).click();
  const create = admin.getByRole('dialog', { name: 'New pipeline' });
  await create.getByLabel('Pipeline name').fill('Production');
  await create.getByRole('button', { name: 'Create pipeline' }).click();
  await expect(create).toBeHidden();
  await expect(admin.getByRole('tab', { name: 'Production' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => stageNames(admin)).toEqual(['New', 'Won', 'Lost']);

  await admin.getByRole('button', { name: 'Add stage' }).click();
  const stage = admin.getByRole('dialog', { name: 'New stage' });
  await stage.getByLabel('Name').fill('Cutting');
  await stage.getByLabel('Probability').fill('60');
  await stage.getByLabel('Rotting after (days)').fill('5');
  await stage.getByRole('button', { name: 'Add stage' }).click();
  await expect(stage).toBeHidden();
  await expect.poll(() => stageNames(admin)).toEqual(['New', 'Cutting', 'Won', 'Lost']);
  await expect(admin.getByTestId('stage-Cutting')).toContainText('60 %');
  await expect(admin.getByTestId('stage-Cutting')).toContainText('rots after 5 days');

  // A second stage of the same name is refused in place.
  await admin.getByRole('button', { name: 'Add stage' }).click();
  await stage.getByLabel('Name').fill('cutting');
  await stage.getByRole('button', { name: 'Add stage' }).click();
  await expect(stage.getByText('This pipeline already has a stage with this name.')).toBeVisible();
  await stage.getByRole('button', { name: 'Cancel' }).click();

  // Drag "Cutting" onto "New": it goes first.
  await admin.getByTestId('stage-Cutting').dragTo(admin.getByTestId('stage-New'));
  await expect.poll(() => stageNames(admin)).toEqual(['Cutting', 'New', 'Won', 'Lost']);
  // And back by keyboard: the arrow buttons are real buttons.
  await admin.getByRole('button', { name: 'Move Cutting down' }).focus();
  await admin.keyboard.press('Enter');
  await expect.poll(() => stageNames(admin)).toEqual(['New', 'Cutting', 'Won', 'Lost']);
  const prod = (await pipelines(admin)).find((p) => p.name === 'Production')!;
  expect(prod.stages.map((s) => s.name)).toEqual(['New', 'Cutting', 'Won', 'Lost']);
  await shot(admin, 'pipeline-1366');
});

test('retiring a stage that holds a deal asks where the deal goes', async () => {
  const prod = (await pipelines(admin)).find((p) => p.name === 'Production')!;
  const cutting = prod.stages.find((s) => s.name === 'Cutting')!;
  const deal = await callApi(admin, 'POST', '/api/v1/deals', { title: 'Oak door, 12 pcs', amount: 240000, stageId: cutting.id });
  expect(deal.status()).toBe(201);
  const dealId = (await deal.json()).deal.id;

  await admin.getByRole('button', { name: 'Retire Cutting' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Retire the stage “Cutting”?' });
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(dialog.getByText('Deals are here: choose where they go.')).toBeVisible();
  await expect(dialog.getByText('1 deal is waiting for a new place.')).toBeVisible();
  await shot(admin, 'retire-stage-1366');
  await dialog.getByRole('textbox', { name: 'Where its deals go' }).click();
  await admin.getByRole('option', { name: 'New', exact: true }).click();
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => stageNames(admin)).toEqual(['New', 'Won', 'Lost']);
  const moved = await (await callApi(admin, 'GET', `/api/v1/deals/${dealId}`)).json();
  expect(moved.deal.stage.name).toBe('New');
  expect(moved.deal.pipeline.id).toBe(prod.id);
});

test('the admin adds a lost reason and moves it to the top', async () => {
  await admin.getByRole('button', { name: 'Add reason' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New lost reason' });
  await dialog.getByLabel('Reason').fill('Went silent');
  await dialog.getByRole('button', { name: 'Add reason' }).click();
  await expect(dialog).toBeHidden();
  const list = admin.getByRole('list', { name: 'Lost reasons' });
  await expect(list.getByTestId('reason-Went silent')).toBeVisible();
  await list.getByTestId('reason-Went silent').dragTo(list.locator('li').first());
  await expect(list.locator('li').first()).toContainText('Went silent');
  const reasons = (await (await callApi(admin, 'GET', '/api/v1/lost-reasons')).json()).items;
  expect(reasons[0].name).toBe('Went silent');
});

test('a role narrowed to "Production" sees only that pipeline', async ({ browser }, testInfo) => {
  const all = await pipelines(admin);
  const prod = all.find((p) => p.name === 'Production')!;
  const sales = all.find((p) => p.name === 'Sales')!;
  const salesDeal = await callApi(admin, 'POST', '/api/v1/deals', { title: 'Front doors for a hotel', stageId: sales.stages[0]!.id });
  expect(salesDeal.status()).toBe(201);
  const roles = (await (await callApi(admin, 'GET', '/api/v1/roles')).json()).items;
  const base = roles.find((r: { key: string }) => r.key === 'head_of_sales');
  const role = await callApi(admin, 'POST', '/api/v1/roles', {
    name: 'Production team', copyFromId: base.id, permissions: { deals: { view: 'all', edit: 'all', create: 'all' } },
  });
  expect(role.status()).toBe(201);
  const roleId = (await role.json()).role.id;
  const roleKey = (await role.json()).role.key;

  // In the role editor: deals only in "Production".
  await admin.goto(`/settings/roles/${roleId}`);
  await admin.getByRole('switch', { name: 'All pipelines' }).click();
  await admin.getByRole('textbox', { name: 'Only these pipelines' }).click();
  await admin.getByRole('option', { name: 'Production', exact: true }).click();
  await admin.keyboard.press('Escape');
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(admin.getByText('The role is saved.', { exact: false })).toBeVisible({ timeout: 20_000 });
  const saved = (await (await callApi(admin, 'GET', '/api/v1/roles')).json()).items.find((r: { id: string }) => r.id === roleId);
  expect(saved.dealPipelineIds).toEqual([prod.id]);
  await shot(admin, 'role-pipelines-1366');

  const created = await callApi(admin, 'POST', '/api/v1/users', { ...WORKER, role: roleKey });
  expect(created.status()).toBe(201);
  const worker = await newPage(browser, testInfo);
  await signIn(worker, WORKER);
  expect((await pipelines(worker)).map((p) => p.name)).toEqual(['Production']);
  expect((await callApi(worker, 'GET', `/api/v1/pipelines/${sales.id}/board`)).status()).toBe(404);
  const deals = (await (await callApi(worker, 'GET', '/api/v1/deals')).json()).items.map((d: { title: string }) => d.title);
  expect(deals).toEqual(['Oak door, 12 pcs']);
  const board = await (await callApi(worker, 'GET', `/api/v1/pipelines/${prod.id}/board`)).json();
  expect(board.totals.count).toBe(1);
  // Pipeline settings are not theirs.
  await worker.goto('/settings');
  await expect(worker.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Sales', exact: true })).toHaveCount(0);
  await worker.close();
});

test('the sales settings at 375 px', async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  const phone = await browser.newPage({ baseURL, locale, timezoneId, reducedMotion, viewport: { width: 375, height: 812 } });
  await signIn(phone, ADMIN);
  await phone.goto('/settings/sales');
  await expect(phone.getByRole('heading', { name: 'Sales', level: 2, exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(phone.getByRole('list', { name: 'Stages of Sales' })).toBeVisible();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(phone, 'sales-375');
  await phone.close();
});
