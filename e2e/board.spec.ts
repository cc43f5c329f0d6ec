import { expect, test, type Locator, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): the sales board, with drag and
// drop, keyboard moves, quick-create, a lost reason, and two people watching one board.
// The shared test machine is slow at times; the flows, not the speed, are under test here.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
const COLLEAGUE = { name: 'Boris Petrov', email: 'boris@example.com', password: 'boris-password-123', role: 'admin' };
const VIEWPORT = { width: 1600, height: 900 };
let page: Page;
let stages: Array<{ id: string; name: string; kind: string }>;

async function shot(p: Page, name: string) {
  await p.screenshot({ path: `e2e/screenshots/board-${name}.png`, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

const stage = (name: string) => stages.find((s) => s.name === name)!;
const column = (p: Page, name: string) => p.locator(`section[data-stage-id="${stage(name).id}"]`);
const card = (p: Page, stageName: string, title: string) => column(p, stageName).locator('[data-deal-id]').filter({ hasText: title });

/** Drags with the mouse the way a person does: press, move a little (to pick up), move over the target, release. */
async function drag(p: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await p.mouse.move(a.x + a.width / 3, a.y + a.height - 8);
  await p.mouse.down();
  await p.mouse.move(a.x + a.width / 3 + 12, a.y + a.height, { steps: 4 });
  await p.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 90), { steps: 12 });
  await p.mouse.up();
}

async function signIn(p: Page, who: { email: string; password: string }) {
  await p.goto('/sign-in');
  await p.getByLabel('Email').fill(who.email);
  await p.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await expect(p.getByRole('button', { name: 'User menu' })).toBeVisible();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport: VIEWPORT, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Severnye Zori', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
  stages = (await callApi('GET', '/api/v1/pipelines')).items[0].stages;
  const company = (await callApi('POST', '/api/v1/companies', { name: 'Balkan Foods' })).company;
  await callApi('POST', '/api/v1/deals', { title: 'Gamma', amount: 5_000, currency: 'EUR', tags: ['fair'] });
  await callApi('POST', '/api/v1/deals', { title: 'Beta', amount: 25_000, currency: 'EUR' });
  await callApi('POST', '/api/v1/deals', { title: 'Alpha', amount: 100_000, currency: 'EUR', companyId: company.id });
  // A plan for this month (in the workspace's time zone): €4,000 and two won deals.
  const me = (await callApi('GET', '/api/v1/me')).user;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit' }).format(new Date());
  await callApi('PUT', `/api/v1/sales-plans/${month}`, { items: [{ targetType: 'user', targetId: me.id, amount: 400_000, wonCount: 2 }] });
});

test.afterAll(async () => {
  await page.close();
});

test('a deal dragged through the stages to Won, the column counts and sums following', async () => {
  await page.goto('/deals/board');
  const first = column(page, 'New request');
  // The first visit loads the board's code; the shared test machine can be slow at it.
  await expect(first.getByTestId('column-count')).toHaveText('3', { timeout: 30_000 });
  await expect(first.getByTestId('column-sum')).toContainText('€1,300.00');
  await expect(card(page, 'New request', 'Alpha')).toContainText('Balkan Foods');
  // Plan against fact for this month, on the board.
  await expect(page.getByTestId('plan-figure')).toContainText('€4,000.00');
  await expect(page.getByTestId('fact-figure')).toContainText('€0.00');
  await shot(page, 'start');

  for (const [from, to] of [['New request', 'First call'], ['First call', 'Proposal sent'], ['Proposal sent', 'Meeting']] as const) {
    await drag(page, card(page, from, 'Alpha'), column(page, to));
    await expect(card(page, to, 'Alpha')).toBeVisible();
    await expect(column(page, to).getByTestId('column-count')).toHaveText('1');
    await expect(column(page, to).getByTestId('column-sum')).toContainText('€1,000.00');
    await expect(column(page, from).getByTestId('column-count')).toHaveText(from === 'New request' ? '2' : '0');
  }
  // Weighted by the stage's probability.
  await expect(column(page, 'Meeting').getByTestId('column-sum')).toContainText('weighted');
  await drag(page, card(page, 'Meeting', 'Alpha'), column(page, 'Won'));
  await expect(column(page, 'Won').getByTestId('column-count')).toHaveText('1');
  await expect(column(page, 'Won').getByTestId('column-sum')).toContainText('€1,000.00');
  await expect(column(page, 'Meeting').getByTestId('column-count')).toHaveText('0');
  // The win counts toward the plan at once.
  await expect(page.getByTestId('fact-figure')).toContainText('€1,000.00');
  await expect(page.getByTestId('percent-figure')).toContainText('25%');
  const deals = (await callApi('GET', '/api/v1/deals?q=&status=won')).items;
  expect(deals.map((d: { title: string }) => d.title)).toEqual(['Alpha']);
  await shot(page, 'won');

  // Within a column: Gamma (at the bottom) dragged above Beta.
  await drag(page, card(page, 'New request', 'Gamma'), card(page, 'New request', 'Beta'));
  await expect(column(page, 'New request').locator('[data-deal-id]').first()).toContainText('Gamma');
});

test('a deal moves by keyboard, and the move is announced', async () => {
  await page.goto('/deals/board');
  const beta = card(page, 'New request', 'Beta');
  await beta.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(card(page, 'First call', 'Beta')).toBeVisible();
  await expect(page.getByTestId('board-announcement')).toHaveText(/Beta moved to First call, position 1 of 1/);
  await expect(card(page, 'First call', 'Beta')).toBeFocused();
  await expect(column(page, 'First call').getByTestId('column-count')).toHaveText('1');
  // The "Move to…" menu does the same with a pointer or a screen reader.
  await card(page, 'First call', 'Beta').getByRole('button', { name: 'Move Beta to…' }).click();
  await page.getByRole('menuitem', { name: 'Proposal sent' }).click();
  await expect(card(page, 'Proposal sent', 'Beta')).toBeVisible();
});

test('quick-create puts a new deal on the column\'s stage', async () => {
  await page.goto('/deals/board');
  await column(page, 'Meeting').getByRole('button', { name: 'New deal in Meeting' }).click();
  const form = page.getByRole('form', { name: 'New deal in Meeting' });
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form.getByText('Enter a title')).toBeVisible();
  await form.getByLabel('Title').fill('Delta');
  await form.getByLabel('Amount, EUR').fill('420.50');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(card(page, 'Meeting', 'Delta')).toContainText('€420.50');
  await expect(column(page, 'Meeting').getByTestId('column-count')).toHaveText('1');
  const delta = (await callApi('GET', '/api/v1/deals?q=Delta')).items.find((d: { title: string }) => d.title === 'Delta');
  expect(delta).toMatchObject({ amount: 42_050, currency: 'EUR', stage: { id: stage('Meeting').id } });
});

test('dropping on Lost asks for a reason first', async () => {
  await page.goto('/deals/board');
  await drag(page, card(page, 'New request', 'Gamma'), column(page, 'Lost'));
  const dialog = page.getByRole('dialog', { name: 'Why was “Gamma” lost?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(dialog.getByText('Choose a reason')).toBeVisible();
  await shot(page, 'lost-reason');
  await dialog.getByRole('textbox', { name: 'Lost reason' }).click();
  await page.getByRole('option', { name: 'No budget' }).click();
  await dialog.getByLabel('Comment').fill('Next year, maybe');
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(dialog).toBeHidden();
  await expect(column(page, 'Lost').getByTestId('column-count')).toHaveText('1');
  await expect(column(page, 'New request').getByTestId('column-count')).toHaveText('0');
  const lost = (await callApi('GET', '/api/v1/deals?status=lost')).items[0];
  expect(lost).toMatchObject({ title: 'Gamma', lostReason: { name: 'No budget' }, lostComment: 'Next year, maybe' });
});

test('two people on one board see each other\'s moves without reloading', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  await callApi('POST', '/api/v1/users', COLLEAGUE);
  const other = await browser.newContext({ baseURL, locale, timezoneId, viewport: VIEWPORT, reducedMotion });
  const boris = await other.newPage();
  await signIn(boris, COLLEAGUE);
  await boris.goto('/deals/board');
  await page.goto('/deals/board');
  await expect(card(boris, 'Proposal sent', 'Beta')).toBeVisible({ timeout: 30_000 });
  await expect(card(page, 'Proposal sent', 'Beta')).toBeVisible({ timeout: 30_000 });
  // Both boards are listening before the first move.
  await page.waitForTimeout(500);

  await drag(page, card(page, 'Proposal sent', 'Beta'), column(page, 'Meeting'));
  await expect(card(page, 'Meeting', 'Beta')).toBeVisible();
  await expect(card(boris, 'Meeting', 'Beta')).toBeVisible({ timeout: 3000 });
  await expect(column(boris, 'Meeting').getByTestId('column-count')).toHaveText('2');

  await drag(boris, card(boris, 'Meeting', 'Delta'), column(boris, 'First call'));
  await expect(card(page, 'First call', 'Delta')).toBeVisible({ timeout: 3000 });
  await expect(column(page, 'Meeting').getByTestId('column-count')).toHaveText('1');
  await shot(boris, 'live-other');
  await other.close();
});

test('at 375 px the columns swipe sideways', async () => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/deals/board');
  const columns = page.getByTestId('board-columns');
  await expect(column(page, 'New request')).toBeVisible();
  const { scrollWidth, clientWidth, snap } = await columns.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, snap: getComputedStyle(el).scrollSnapType }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(snap).toContain('x');
  // The filters fold away behind a button, so the columns start near the top.
  await expect(page.getByRole('switch', { name: 'My deals' })).toBeHidden();
  await shot(page, 'mobile-375');
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('switch', { name: 'My deals' })).toBeVisible();
  await page.getByRole('button', { name: 'Filters' }).click();
  await columns.evaluate((el) => el.scrollBy({ left: el.clientWidth }));
  await expect(column(page, 'First call')).toBeInViewport();
  await shot(page, 'mobile-375-swiped');
  await page.setViewportSize(VIEWPORT);
});
