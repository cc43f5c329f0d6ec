import { expect, test, type Page } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a Bulgarian firm cleans up a base
// where people and companies were entered twice.
test.describe.configure({ mode: 'serial' });
// The machine is shared; the duplicates screen and the merge dialog load on demand.
test.setTimeout(120_000);

const ADMIN = { name: 'Elena Dimitrova', email: 'elena@example.com', password: 'admin-password-123' };
// More pairs than one page of the screen (25), so it has to page.
const PHONE_PAIRS = 30;
let page: Page;

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/duplicates-${name}.png`, fullPage: true, animations: 'disabled' });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : res.json();
}

// Distinct made-up surnames, so that pairs share nothing across each other.
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ta', 'vi'];
function surname(i: number): string {
  const word = `${SYLLABLES[i % 8]}${SYLLABLES[Math.floor(i / 8) % 8]}rov`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Rila Trade', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('the duplicates screen pages past the first page, explains each pair and filters by evidence', async () => {
  for (let i = 0; i < PHONE_PAIRS; i += 1) {
    const phone = `+359 88 7${String(100000 + i).slice(1)}0`;
    // The same person typed twice: once with the country code, once as a Bulgarian dials it.
    await callApi('POST', '/api/v1/contacts', { firstName: 'Ivan', lastName: surname(i), phones: [{ value: phone }] });
    await callApi('POST', '/api/v1/contacts', { firstName: 'Ivan', lastName: `${surname(i)}a`, phones: [{ value: phone.replace('+359 ', '0') }] });
  }
  await callApi('POST', '/api/v1/contacts', { displayName: 'Yana Orlova', emails: [{ value: 'yana@orlovi.bg' }] });
  await callApi('POST', '/api/v1/contacts', { displayName: 'Y. Orlova', emails: [{ value: 'YANA@orlovi.bg' }] });

  await page.goto('/duplicates');
  await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('tab', { name: 'Contacts', selected: true })).toBeVisible();
  const pairs = page.getByTestId('duplicate-pair');
  await expect(pairs).toHaveCount(25, { timeout: 20_000 });
  await expect(page.getByTestId('pair-count')).toHaveText('The 25 most likely pairs so far; more below');
  await shot('pairs');

  await page.getByTestId('pairs-more').click();
  await expect(pairs).toHaveCount(PHONE_PAIRS + 1);
  await expect(page.getByTestId('pairs-more')).toHaveCount(0);
  await expect(page.getByTestId('pair-count')).toHaveText(`${PHONE_PAIRS + 1} pairs of likely duplicates`);
  // The evidence is said in words, with the phone as people write it, whichever way it was typed.
  const first = page.getByRole('article', { name: `Ivan ${surname(0)} / Ivan ${surname(0)}a` });
  await expect(first.getByTestId('pair-evidence')).toContainText('Same phone +359 88 700 0000');
  await expect(first.getByTestId('pair-record')).toHaveText([`Ivan ${surname(0)}`, `Ivan ${surname(0)}a`]);
  await expect(page.getByRole('article', { name: 'Yana Orlova / Y. Orlova' })).toContainText('Same email yana@orlovi.bg');

  // Only the pairs that share an email.
  await page.getByTestId('pair-filter-evidence').click();
  await page.getByRole('option', { name: 'Email' }).click();
  await page.keyboard.press('Escape');
  await expect(pairs).toHaveCount(1);
  await expect(pairs.first()).toContainText('Yana Orlova');
  await shot('filtered');
});

test('"not a duplicate" hides a pair, and undo brings it back', async () => {
  await page.goto('/duplicates?entity=contact');
  const pairs = page.getByTestId('duplicate-pair');
  await expect(pairs).toHaveCount(25, { timeout: 20_000 });
  const target = pairs.first();
  const name = (await target.getAttribute('aria-label'))!;
  await target.getByRole('button', { name: `Not a duplicate: ${name}` }).click();
  const notice = page.getByTestId('dismissed-notice');
  await expect(notice).toContainText('are marked as not duplicates');
  await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
  await shot('dismissed');
  await notice.getByTestId('dismiss-undo').click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('article', { name, exact: true })).toHaveCount(1);

  // An administrator rechecks the whole base in the background; the same pairs come out of it.
  const rebuild = page.getByTestId('pairs-rebuild');
  await rebuild.getByRole('button', { name: 'Recheck the whole base' }).click();
  await expect(rebuild).toContainText('Recheck finished', { timeout: 30_000 });
  await shot('rebuild');
  await expect(pairs).toHaveCount(25);
  await expect(page.getByRole('article', { name, exact: true })).toHaveCount(1);
});

test('companies that differ only by legal form are merged, and the merge is undone', async () => {
  const kept = (await callApi('POST', '/api/v1/companies', { name: 'ООО «Ромашка»', phones: [{ value: '+359 2 981 1234' }] })).company;
  const other = (await callApi('POST', '/api/v1/companies', { name: 'Ромашка', emails: [{ value: 'office@romashka.bg' }] })).company;

  await page.goto('/duplicates');
  await page.getByRole('tab', { name: 'Companies' }).click();
  await expect(page).toHaveURL(/entity=company/);
  const pair = page.getByTestId('duplicate-pair');
  await expect(pair).toHaveCount(1, { timeout: 20_000 });
  await expect(pair).toContainText('ООО «Ромашка»');
  await expect(pair.getByTestId('pair-evidence')).toContainText('Same name, legal form and quotes aside');
  await shot('companies');

  await pair.getByRole('button', { name: /^Merge / }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge 2 companies' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('radio', { name: 'ООО «Ромашка»', exact: true }).check();
  await expect(dialog.getByTestId('merge-submit')).toHaveText('Merge into “ООО «Ромашка»”');
  await shot('merge-dialog');
  await dialog.getByTestId('merge-submit').click();
  const notice = page.getByTestId('merge-notice');
  await expect(notice).toContainText('1 company merged into “ООО «Ромашка»”');
  // The list stays where it was, and the pair is gone with the merged record.
  await expect(page).toHaveURL(/\/duplicates/);
  await expect(pair).toHaveCount(0);
  const merged = (await callApi('GET', `/api/v1/companies/${kept.id}`)).company;
  expect(merged.emails.map((email: { value: string }) => email.value)).toContain('office@romashka.bg');

  await notice.getByTestId('merge-undo').click();
  await expect(notice).toContainText('Merge undone');
  await expect(pair).toHaveCount(1, { timeout: 20_000 });
  const back = (await callApi('GET', `/api/v1/companies/${other.id}`)).company;
  expect(back.name).toBe('Ромашка');
  expect((await callApi('GET', `/api/v1/companies/${kept.id}`)).company.emails).toEqual([]);
});

test('the screen fits a phone', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/duplicates?entity=contact');
  await expect(page.getByTestId('duplicate-pair')).toHaveCount(25, { timeout: 20_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot('phone');
  await page.setViewportSize({ width: 1280, height: 800 });
});
