import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): planning a call from a deal's card,
// finding it in My day and the calendar, completing it from My day; dragging a task in the week view.
// Each test seeds what it needs through the API, so they stand alone.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const ADMIN = { name: 'Vera Ivanova', email: 'vera@example.com', password: 'admin-password-123' };
const ZONE = 'Europe/Sofia';
let page: Page;

async function shot(p: Page, name: string) {
  await p.screenshot({ path: `e2e/screenshots/activities-${name}.png`, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

/** The wall time (`YYYY-MM-DDTHH:mm`) in Sofia, `minutes` from now. */
function sofiaWall(minutes = 0): string {
  const at = new Date(Date.now() + minutes * 60_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).replace(' ', 'T');
}

/** The instant of a wall time (`YYYY-MM-DD`, `HH:mm`) in Sofia. */
function sofiaInstant(day: string, time: string): string {
  const guess = Date.parse(`${day}T${time}:00Z`);
  const offset = (at: number) => Date.parse(`${new Date(at).toLocaleString('sv-SE', { timeZone: ZONE }).replace(' ', 'T')}Z`) - at;
  return new Date(guess - offset(guess - offset(guess))).toISOString();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport: { width: 1366, height: 900 }, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Zora Trade', locale: 'en', timeZone: ZONE, defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
  // Every open deal needs a planned next step: deals without one are flagged.
  const { workspace } = await callApi('GET', '/api/v1/workspace');
  await callApi('PATCH', '/api/v1/workspace', { settings: { dealsNeedNextStep: true }, version: workspace.version });
});

test.afterAll(async () => {
  await page.close();
});

test('a call planned from a new deal shows in My day and the calendar, and is completed from My day', async () => {
  const deal = (await callApi('POST', '/api/v1/deals', { title: 'Cold store for Varna', amount: 1_250_000, currency: 'EUR' })).deal;
  await page.goto(`/deals/${deal.id}`);
  const panel = page.getByTestId('activities-panel');
  // A deal with nothing planned is flagged.
  await expect(page.getByTestId('no-next-step')).toBeVisible({ timeout: 30_000 });
  await panel.getByTestId('compose-call').click();
  const dialog = page.getByRole('dialog', { name: 'New activity' });
  await dialog.getByTestId('activity-title').fill('Call about the cold store');
  // A call is logged as done by default; this one is planned.
  await dialog.getByTestId('activity-status').click();
  await page.getByRole('option', { name: 'Planned' }).click();
  // Later today, but never past midnight (then it is due at 23:59 and still today's).
  const later = sofiaWall(60);
  const today = sofiaWall().slice(0, 10);
  await dialog.getByTestId('activity-when').fill(later.slice(0, 10) === today ? later : `${today}T23:59`);
  await shot(page, 'plan-call');
  await dialog.getByRole('button', { name: 'Plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('activity-row').filter({ hasText: 'Call about the cold store' })).toBeVisible();
  await expect(page.getByTestId('no-next-step')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('my-day-badge')).toHaveText('1');

  // Through the sidebar: the app stays loaded, only each page's code comes on its first visit.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: /My day/ }).click();
  const row = page.getByTestId('my-day-today').getByTestId('activity-row').filter({ hasText: 'Call about the cold store' });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Cold store for Varna');
  await shot(page, 'my-day');

  await nav.getByRole('link', { name: 'Calendar' }).click();
  // Late in the evening the call runs past midnight and the week view draws it as two pieces.
  await expect(page.locator('.fc-event').filter({ hasText: 'Call about the cold store' }).first()).toBeVisible({ timeout: 30_000 });
  await shot(page, 'calendar-week');

  await nav.getByRole('link', { name: /My day/ }).click();
  await row.getByTestId('complete-activity').click();
  // Today lists what was done today too: the call stays, ticked; nothing is left to do today.
  await expect(row.getByTestId('complete-activity')).toBeChecked();
  await expect(row.getByTestId('complete-activity')).toBeDisabled();
  await expect(page.getByTestId('my-day-badge')).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('my-day-today').getByTestId('activity-row').filter({ hasText: 'Call about the cold store' }).getByTestId('complete-activity')).toBeChecked();
  const { items } = await callApi('GET', `/api/v1/activities?filter=${encodeURIComponent(JSON.stringify([{ field: 'dealId', op: 'eq', value: deal.id }]))}`);
  expect(items).toMatchObject([{ title: 'Call about the cold store', status: 'done' }]);
});

test('a task dragged to another day in the week view keeps its time and moves a day', async () => {
  const today = sofiaWall().slice(0, 10);
  // 10:00 in Sofia today; the server keeps the instant.
  const task = (await callApi('POST', '/api/v1/activities', { kind: 'task', title: 'Send the price list', dueAt: sofiaInstant(today, '10:00') })).activity;

  await page.goto('/calendar');
  const event = page.locator('.fc-timegrid-event').filter({ hasText: 'Send the price list' });
  await expect(event).toBeVisible({ timeout: 30_000 });
  // The next day, or the day before when today is the last column of the week.
  const columns = page.locator('td.fc-timegrid-col[data-date]');
  const dates = await columns.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-date') ?? ''));
  const index = dates.indexOf(today);
  const target = dates[index + 1] ?? dates[index - 1]!;
  const from = (await event.boundingBox())!;
  const to = (await page.locator(`td.fc-timegrid-col[data-date="${target}"]`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + 5, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, from.y + 5, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator(`td.fc-timegrid-col[data-date="${target}"] .fc-timegrid-event`).filter({ hasText: 'Send the price list' })).toBeVisible();
  await shot(page, 'calendar-dragged');
  // Same time of day, the other day, in Sofia.
  await expect.poll(async () => (await callApi('GET', `/api/v1/activities/${task.id}`)).activity.dueAt).toBe(sofiaInstant(target, '10:00'));
});
