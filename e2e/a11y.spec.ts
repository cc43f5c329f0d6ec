import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every main screen, on the demo data, checked by axe-core against WCAG 2.2 AA: no serious or
// critical violation in the light theme at 1366 px (the demo admin's Russian), nor in the dark
// theme on a 375 px phone (Bulgarian) and at 1366 px (English).
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const DEMO = { email: 'demo@kartoteka.local', password: 'demo-password-2026' };
const SCREENS = [
  '/', '/contacts', '/companies', '/deals', '/deals/board', '/products', '/activities', '/my-day', '/calendar',
  '/dashboard', '/reports', '/duplicates', '/import', '/settings/users', '/settings/roles', '/settings/account',
  '/settings/audit', '/settings/trash',
];
const PHONE_SCREENS = ['/', '/contacts', '/deals/board', '/my-day', '/dashboard', '/settings/account'];
let page: Page;

async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

/** Opens a screen and waits until its data has drawn: no skeleton, nothing busy. */
async function open(path: string) {
  await page.goto(path);
  await expect(page.locator('main')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('main .mantine-Skeleton-root')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  await page.waitForTimeout(300);
}

/** The serious and critical violations of the open screen, one readable line each. */
async function violations(where: string): Promise<string[]> {
  // FullCalendar's hour grid scrolls inside a table whose roles forbid a focusable div; its events are
  // links the keyboard reaches, but an empty week has none. Known and left (decision 0041).
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('.fc-scroller-liquid-absolute');
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) on ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}: ${v.nodes[0]?.failureSummary ?? ''}`);
}

async function switchLocale(locale: string) {
  const me = await callApi('GET', '/api/v1/me');
  await callApi('PATCH', '/api/v1/me', { locale, version: me.user?.version ?? me.version });
}

async function scan(screens: string[], label: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of [...screens, ...(await firstCards(screens))]) {
    await open(path);
    found.push(...(await violations(`${label} ${path}`)));
  }
  return found;
}

/** A contact's and a deal's card, when their lists are among the screens. */
async function firstCards(screens: string[]): Promise<string[]> {
  if (!screens.includes('/contacts')) return [];
  const contact = (await callApi('GET', '/api/v1/contacts?limit=1')).items[0];
  const deal = (await callApi('GET', '/api/v1/deals?limit=1')).items[0];
  return [`/contacts/${contact.id}`, `/deals/${deal.id}`];
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, timezoneId, reducedMotion } = testInfo.project.use;
  // axe-core needs a page of a context made with newContext (it opens a blank page beside it).
  const context = await browser.newContext({ baseURL, timezoneId, reducedMotion, viewport: { width: 1366, height: 900 }, colorScheme: 'light' });
  page = await context.newPage();
  const signIn = await page.request.post('/api/v1/auth/sign-in', { data: DEMO });
  expect(signIn.ok(), await signIn.text()).toBe(true);
});

test.afterAll(async () => {
  await page.context().close();
});

test('every main screen passes axe-core (WCAG 2.2 AA) in both themes, wide and on a phone', async () => {
  const found = await scan(SCREENS, 'ru light 1366');

  await switchLocale('bg');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 812 });
  found.push(...(await scan(PHONE_SCREENS, 'bg dark 375')));
  await page.screenshot({ path: 'e2e/screenshots/a11y-bg-dark-375.png', fullPage: true, animations: 'disabled' });

  await switchLocale('en');
  await page.setViewportSize({ width: 1366, height: 900 });
  found.push(...(await scan(['/contacts', '/deals/board', '/dashboard', '/calendar'], 'en dark 1366')));
  await page.screenshot({ path: 'e2e/screenshots/a11y-en-dark-1366.png', animations: 'disabled' });

  // The skip link is the first stop of the Tab key and moves focus past the top bar and the sidebar.
  await open('/contacts');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  expect(found, found.join('\n')).toEqual([]);
});
