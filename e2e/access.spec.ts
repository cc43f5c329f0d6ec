import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';

// One fresh install for the whole file (its own server, see playwright.config.ts): each step
// continues where the previous one left off, as an administrator setting up a team would.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Elena Petrova', email: 'elena@example.com', password: 'admin-password-123' };
const MANAGER = { name: 'Ivan Georgiev', email: 'ivan@example.com', password: 'manager-password-1' };
const AUDITOR = { name: 'Olga Dimitrova', email: 'olga@example.com', password: 'auditor-password-1' };

let admin: Page;
let manager: Page;

async function shot(page: Page, name: string, fullPage = true) {
  // From the top, so the fixed top bar of a scrolled page does not land in the middle of a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/access-${name}.png`, fullPage, animations: 'disabled' });
}

async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  return browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
}

/** The API as the page's signed-in user: same cookies, with the CSRF header the web app sends. */
async function callApi(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  return page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
}

/** RFC 6238 code for a base32 secret, `stepOffset` steps from now (what an authenticator app shows). */
function totp(secret: string, stepOffset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/\s+/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stepOffset));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function settingsNav(page: Page) {
  return page.getByRole('navigation', { name: 'Settings sections' });
}

async function openSettings(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await settingsNav(page).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { name: section, level: 2, exact: true })).toBeVisible();
}

/** Picks an option of a Mantine select inside `scope` (its list opens in a portal at the page's end). */
async function chooseOption(page: Page, scope: Locator, field: string, option: string) {
  await scope.getByRole('textbox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openUserMenu(page: Page, label = 'User menu') {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

test.beforeAll(async ({ browser }, testInfo) => {
  admin = await newPage(browser, testInfo);
  // Setup itself is the foundation spec's subject; here it only has to exist.
  const setup = await admin.request.post('/api/v1/setup', {
    data: {
      workspace: { name: 'Orhideya Ltd', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'BG', defaultCurrency: 'EUR' },
      admin: ADMIN,
    },
  });
  expect(setup.status()).toBe(201);
});

test.afterAll(async () => {
  await admin.close();
  await manager?.close();
});

test('the admin creates a department', async () => {
  await admin.goto('/');
  await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  // Settings open on the first section the role allows.
  await expect(admin).toHaveURL(/\/settings\/workspace$/);
  for (const section of ['Workspace', 'Users', 'Departments', 'Roles and rights', 'Audit log', 'Trash', 'My account']) {
    await expect(settingsNav(admin).getByRole('link', { name: section })).toBeVisible();
  }
  await openSettings(admin, 'Departments');
  await expect(admin.getByText('No departments yet')).toBeVisible();
  await admin.getByRole('button', { name: 'Add department' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New department' });
  await dialog.getByRole('button', { name: 'Create department' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await dialog.getByLabel('Name').fill('Sales');
  await dialog.getByRole('button', { name: 'Create department' }).click();
  await expect(dialog).toBeHidden();
  await admin.getByRole('button', { name: 'Add a sub-department to Sales' }).click();
  await admin.getByRole('dialog', { name: 'New department' }).getByLabel('Name').fill('Sales North');
  await expect(admin.getByRole('textbox', { name: 'Parent department' })).toHaveValue('Sales');
  await admin.getByRole('button', { name: 'Create department' }).click();
  await expect(admin.getByText('Sales North')).toBeVisible();
  await shot(admin, '01-departments');

  // A department cannot move under its own sub-department: the parent list leaves those out.
  await admin.getByRole('button', { name: 'Edit Sales', exact: true }).click();
  await admin.getByRole('textbox', { name: 'Parent department' }).click();
  await expect(admin.getByRole('option', { name: /Sales North/ })).toHaveCount(0);
  await admin.keyboard.press('Escape');
  await admin.getByRole('button', { name: 'Cancel' }).click();
});

test('the admin creates a manager with a password', async () => {
  await openSettings(admin, 'Users');
  await expect(admin.getByRole('table', { name: 'Users' }).getByText(ADMIN.name)).toBeVisible();
  await admin.getByRole('button', { name: 'Add user' }).click();
  const drawer = admin.getByRole('dialog', { name: 'New user' });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(MANAGER.name);
  await drawer.getByRole('textbox', { name: 'Email' }).fill(MANAGER.email);
  await chooseOption(admin, drawer, 'Role', 'Manager');
  await chooseOption(admin, drawer, 'Department', 'Sales');
  await drawer.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer.getByText('Must be at least 10 characters.')).toBeVisible();
  await drawer.getByRole('textbox', { name: 'Password', exact: true }).fill(MANAGER.password);
  await shot(admin, '02-new-user');
  await drawer.getByRole('button', { name: 'Create user' }).click();
  const card = admin.getByRole('dialog', { name: 'User' });
  await expect(card.getByText(`${MANAGER.name} can sign in now`)).toBeVisible();
  await card.getByRole('button', { name: 'Close' }).first().click();

  const row = admin.getByRole('row', { name: new RegExp(MANAGER.name) });
  await expect(row).toContainText('Manager');
  await expect(row).toContainText('Sales');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Never');
  await shot(admin, '03-users');
});

test('the last administrator cannot demote themselves: the form says why', async () => {
  await admin.getByRole('button', { name: ADMIN.name, exact: true }).click();
  const card = admin.getByRole('dialog', { name: 'User' });
  await chooseOption(admin, card, 'Role', 'Manager');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('The workspace must keep at least one active administrator.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
  await shot(admin, '04-last-admin');
  await card.getByRole('button', { name: 'Cancel' }).click();
});

test('the manager signs in and sees no admin screens; the API refuses them too', async ({ browser }, testInfo) => {
  manager = await newPage(browser, testInfo);
  await signIn(manager, MANAGER);
  await expect(manager.getByRole('heading', { name: `Welcome, ${MANAGER.name}!` })).toBeVisible();
  await manager.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect(settingsNav(manager).getByRole('link', { name: 'My account' })).toBeVisible();
  for (const section of ['Workspace', 'Users', 'Departments', 'Roles and rights', 'Audit log']) {
    await expect(settingsNav(manager).getByRole('link', { name: section })).toHaveCount(0);
  }
  await manager.goto('/settings/roles');
  await expect(manager.getByRole('heading', { name: 'No access' })).toBeVisible();
  await shot(manager, '05-manager-no-access');

  expect((await callApi(manager, 'POST', '/api/v1/users', { name: 'X', email: 'x@example.com', role: 'admin', password: 'x-password-123' })).status()).toBe(403);
  expect((await callApi(manager, 'PATCH', `/api/v1/roles/${'0'.repeat(8)}-0000-0000-0000-000000000000`, { version: 1 })).status()).toBe(403);
  expect((await callApi(manager, 'GET', '/api/v1/audit')).status()).toBe(403);
  // Built-in managers may see who their colleagues are (users.view = all), just not change them.
  const list = await callApi(manager, 'GET', '/api/v1/users');
  testInfo.annotations.push({ type: 'GET /api/v1/users as manager', description: String(list.status()) });
});

test('the manager sees only their own clients; no export button, and the export API answers 403', async () => {
  const managerId = (await (await callApi(manager, 'GET', '/api/v1/me')).json()).user.id;
  for (const [firstName, ownerId] of [['Stoyan', managerId], ['Radost', undefined]] as const) {
    const res = await callApi(admin, 'POST', '/api/v1/contacts', { firstName, lastName: 'Klientov', phones: [{ value: '0888 123 456' }], ...(ownerId ? { ownerId } : {}) });
    expect(res.status(), await res.text()).toBe(201);
  }
  await admin.goto('/contacts');
  await expect(admin.getByTestId('record-link')).toHaveText(['Radost Klientov', 'Stoyan Klientov']);
  await expect(admin.getByTestId('export-csv')).toBeVisible();

  await manager.goto('/contacts');
  await expect(manager.getByTestId('record-link')).toHaveText(['Stoyan Klientov']);
  await expect(manager.getByTestId('list-total')).toContainText('1');
  await expect(manager.getByTestId('export-csv')).toHaveCount(0);
  await shot(manager, '05b-manager-own-clients');
  expect((await callApi(manager, 'GET', '/api/v1/contacts/export')).status()).toBe(403);
  const radost = (await (await callApi(admin, 'GET', '/api/v1/contacts?q=Radost')).json()).items[0];
  expect((await callApi(manager, 'GET', `/api/v1/contacts/${radost.id}`)).status()).toBe(404);
  const found = await (await callApi(manager, 'GET', '/api/v1/search?q=Klientov')).json();
  expect(found.groups.flatMap((g: { items: Array<{ title: string }> }) => g.items.map((i) => i.title))).toEqual(['Stoyan Klientov']);
  // Later steps pick the manager's tab up in the settings area.
  await manager.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  await expect(settingsNav(manager).getByRole('link', { name: 'My account' })).toBeVisible();
});

test('a deleted client comes back from the trash with the admin', async () => {
  await admin.goto('/contacts');
  await admin.getByTestId('record-link').filter({ hasText: 'Radost Klientov' }).click();
  await admin.getByTestId('delete-record').click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(admin).toHaveURL(/\/contacts$/);
  await expect(admin.getByTestId('record-link')).toHaveText(['Stoyan Klientov']);

  await openSettings(admin, 'Trash');
  const trash = admin.getByRole('table', { name: 'Trash' });
  await expect(trash.getByRole('row', { name: /Radost Klientov/ })).toContainText(ADMIN.name);
  await admin.getByRole('button', { name: 'Restore Radost Klientov' }).click();
  await expect(admin.getByText('“Radost Klientov” is restored.')).toBeVisible();
  await admin.goto('/contacts');
  await expect(admin.getByTestId('record-link')).toHaveText(['Radost Klientov', 'Stoyan Klientov']);
});

test('the admin edits a role matrix, then restores the previous version from its history', async () => {
  await openSettings(admin, 'Roles and rights');
  await admin.getByRole('link', { name: 'Manager', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Manager', level: 2 })).toBeVisible();
  const exportCell = admin.getByRole('combobox', { name: 'Contacts: Export' });
  const importCell = admin.getByRole('combobox', { name: 'Contacts: Import' });
  await expect(exportCell).toHaveValue('none');
  await exportCell.selectOption('own');
  await expect(admin.getByText('Unsaved changes')).toBeVisible();
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('The role is saved.')).toBeVisible();
  await importCell.selectOption('department');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('The role is saved.')).toBeVisible();
  await expect(importCell).toHaveValue('department');
  await shot(admin, '06-role-matrix');

  await admin.getByRole('tab', { name: 'History' }).click();
  const history = admin.getByRole('tabpanel', { name: 'History' });
  await expect(history.getByText('Contacts · Import:').first()).toBeVisible();
  await shot(admin, '07-role-history');
  // The older of the two edits: Export own, Import still none.
  await history.getByRole('button', { name: 'Restore this version' }).first().click();
  const confirm = admin.getByRole('dialog', { name: /Restore version 2\?/ });
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(confirm).toBeHidden();
  await expect(history.getByText('Earlier version restored')).toBeVisible();
  await admin.getByRole('tab', { name: 'Rights' }).click();
  await expect(importCell).toHaveValue('none');
  await expect(exportCell).toHaveValue('own');
});

test('saving over someone else’s change asks to reload instead of overwriting', async () => {
  const roles = await (await callApi(admin, 'GET', '/api/v1/roles')).json();
  const role = roles.items.find((item: { key: string }) => item.key === 'manager');
  // Another administrator saves the same role meanwhile.
  expect((await callApi(admin, 'PATCH', `/api/v1/roles/${role.id}`, { description: 'Edited elsewhere', version: role.version })).status()).toBe(200);
  await admin.getByRole('combobox', { name: 'Deals: Export' }).selectOption('all');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Someone else changed this role')).toBeVisible();
  await shot(admin, '08-role-conflict');
  await admin.getByRole('button', { name: 'Load the current version' }).click();
  await expect(admin.getByLabel('Description')).toHaveValue('Edited elsewhere');
  await expect(admin.getByRole('combobox', { name: 'Deals: Export' })).toHaveValue('none');
});

test('the administrator row of the matrix is read-only', async () => {
  await admin.getByRole('link', { name: 'All roles' }).click();
  await admin.getByRole('link', { name: 'Administrator', exact: true }).click();
  await expect(admin.getByText('The Administrator always has every right')).toBeVisible();
  await expect(admin.getByRole('combobox', { name: 'Contacts: View' })).toHaveCount(0);
  await expect(admin.getByRole('table', { name: 'Rights of Administrator' }).getByText('All').first()).toBeVisible();
});

test('the audit log shows these actions and exports them as CSV', async () => {
  await openSettings(admin, 'Audit log');
  const table = admin.getByRole('table', { name: 'Audit log' });
  for (const action of ['Role changed', 'User created', 'Department created', 'Role: earlier version restored']) {
    await expect(table.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await expect(table.getByText('role.updated').first()).toBeVisible();
  await shot(admin, '09-audit');

  await admin.getByRole('textbox', { name: 'Action' }).fill('department.');
  await expect(table.getByText('User created')).toHaveCount(0);
  await expect(table.getByText('Department created').first()).toBeVisible();

  const download = admin.waitForEvent('download');
  await admin.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('department.created');
  expect(csv).not.toContain('role.updated');
  await admin.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.getByText('Audit log exported').first()).toBeVisible();
});

test('deactivating the manager signs them out at their next request', async () => {
  await openSettings(admin, 'Users');
  await admin.getByRole('button', { name: MANAGER.name }).click();
  const card = admin.getByRole('dialog', { name: 'User' });
  await card.getByRole('button', { name: 'Deactivate' }).click();
  const confirm = admin.getByRole('dialog', { name: `Deactivate ${MANAGER.name}?` });
  await shot(admin, '10-deactivate');
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(card.getByText(`${MANAGER.name} is deactivated and signed out everywhere.`)).toBeVisible();
  await card.getByRole('tab', { name: 'History' }).click();
  const history = card.getByRole('tabpanel', { name: 'History' });
  await expect(history.getByText('Active:').first()).toBeVisible();
  await expect(history.getByRole('button', { name: 'Restore this version' }).first()).toBeVisible();
  await shot(admin, '10b-user-history');
  await card.getByRole('button', { name: 'Close' }).first().click();
  await expect(admin.getByRole('row', { name: new RegExp(MANAGER.name) })).toHaveCount(0);
  await admin.getByRole('radiogroup', { name: 'Status' }).getByText('Deactivated', { exact: true }).click();
  await expect(admin.getByRole('row', { name: new RegExp(MANAGER.name) })).toContainText('Deactivated');

  // The manager's open tab: the next thing that asks the server lands on the sign-in screen.
  // That may be the account page's own request, the Sessions tab's, or the bell's and My day's
  // counters refreshing in the background: whichever comes first.
  await settingsNav(manager).getByRole('link', { name: 'My account' }).click();
  const sessions = manager.getByRole('tab', { name: 'Sessions' });
  await expect(async () => {
    if (await sessions.isVisible()) await sessions.click();
    await expect(manager).toHaveURL(/\/sign-in/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await manager.getByLabel('Email').fill(MANAGER.email);
  await manager.getByRole('textbox', { name: 'Password', exact: true }).fill(MANAGER.password);
  await manager.getByRole('button', { name: 'Sign in' }).click();
  await expect(manager.getByText('This account is deactivated. Ask your administrator.')).toBeVisible();
  await shot(manager, '11-deactivated-sign-in');
});

test('a deleted department and a deleted custom role come back from the trash', async () => {
  await openSettings(admin, 'Departments');
  await admin.getByRole('button', { name: 'Delete Sales', exact: true }).click();
  const refuse = admin.getByRole('dialog', { name: 'Delete Sales?' });
  await refuse.getByRole('button', { name: 'Delete' }).click();
  await expect(refuse.getByRole('alert')).toContainText('Move them elsewhere first');
  await shot(admin, '12-department-not-empty');
  await refuse.getByRole('button', { name: 'Cancel' }).click();

  await admin.getByRole('button', { name: 'Delete Sales North' }).click();
  await admin.getByRole('dialog', { name: 'Delete Sales North?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(admin.getByText('Sales North')).toHaveCount(0);

  await openSettings(admin, 'Roles and rights');
  await admin.getByRole('button', { name: 'New role' }).click();
  const create = admin.getByRole('dialog', { name: 'New role' });
  await create.getByLabel('Name').fill('Interns');
  await chooseOption(admin, create, 'Copy rights from', 'Read-only');
  await create.getByRole('button', { name: 'Create role' }).click();
  await expect(admin.getByRole('heading', { name: 'Interns', level: 2 })).toBeVisible();
  await expect(admin.getByRole('combobox', { name: 'Contacts: View' })).toHaveValue('all');
  await admin.getByRole('button', { name: 'Delete' }).click();
  await admin.getByRole('dialog', { name: 'Delete the role Interns?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(admin).toHaveURL(/\/settings\/roles$/);
  await expect(admin.getByRole('link', { name: 'Interns' })).toHaveCount(0);

  await openSettings(admin, 'Trash');
  const trash = admin.getByRole('table', { name: 'Trash' });
  await expect(trash.getByRole('row', { name: /Sales North/ })).toContainText(ADMIN.name);
  // Roles join the trash once their module lists deleted roles there; until then only departments come back.
  const listed = await (await callApi(admin, 'GET', '/api/v1/trash')).json();
  const rolesInTrash = listed.items.some((item: { entityType: string }) => item.entityType === 'role');
  test.info().annotations.push({ type: 'deleted roles in the trash', description: String(rolesInTrash) });
  if (rolesInTrash) await expect(trash.getByRole('row', { name: /Interns/ })).toContainText('Role');
  await shot(admin, '13-trash');
  await admin.getByRole('button', { name: 'Restore Sales North' }).click();
  await expect(admin.getByText('“Sales North” is restored.')).toBeVisible();
  if (rolesInTrash) {
    await admin.getByRole('button', { name: 'Restore Interns' }).click();
    await expect(trash.getByRole('row', { name: /Interns/ })).toHaveCount(0);
  }

  await openSettings(admin, 'Departments');
  await expect(admin.getByText('Sales North')).toBeVisible();
  if (rolesInTrash) {
    await openSettings(admin, 'Roles and rights');
    await expect(admin.getByRole('link', { name: 'Interns' })).toBeVisible();
  }
});

test('a role that requires two-factor sign-in sends its people to set it up first', async ({ browser }, testInfo) => {
  await openSettings(admin, 'Roles and rights');
  await admin.getByRole('link', { name: 'Read-only', exact: true }).click();
  await admin.getByRole('switch', { name: 'Require two-factor sign-in' }).check({ force: true });
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('The role is saved.')).toBeVisible();
  const created = await callApi(admin, 'POST', '/api/v1/users', { ...AUDITOR, role: 'read_only' });
  expect(created.status()).toBe(201);

  const auditor = await newPage(browser, testInfo);
  await signIn(auditor, AUDITOR);
  await expect(auditor).toHaveURL(/\/settings\/account\/two-factor$/);
  await expect(auditor.getByText('Set up two-factor sign-in to continue')).toBeVisible();
  await auditor.goto('/settings/users');
  await expect(auditor).toHaveURL(/\/settings\/account\/two-factor$/);

  await auditor.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(auditor.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const secret = (await auditor.getByLabel('Secret key').textContent()) ?? '';
  expect(secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await shot(auditor, '14-two-factor-setup');
  await auditor.getByRole('textbox', { name: 'Code' }).fill('000000');
  await auditor.getByRole('button', { name: 'Turn on' }).click();
  await expect(auditor.getByText('The code is wrong or has expired.')).toBeVisible();
  await auditor.getByRole('textbox', { name: 'Code' }).fill(totp(secret));
  await auditor.getByRole('button', { name: 'Turn on' }).click();
  await expect(auditor.getByText('Two-factor sign-in is on')).toBeVisible();
  await auditor.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(auditor.getByRole('heading', { name: `Welcome, ${AUDITOR.name}!` })).toBeVisible();

  // Next time, sign-in asks for a code after the password (the next step's: a used code never works twice).
  await openUserMenu(auditor);
  await auditor.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(auditor, AUDITOR);
  await expect(auditor.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
  await shot(auditor, '15-two-factor-sign-in');
  await auditor.getByRole('textbox', { name: 'Code' }).fill(totp(secret, 1));
  await auditor.getByRole('button', { name: 'Confirm' }).click();
  await expect(auditor.getByRole('heading', { name: `Welcome, ${AUDITOR.name}!` })).toBeVisible();
  await auditor.close();
});

test('my account: sessions with this device marked, and an API token shown once', async () => {
  await openUserMenu(admin);
  await admin.getByRole('menuitem', { name: 'My account' }).click();
  await expect(admin.getByRole('heading', { name: 'My account', level: 2 })).toBeVisible();
  await admin.getByRole('tab', { name: 'Sessions' }).click();
  await expect(admin.getByText('This device')).toBeVisible();

  await admin.getByRole('tab', { name: 'API tokens' }).click();
  await expect(admin.getByText('No API tokens')).toBeVisible();
  await admin.getByRole('button', { name: 'New token' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New API token' });
  await dialog.getByLabel('Name').fill('Website form');
  await dialog.getByRole('checkbox', { name: 'Users: read' }).check();
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const secretDialog = admin.getByRole('dialog', { name: 'Copy your token' });
  const secret = ((await secretDialog.getByLabel('API token').textContent()) ?? '').trim();
  expect(secret).toMatch(/^kt_/);
  await shot(admin, '16-token-secret');
  await secretDialog.getByRole('button', { name: 'Done' }).click();
  const row = admin.getByRole('row', { name: /Website form/ });
  await expect(row).toContainText('Users (read)');
  await expect(row).toContainText('Not used yet');

  const withToken = await admin.request.get('/api/v1/users', { headers: { Authorization: `Bearer ${secret}` } });
  expect(withToken.status()).toBe(200);
  await row.getByRole('button', { name: 'Revoke Website form' }).click();
  await admin.getByRole('dialog', { name: /Revoke the token/ }).getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');
  expect((await admin.request.get('/api/v1/users', { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);
});

test('the bell shows the security alarm as a sentence', async () => {
  // Lower the export limit, then take the audit log out: a real alarm, raised by the server.
  const before = (await (await callApi(admin, 'GET', '/api/v1/workspace')).json()).workspace;
  const lowered = await callApi(admin, 'PATCH', '/api/v1/workspace', { settings: { alarm: { exportsPerHour: 1 } }, version: before.version });
  expect(lowered.status()).toBe(200);
  expect((await callApi(admin, 'GET', '/api/v1/audit/export')).status()).toBe(200);

  await admin.reload();
  await admin.getByRole('button', { name: 'Notifications, 1 unread' }).click();
  const dropdown = admin.getByRole('dialog', { name: 'Notifications' });
  await expect(dropdown).toContainText(new RegExp(`Security alarm: ${ADMIN.name} exported [\\d,]+ records within an hour \\(the limit is 1\\)\\.`));
  await shot(admin, '17-notifications');
  await admin.keyboard.press('Escape');

  const after = (await lowered.json()).workspace;
  expect((await callApi(admin, 'PATCH', '/api/v1/workspace', { settings: { alarm: { exportsPerHour: 1000 } }, version: after.version })).status()).toBe(200);
});

test('Russian and Bulgarian, a 375 px phone and the dark theme', async () => {
  await openUserMenu(admin);
  await admin.getByRole('menuitem', { name: 'Русский' }).click();
  await admin.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Настройки' }).click();
  await admin.getByRole('navigation', { name: 'Разделы настроек' }).getByRole('link', { name: 'Пользователи' }).click();
  await expect(admin.getByRole('heading', { name: 'Пользователи', level: 2 })).toBeVisible();
  await expect(admin.getByRole('row', { name: new RegExp(AUDITOR.name) })).toContainText('Только просмотр');
  await shot(admin, 'ru-users');
  await admin.getByRole('navigation', { name: 'Разделы настроек' }).getByRole('link', { name: 'Роли и права' }).click();
  await admin.getByRole('link', { name: 'Менеджер', exact: true }).click();
  await expect(admin.getByRole('combobox', { name: 'Контакты: Экспорт' })).toHaveValue('own');
  await shot(admin, 'ru-role-matrix');

  await admin.setViewportSize({ width: 375, height: 812 });
  await shot(admin, 'ru-role-matrix-375');
  await admin.getByRole('navigation', { name: 'Разделы настроек' }).getByRole('link', { name: 'Журнал действий' }).click();
  await expect(admin.getByRole('heading', { name: 'Журнал действий', level: 2 })).toBeVisible();
  await shot(admin, 'ru-audit-375', false);

  await openUserMenu(admin, 'Меню пользователя');
  await admin.getByRole('menuitem', { name: 'Български' }).click();
  await expect(admin.getByRole('heading', { name: 'Журнал на действията', level: 2 })).toBeVisible();
  await shot(admin, 'bg-audit-375', false);
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.getByRole('navigation', { name: 'Раздели на настройките' }).getByRole('link', { name: 'Кошче' }).click();
  await expect(admin.getByRole('heading', { name: 'Кошче', level: 2 })).toBeVisible();
  await shot(admin, 'bg-trash');
  await admin.getByRole('navigation', { name: 'Раздели на настройките' }).getByRole('link', { name: 'Отдели' }).click();
  await expect(admin.getByRole('heading', { name: 'Отдели', level: 2 })).toBeVisible();
  await shot(admin, 'bg-departments');
  await admin.getByRole('navigation', { name: 'Раздели на настройките' }).getByRole('link', { name: 'Моят профил' }).click();
  await admin.getByRole('tab', { name: 'Вход в две стъпки' }).click();
  await shot(admin, 'bg-two-factor');

  await openUserMenu(admin, 'Потребителско меню');
  await admin.getByRole('menuitem', { name: 'English' }).click();
  await openUserMenu(admin);
  await admin.getByRole('menuitem', { name: 'Dark theme' }).click();
  await expect(admin.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await openSettings(admin, 'Roles and rights');
  await admin.getByRole('link', { name: 'Manager', exact: true }).click();
  await shot(admin, '18-role-matrix-dark');
  await admin.setViewportSize({ width: 375, height: 812 });
  await shot(admin, '19-role-matrix-dark-375');
  await admin.setViewportSize({ width: 1280, height: 800 });
  await openUserMenu(admin);
  await admin.getByRole('menuitem', { name: 'Light theme' }).click();
});

test('the admin tunes the alarm and the trash period on the workspace screen', async () => {
  await openSettings(admin, 'Workspace');
  const views = admin.getByRole('textbox', { name: 'Client cards opened per hour' });
  const exports = admin.getByRole('textbox', { name: 'Records exported per hour' });
  const days = admin.getByRole('textbox', { name: 'Days in the trash' });
  await expect(admin.getByRole('textbox', { name: 'Workspace name' })).toHaveValue('Orhideya Ltd');
  await expect(views).toHaveValue('200');
  await expect(exports).toHaveValue('1,000');
  await expect(days).toHaveValue('30');
  await shot(admin, '20-workspace');

  // Out of range: the server's answer shows on the field, with the range in words.
  await days.fill('0');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Enter a whole number from 1 to 3,650.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  // Empty: the browser says so before asking the server.
  await views.fill('');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('This field is required.')).toBeVisible();
  await expect(views).toBeFocused();
  await shot(admin, '21-workspace-errors');

  await views.fill('150');
  await days.fill('14');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('The workspace settings are saved.')).toBeVisible();
  await admin.reload();
  await expect(views).toHaveValue('150');
  await expect(days).toHaveValue('14');
  const kept = (await (await callApi(admin, 'GET', '/api/v1/workspace')).json()).workspace;
  expect(kept.settings).toEqual({
    trashRetentionDays: 14, clientCountries: [], readAuditDays: 90, dealsRequireClient: false, dealsNeedNextStep: false, nameOrder: null,
    alarm: { viewsPerHour: 150, exportsPerHour: 1000, blockUser: false, unitsPerHour: 3000, unitsPerDay: 15000, roleLimits: {} },
    signIn: { passwordMinLength: 10, idleTimeoutMinutes: null, maxSessionAgeHours: null, maxSessionsPerUser: null, ipAllowlists: {} },
  });
  await admin.setViewportSize({ width: 375, height: 812 });
  await shot(admin, '22-workspace-375');
  await admin.setViewportSize({ width: 1280, height: 800 });

  // Another administrator saves meanwhile: this screen's save is refused and offers their version.
  expect((await callApi(admin, 'PATCH', '/api/v1/workspace', { settings: { alarm: { viewsPerHour: 180 } }, version: kept.version })).status()).toBe(200);
  await days.fill('21');
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Someone else changed these settings')).toBeVisible();
  await shot(admin, '23-workspace-conflict');
  await admin.getByRole('button', { name: 'Load the current version' }).click();
  await expect(views).toHaveValue('180');
  await expect(days).toHaveValue('14');

  await openUserMenu(admin);
  await admin.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(admin.getByRole('heading', { name: 'Рабочее пространство', level: 2 })).toBeVisible();
  await admin.setViewportSize({ width: 375, height: 812 });
  await shot(admin, 'ru-workspace-375');
  await openUserMenu(admin, 'Меню пользователя');
  await admin.getByRole('menuitem', { name: 'Български' }).click();
  await expect(admin.getByRole('heading', { name: 'Работно пространство', level: 2 })).toBeVisible();
  // The client countries' placeholder fits its box on a phone (it was cut off in Bulgarian).
  const placeholder = await admin.locator('input[data-testid="client-countries"], [data-testid="client-countries"] input').first().evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return { text: input.placeholder, width: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  expect(placeholder.text).toBe('Само България');
  expect(placeholder.width).toBeLessThanOrEqual(placeholder.room);
  await shot(admin, 'bg-workspace-375');
  await admin.setViewportSize({ width: 1280, height: 800 });
  await openUserMenu(admin, 'Потребителско меню');
  await admin.getByRole('menuitem', { name: 'English' }).click();

  // Back to the defaults, for whatever runs after this file's last step.
  const current = (await (await callApi(admin, 'GET', '/api/v1/workspace')).json()).workspace;
  const reset = { trashRetentionDays: 30, alarm: { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false } };
  expect((await callApi(admin, 'PATCH', '/api/v1/workspace', { settings: reset, version: current.version })).status()).toBe(200);
});

test('without SMTP the admin copies an invitation link, and the link lets the person in', async ({ browser }, testInfo) => {
  // Two pages and a sign-in with argon2 on a shared two-core machine take longer than one step.
  test.setTimeout(90_000);
  const invitee = { name: 'Nadia Koleva', email: 'nadia@example.com', password: 'nadia-password-1' };
  await admin.goto('/');
  await openSettings(admin, 'Users');
  await admin.getByRole('button', { name: 'Add user' }).click();
  const drawer = admin.getByRole('dialog', { name: 'New user' });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
  await drawer.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await chooseOption(admin, drawer, 'Role', 'Manager');
  await drawer.getByText('Send an invitation by email').click();
  await drawer.getByRole('button', { name: 'Create user' }).click();
  const card = admin.getByRole('dialog', { name: 'User' });
  await expect(card.getByText(`An invitation was sent to ${invitee.email}`)).toBeVisible();
  await expect(card.getByText('Invited', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: 'Copy invitation link' }).click();
  const dialog = admin.getByRole('dialog', { name: `Invitation link for ${invitee.name}` });
  await expect(dialog.getByText(`Whoever has this link can become ${invitee.name}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = (await dialog.getByLabel('Invitation link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/accept-invite\?token=[A-Za-z0-9_%-]+$/);
  await expect(dialog.getByText(/The link is valid until/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
  await shot(admin, '24-invitation-link', false);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await card.getByRole('button', { name: 'Close' }).first().click();
  await expect(admin.getByRole('row', { name: new RegExp(invitee.name) })).toContainText('Invited');

  const page = await newPage(browser, testInfo);
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(invitee.password);
  await page.getByRole('textbox', { name: 'Confirm password' }).fill(invitee.password);
  await page.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.close();

  await admin.reload();
  const row = admin.getByRole('row', { name: new RegExp(invitee.name) });
  await expect(row).toContainText('Active');
  await admin.getByRole('button', { name: invitee.name }).click();
  await expect(admin.getByRole('dialog', { name: 'User' }).getByRole('button', { name: 'Copy invitation link' })).toHaveCount(0);
  await admin.getByRole('dialog', { name: 'User' }).getByRole('button', { name: 'Close' }).first().click();
});
