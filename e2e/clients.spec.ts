import { expect, test, type Page, type TestInfo, type Browser } from '@playwright/test';

// One fresh install (its own server, see playwright.config.ts): a sales team fills its client base.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Anna Smirnova', email: 'anna@example.com', password: 'admin-password-123' };
let page: Page;

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/clients-${name}.png`, fullPage: true, animations: 'disabled' });
}

async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  return browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
}

/** The API as the signed-in page: same cookies, with the CSRF header the web app sends. */
async function callApi(method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

async function createContactInForm(first: string, last: string, phone: string) {
  await page.goto('/contacts');
  await page.getByTestId('add-contact').first().click();
  await page.getByTestId('contact-firstName').fill(first);
  await page.getByTestId('contact-lastName').fill(last);
  await page.getByTestId('phone-0').fill(phone);
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('record-title')).toHaveText(`${first} ${last}`);
}

test.beforeAll(async ({ browser }, testInfo) => {
  page = await newPage(browser, testInfo);
  const setup = await page.request.post('/api/v1/setup', {
    data: { workspace: { name: 'Severnye Zori', locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }, admin: ADMIN },
  });
  expect(setup.status()).toBe(201);
  // Setup signs its admin in (the session cookie lands in this page's context).
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('an empty client base invites the first client', async () => {
  await page.goto('/contacts');
  await expect(page.getByText('Your contacts will live here')).toBeVisible();
  await shot('empty');
});

test('a company with two contact persons, each linked with a role', async () => {
  await page.goto('/companies');
  await page.getByTestId('add-company').first().click();
  await page.getByTestId('company-name').fill('ООО «Северные зори»');
  await page.getByTestId('company-taxId').fill('7707083893');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('record-title')).toHaveText('ООО «Северные зори»');

  for (const [first, last, phone, role] of [
    ['Иван', 'Петров', '+7 (912) 345-67-89', 'director'],
    ['Мария', 'Соколова', '+7 903 111 22 33', 'accountant'],
  ] as const) {
    await createContactInForm(first, last, phone);
    await page.getByTestId('add-link').click();
    await page.getByTestId('link-pick').fill('Северные');
    await page.getByRole('option', { name: /Северные зори/ }).click();
    await page.getByTestId('link-role').fill(role);
    await page.getByTestId('link-save').click();
    await expect(page.getByTestId('links-panel')).toContainText('Северные зори');
    await expect(page.getByTestId('links-panel')).toContainText(role);
  }
  await shot('contact-card');

  await page.goto('/companies');
  await page.getByTestId('record-link').filter({ hasText: 'Северные зори' }).click();
  await expect(page.getByTestId('links-panel')).toContainText('Иван Петров');
  await expect(page.getByTestId('links-panel')).toContainText('Мария Соколова');
  await shot('company-card');
});

test('the search box finds a person by a differently written phone, and by a Latin spelling', async () => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Search…' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByLabel('Search', { exact: true });
  await box.fill('8 912 345 6789');
  await expect(page.getByTestId('search-result').first()).toContainText('Иван Петров');
  await shot('search-phone');
  await box.fill('Sokolova');
  await expect(page.getByTestId('search-result').first()).toContainText('Мария Соколова');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-title')).toHaveText('Мария Соколова');
});

test('search offers all of a type\'s results, which open its list filtered by the query', async () => {
  for (let i = 1; i <= 7; i++) await callApi('POST', '/api/v1/contacts', { firstName: `Пётр ${i}`, lastName: 'Кузнецов' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Search…' }).click();
  const box = page.getByRole('dialog').getByLabel('Search', { exact: true });
  await box.fill('Kuznetsov');
  await expect(page.getByTestId('search-result')).toHaveCount(5);
  const all = page.getByTestId('search-all-results');
  await expect(all).toHaveText('All 7 results');
  await shot('search-all-results');
  // The keyboard reaches it after the group's results.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByTestId('list-search')).toHaveValue('Kuznetsov');
  await expect(page.getByText('7 contacts')).toBeVisible();
  await expect(page.getByTestId('record-link')).toHaveCount(7);
  // Opened again from search on the open list, it searches anew.
  await page.getByRole('button', { name: 'Search…' }).click();
  await page.getByRole('dialog').getByLabel('Search', { exact: true }).fill('Кузнецов');
  await page.getByTestId('search-all-results').click();
  await expect(page.getByTestId('list-search')).toHaveValue('Кузнецов');
  await expect(page.getByTestId('record-link')).toHaveCount(7);
  // Leave the base and the list as the next tests expect them: no search, and the two people they know.
  await page.getByTestId('list-search').fill('');
  const found = await callApi('GET', `/api/v1/contacts?q=${encodeURIComponent('Кузнецов')}&limit=50`);
  for (const contact of found.items) {
    const res = await page.request.fetch(`/api/v1/contacts/${contact.id}?version=${contact.version}`, {
      method: 'DELETE', headers: { 'X-CSRF-Token': (await page.context().cookies()).find((cookie) => cookie.name === 'kt_csrf')?.value ?? '' },
    });
    expect(res.status()).toBe(204);
  }
});

test('an admin adds a custom field; the list filters by it', async () => {
  await page.goto('/settings');
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Custom fields' }).click();
  await page.getByRole('button', { name: 'Add field' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Contract number');
  await dialog.getByRole('button', { name: 'Add field' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Contract number')).toBeVisible();
  await shot('custom-fields');

  const contacts = await callApi('GET', '/api/v1/contacts?q=Соколова');
  const maria = contacts.items[0];
  await callApi('PATCH', `/api/v1/contacts/${maria.id}`, { version: maria.version, custom: { contract_number: 'D-2026-17' } });

  await page.goto('/contacts');
  await expect(page.getByTestId('list-total')).toContainText('2');
  await page.getByTestId('toggle-filters').click();
  await page.getByTestId('add-custom-filter').click();
  await page.getByTestId('custom-filter-field').click();
  await page.getByRole('option', { name: 'Contract number' }).click();
  await page.getByTestId('custom-filter-value').fill('D-2026');
  await expect(page.getByTestId('list-total')).toContainText('1');
  await expect(page.getByTestId('record-link')).toHaveText(['Мария Соколова']);
  await shot('custom-filter');
});

test('two duplicates are merged, and the merge is undone', async () => {
  await callApi('POST', '/api/v1/contacts', { firstName: 'Petar', lastName: 'Ivanov', phones: [{ value: '+359 88 123 4567' }] });
  await callApi('POST', '/api/v1/contacts', { firstName: 'Петър', lastName: 'Иванов', phones: [{ value: '+359881234567' }], emails: [{ value: 'petar@example.com' }] });
  await page.goto('/contacts');
  // Import and Duplicates sit in the list's "more" menu (the toolbar never wraps).
  await page.getByTestId('list-more').click();
  await page.getByTestId('open-duplicates').click();
  const group = page.getByTestId('duplicate-pair').first();
  await expect(group).toContainText('Same phone');
  await shot('duplicates');
  await group.getByRole('button', { name: /^Merge/ }).click();
  await expect(page.getByTestId('merge-submit')).toBeVisible();
  await shot('merge-dialog');
  await page.getByTestId('merge-submit').click();
  await expect(page.getByTestId('merge-notice')).toBeVisible();
  const after = await callApi('GET', '/api/v1/contacts?q=petar&count=1');
  expect(after.total).toBe(1);
  expect(after.items[0].phones).toHaveLength(1);

  await page.getByTestId('merge-undo').click();
  await expect.poll(async () => (await callApi('GET', '/api/v1/contacts?q=petar&count=1')).total).toBe(2);
  await shot('merge-undone');
});

test('a changed client gets an earlier version back from the history panel', async () => {
  const { contact } = await callApi('POST', '/api/v1/contacts', { firstName: 'Olga', lastName: 'Vetrova', position: 'Accountant' });
  await callApi('PATCH', `/api/v1/contacts/${contact.id}`, { position: 'Chief accountant', version: contact.version });
  await page.goto(`/contacts/${contact.id}`);
  await expect(page.getByTestId('record-title')).toHaveText('Olga Vetrova');
  await expect(page.getByTestId('record-subtitle')).toHaveText('Chief accountant');
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('tabpanel', { name: 'History' });
  await expect(history.getByText('Changed').first()).toBeVisible();
  await shot('history');
  // Only the older version can be restored: the newest is the record as it is.
  await history.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore version 1?' });
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(confirm).toBeHidden();
  await expect(history.getByText('Earlier version restored')).toBeVisible();
  await expect.poll(async () => (await callApi('GET', `/api/v1/contacts/${contact.id}`)).contact.position).toBe('Accountant');
  await expect(page.getByTestId('record-subtitle')).toHaveText('Accountant');
  await shot('history-restored');

  // The same story in the audit log, narrowed to this one record.
  await page.getByTestId('audit-link').click();
  await expect(page.getByTestId('audit-record-filter')).toHaveText('Only this record: Olga Vetrova');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4); // the header, created, changed, restored
  await expect(page.getByRole('table')).not.toContainText('Petar');
  await shot('audit-one-record');
  await page.getByTestId('audit-record-filter').click();
  await expect(page.getByTestId('audit-record-filter')).toBeHidden();
  await expect.poll(() => rows.count()).toBeGreaterThan(4);
  // Any entry's record narrows the log the same way.
  await page.getByTestId('audit-record-link').first().click();
  await expect(page.getByTestId('audit-record-filter')).toBeVisible();
});

test('an address takes its country from a list (the API stores ISO codes)', async () => {
  await page.goto('/companies');
  await page.getByTestId('add-company').first().click();
  await page.getByTestId('company-name').fill('Адресная компания');
  await page.getByRole('button', { name: 'Add address' }).click();
  await page.getByRole('textbox', { name: 'Country' }).fill('Bulg');
  await page.getByRole('option', { name: 'Bulgaria' }).click();
  await page.getByRole('textbox', { name: 'City' }).fill('Sofia');
  await page.getByTestId('save-record').click();
  await expect(page.getByTestId('record-title')).toHaveText('Адресная компания');
  await shot('company-address-country');
});

/** A type's list as a first visit finds it: no filters or sort kept from earlier steps. */
async function openFreshList(path: string) {
  await page.goto(path);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(path);
}

test('the generic list and card on both client types: filter, sort, open a card, edit and save', async () => {
  test.setTimeout(90_000);
  for (const [lastName, status] of [['Aaronson', 'client'], ['Zimmer', 'client'], ['Lead', 'lead']] as const) {
    await callApi('POST', '/api/v1/contacts', { firstName: 'Generic', lastName, status, tags: ['generic-e2e'] });
  }
  for (const [name, tags] of [['Generic Alpha', ['generic-e2e']], ['Generic Omega', ['generic-e2e']], ['Generic Untagged', []]] as const) {
    await callApi('POST', '/api/v1/companies', { name, industry: 'Retail', tags });
  }
  const names = page.getByTestId('record-link');
  const filters = page.getByTestId('filter-bar');

  // Contacts: their own status filter (the server lists `status` among the type's parameters).
  await openFreshList('/contacts');
  await page.getByTestId('list-search').fill('Generic');
  await expect(page.getByTestId('list-total')).toHaveText('3 contacts');
  await page.getByTestId('toggle-filters').click();
  await filters.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Client', exact: true }).click();
  await expect(page.getByTestId('list-total')).toHaveText('2 contacts');
  await expect(names).toHaveText(['Generic Aaronson', 'Generic Zimmer']);
  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Generic Zimmer', 'Generic Aaronson']);
  // Status sorts (its keyset index, decision 0038); a phone cannot be sorted (not among the type's sorts): its header is plain text.
  await expect(page.getByRole('columnheader', { name: 'Status' }).getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Phone' }).getByRole('button')).toHaveCount(0);
  await shot('generic-contacts');
  await names.first().click();
  await expect(page.getByTestId('record-title')).toHaveText('Generic Zimmer');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByTestId('contact-position').fill('Purchasing manager');
  await page.getByTestId('save-record').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('record-subtitle')).toHaveText('Purchasing manager');
  await shot('generic-contact-card');
  const zimmer = await callApi('GET', '/api/v1/contacts?q=Zimmer');
  expect(zimmer.items[0].position).toBe('Purchasing manager');

  // Companies: the same screens, with no status filter (companies have none) and a tag filter.
  await openFreshList('/companies');
  await page.getByTestId('list-search').fill('Generic');
  await expect(page.getByTestId('list-total')).toHaveText('3 companies');
  await page.getByTestId('toggle-filters').click();
  await expect(filters.getByRole('textbox', { name: 'Owner' })).toBeVisible();
  await expect(filters.getByRole('textbox', { name: 'Status' })).toHaveCount(0);
  await filters.getByRole('textbox', { name: 'Tags' }).click();
  await page.getByRole('option', { name: 'generic-e2e' }).click();
  await expect(page.getByTestId('list-total')).toHaveText('2 companies');
  await expect(names).toHaveText(['Generic Alpha', 'Generic Omega']);
  await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  await expect(names).toHaveText(['Generic Omega', 'Generic Alpha']);
  await shot('generic-companies');
  await names.first().click();
  await expect(page.getByTestId('record-title')).toHaveText('Generic Omega');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByTestId('company-industry').fill('Shipping');
  await page.getByTestId('save-record').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('record-subtitle')).toHaveText('Shipping');
  await shot('generic-company-card');
  const omega = await callApi('GET', '/api/v1/companies?q=Omega');
  expect(omega.items[0].industry).toBe('Shipping');

  // The same list and card on a phone: cards instead of the table.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/companies');
  await expect(page.getByTestId('client-cards')).toContainText('Generic Omega');
  await shot('generic-companies-375');
  await page.getByRole('link', { name: /Generic Omega/ }).first().click();
  await expect(page.getByTestId('record-title')).toHaveText('Generic Omega');
  await shot('generic-company-card-375');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => sessionStorage.clear());
});

test('a phone-sized screen shows the list as cards, in Russian', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/contacts');
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Контакты' })).toBeVisible();
  await expect(page.getByText('Мария Соколова')).toBeVisible();
  await expect(page.getByTestId('client-table')).toBeHidden();
  await shot('list-375-ru');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('search ranks the surname first and marks it, names switch order, and the compact list fits 1366 px with a sticky name and keyboard rows', async () => {
  // Back to English (the test before switched to Russian), at a laptop's width.
  const me = await callApi('GET', '/api/v1/me');
  await callApi('PATCH', '/api/v1/me', { locale: 'en', version: me.user?.version ?? me.version });
  await page.setViewportSize({ width: 1366, height: 900 });
  let alexeyId = '';
  for (const [firstName, middleName, lastName] of [['Олег', 'Иванович', 'Сидоров'], ['Анна', 'Ивановна', 'Козлова'], ['Алексей', 'Сергеевич', 'Иванов']]) {
    alexeyId = (await callApi('POST', '/api/v1/contacts', { firstName, middleName, lastName, tags: ['VIP'] })).contact.id;
  }

  // The person named Иванов first, the surname marked; the patronymics after, each saying why.
  await page.goto('/');
  await page.getByRole('button', { name: 'Search…' }).click();
  await page.getByRole('dialog').getByLabel('Search', { exact: true }).fill('Иванов');
  const results = page.getByTestId('search-result');
  const alexey = results.filter({ hasText: 'Алексей Сергеевич Иванов' });
  await expect(alexey.getByTestId('search-mark')).toHaveText('Иванов');
  await expect(alexey.getByTestId('search-field')).toHaveAttribute('data-field', 'lastName');
  // Every surname (Petar Ivanov of an earlier test too) before the first patronymic.
  const fields = await results.getByTestId('search-field').evaluateAll((els) => els.map((el) => el.getAttribute('data-field')));
  expect(fields.indexOf('middleName'), fields.join(', ')).toBeGreaterThan(fields.lastIndexOf('lastName'));
  await shot('search-ranked-1366');
  await page.keyboard.press('Escape');

  // Surname first for the whole workspace: names are written again in the background.
  await page.goto('/settings/workspace');
  await page.getByTestId('name-order-surname_first').click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await expect.poll(async () => (await callApi('GET', `/api/v1/contacts/${alexeyId}`)).contact.displayName, { timeout: 30_000 }).toBe('Иванов Алексей Сергеевич');
  await page.goto('/contacts');
  await expect(page.getByTestId('record-link').filter({ hasText: 'Иванов Алексей Сергеевич' })).toBeVisible();

  // Compact rows: Owner, Tags and Last activity on screen without scrolling sideways; the name column sticks.
  const table = page.getByTestId('client-table');
  await expect(table).toHaveAttribute('data-density', 'compact');
  for (const header of ['Owner', 'Tags', 'Last activity']) await expect(table.getByRole('columnheader', { name: header })).toBeInViewport();
  const fits = await table.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth + 1);
  expect(fits).toBe(true);
  await expect(page.getByTestId('name-header')).toHaveCSS('position', 'sticky');
  await expect(page.getByTestId('list-toolbar')).toHaveCSS('flex-wrap', 'nowrap');
  await shot('list-compact-1366');

  // Sorted by surname: Иванов, Козлова, Сидоров. Then j moves down a row and Enter opens it.
  const names = await page.getByTestId('record-link').allInnerTexts();
  const at = ['Иванов Алексей Сергеевич', 'Козлова Анна Ивановна', 'Сидоров Олег Иванович'].map((n) => names.indexOf(n));
  expect(at.every((i) => i >= 0) && at[0]! < at[1]! && at[1]! < at[2]!, names.join(', ')).toBe(true);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const active = page.locator('tr[data-active]');
  await expect(active).toHaveCount(1);
  const name = await active.getByTestId('record-link').innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('record-title')).toHaveText(name);

  // The same list on a phone in Russian: surname first, the toolbar on tidy lines.
  const again = await callApi('GET', '/api/v1/me');
  await callApi('PATCH', '/api/v1/me', { locale: 'ru', version: again.user?.version ?? again.version });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/contacts');
  await expect(page.getByTestId('client-cards')).toContainText('Иванов Алексей Сергеевич');
  await shot('list-375-ru-surname-first');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('history and the audit log read like the card, Esc asks before a form is thrown away, and home lists recent records (ru 375, en 1366)', async () => {
  const { field } = await callApi('POST', '/api/v1/custom-fields', { entity: 'contact', label: 'Customer level', type: 'select', options: [{ label: 'Silver' }, { label: 'Gold' }] });
  const [silver, gold] = field.options.map((option: { key: string }) => option.key);
  const { contact } = await callApi('POST', '/api/v1/contacts', {
    firstName: 'Vera', lastName: 'Lebedeva', status: 'lead', phones: [{ value: '+7 912 000 11 22' }], emails: [{ value: 'vera@example.com' }], custom: { [field.key]: silver },
  });
  await callApi('PATCH', `/api/v1/contacts/${contact.id}`, { status: 'client', custom: { [field.key]: gold }, version: contact.version });

  // In Russian (the test before switched) on a phone: labels, not codes; the phone formatted; the owner by name.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/contacts/${contact.id}`);
  // The test before put the workspace's names surname first.
  await expect(page.getByTestId('record-title')).toHaveText('Lebedeva Vera');
  await page.getByRole('tab', { name: 'История' }).click();
  const history = page.getByRole('tabpanel', { name: 'История' });
  await expect(history).toContainText(/Customer level: Silver\s*→.*Gold/);
  await expect(history).toContainText(/Лид\s*→.*Клиент/);
  // The phone as the card shows it: national in the workspace's own country.
  await expect(history).toContainText('8 (912) 000-11-22 (мобильный)');
  await expect(history).not.toContainText('+79120001122');
  await expect(history).toContainText(`Ответственный: ${ADMIN.name}`);
  await expect(history).not.toContainText(field.key);
  await expect(history).not.toContainText('client');
  await shot('history-ru-375');

  // A half-filled form: Esc asks, "keep editing" keeps it; the day reads as the language writes it.
  await page.goto('/contacts');
  await page.getByTestId('add-contact').first().click();
  await page.getByTestId('contact-firstName').fill('Draft');
  await page.getByTestId('contact-birthday').fill('3.11.1990');
  await page.getByTestId('contact-birthday').blur();
  await expect(page.getByTestId('contact-birthday')).toHaveValue('03.11.1990');
  await expect(page.getByTestId('save-record')).toBeInViewport();
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Отменить изменения?' });
  await ask.getByRole('button', { name: 'Продолжить редактирование' }).click();
  await expect(page.getByTestId('contact-firstName')).toHaveValue('Draft');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'e2e/screenshots/clients-form-ru-375.png', animations: 'disabled' });
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Отменить изменения' }).click();
  await expect(page.getByTestId('contact-firstName')).toBeHidden();

  await page.goto('/');
  await expect(page.getByTestId('home-viewed')).toContainText('Lebedeva Vera');
  await expect(page.getByTestId('home-created')).toContainText('Lebedeva Vera');
  await expect(page.getByText('по мере выхода')).toBeHidden();
  await shot('home-ru-375');

  // In English on a laptop: the same, and the audit log names the record and its values.
  await page.getByRole('button', { name: 'Меню пользователя' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(page.getByTestId('home-viewed')).toContainText('Lebedeva Vera');
  await shot('home-en-1366');
  await page.goto(`/settings/audit?entityType=contact&entityId=${contact.id}`);
  const log = page.getByRole('table');
  // The settings area loads its code on the first visit: on a busy machine that takes a while.
  await expect(log).toContainText('Contact: changed', { timeout: 30_000 });
  await expect(log).toContainText(/Customer level: Silver\s*→.*Gold/);
  await expect(page.getByTestId('audit-record-link').first()).toHaveText('Lebedeva Vera');
  await page.goto(`/contacts/${contact.id}`);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tabpanel', { name: 'History' })).toContainText(/Status: Lead\s*→.*Client/);
  await shot('history-en-1366');
  await page.getByTestId('edit-record').click();
  await page.getByTestId('contact-position').fill('Buyer');
  await page.screenshot({ path: 'e2e/screenshots/clients-form-en-1366.png', animations: 'disabled' });
  await page.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByTestId('contact-position')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
});
