import { expect, test, type Page } from '@playwright/test';

// One fresh install shared by the whole file: each step continues where the previous left off.
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Maria Ivanova', email: 'maria@example.com', password: 'correct-horse-battery' };

let page: Page;

async function shot(name: string) {
  // Besides reducedMotion: finish any CSS transition so the picture shows the settled screen.
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true, animations: 'disabled' });
}

async function openUserMenu(label = 'User menu') {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, locale, timezoneId, viewport, reducedMotion } = testInfo.project.use;
  page = await browser.newPage({ baseURL, locale, timezoneId, viewport, reducedMotion });
});

test.afterAll(async () => {
  await page.close();
});

test('a new install asks for setup and lands in the app', async () => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Set up Kartoteka' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Time zone' })).toHaveValue('Europe/Sofia');
  await shot('01-setup');

  // The longest labels are Russian; check them on a phone, then go on in English.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Настройка Картотеки' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Язык' })).toHaveValue('Русский');
  await shot('01-setup-ru-375');
  await page.getByRole('button', { name: 'Язык' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Set up Kartoteka' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Workspace name')).toBeFocused();
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('Must be at least 10 characters.')).toBeVisible();
  await shot('02-setup-errors');

  await page.getByLabel('Workspace name').fill('Acme Ltd');
  await page.getByRole('textbox', { name: 'Default country' }).click();
  await page.getByRole('textbox', { name: 'Default country' }).fill('Bulgar');
  await page.getByRole('option', { name: 'Bulgaria' }).click();
  await expect(page.getByRole('textbox', { name: 'Default currency' })).toHaveValue('Euro (EUR)');
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(`${ADMIN.password}!`);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await shot('03-setup-filled');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}!` })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Acme Ltd')).toBeVisible();
  await shot('04-home');
});

test('signing out returns to the sign-in screen', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/contacts');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcontacts$/);
  await shot('05-sign-in');
});

test('the sign-in screen switches language before sign-in', async () => {
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Български' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await expect(page.getByLabel('Имейл')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
  await shot('06-sign-in-bg');
  await page.getByRole('button', { name: 'Език' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password shows a clear message under the field', async () => {
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Wrong email or password.')).toBeVisible();
  const password = page.getByRole('textbox', { name: 'Password', exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Wrong email or password.');
  await shot('07-wrong-password');
});

test('signing in opens the page asked for', async () => {
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('heading', { name: 'Contacts', exact: true })).toBeVisible();
  // A new install has no clients yet: the list invites the first one.
  await expect(page.getByText('Your contacts will live here')).toBeVisible();
  await shot('08-contacts-empty');
});

test('the language switch saves to the profile: Russian, Bulgarian, then English', async () => {
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Русский' }).click();
  const navRu = page.getByRole('navigation', { name: 'Основная навигация' });
  for (const label of ['Главная', 'Мой день', 'Календарь', 'Контакты', 'Компании', 'Сделки', 'Дела', 'Отчёты', 'Настройки']) {
    await expect(navRu.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(navRu.getByRole('link', { name: 'Контакты' })).toBeVisible();
  await openUserMenu('Меню пользователя');
  await expect(page.getByRole('menuitem', { name: 'Выйти' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Тёмная тема' })).toBeVisible();
  await shot('09-russian-menu');

  await page.getByRole('menuitem', { name: 'Български' }).click();
  const navBg = page.getByRole('navigation', { name: 'Основна навигация' });
  for (const label of ['Начало', 'Контакти', 'Фирми', 'Сделки', 'Отчети']) {
    await expect(navBg.getByRole('link', { name: label })).toBeVisible();
  }
  await openUserMenu('Потребителско меню');
  await expect(page.getByRole('menuitem', { name: 'Изход' })).toBeVisible();
  await shot('10-bulgarian-menu');

  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(nav.getByRole('link', { name: 'Contacts' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Ctrl+K opens search, which says what it finds', async () => {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await expect(dialog.getByText('Find contacts and companies by name (in Cyrillic or Latin), phone in any format, email or tax ID.')).toBeVisible();
  await shot('11-search');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the theme toggle switches to dark and back', async () => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}!` })).toBeVisible();
  await shot('12-home-dark');
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('the shell works 375 px wide with the navigation behind a burger', async () => {
  await page.setViewportSize({ width: 375, height: 812 });
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  // Mantine slides the collapsed navbar off screen rather than removing it.
  await expect(nav).not.toBeInViewport();
  await shot('13-mobile-home');
  await page.getByRole('button', { name: 'Show or hide navigation' }).click();
  await expect(nav).toBeInViewport();
  await shot('14-mobile-nav');
  await nav.getByRole('link', { name: 'Deals' }).click();
  await expect(page.getByRole('heading', { name: 'Deals', exact: true })).toBeVisible();
  await expect(nav).not.toBeInViewport();
  await shot('15-mobile-deals');
  await openUserMenu();
  await shot('16-mobile-user-menu');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('an unknown address shows the 404 page', async () => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await shot('17-not-found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}!` })).toBeVisible();
});

test('a failing server shows an error with a retry that recovers', async () => {
  await page.route('**/api/v1/me', (route) =>
    route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'Boom', fields: {} } } }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The server could not handle the request', { timeout: 15_000 });
  await shot('18-server-error');
  await page.unroute('**/api/v1/me');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}!` })).toBeVisible();
});

// Last on purpose: it locks the admin account for the rest of this install.
test('repeated wrong passwords lock the account with a message saying for how long', async () => {
  await openUserMenu();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN.email);
  const password = page.getByRole('textbox', { name: 'Password', exact: true });
  const locked = page.getByRole('alert').filter({ hasText: 'The account is locked' });
  for (let attempt = 0; attempt < 10 && !(await locked.isVisible()); attempt += 1) {
    await password.fill(`wrong-password-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Wrong email or password.').or(locked)).toBeVisible();
  }
  await expect(locked).toContainText(/try again in \d+ minutes?/);
  await shot('19-account-locked');
});
