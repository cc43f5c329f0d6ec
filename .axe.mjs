import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const scheme = process.argv[2] ?? 'light';
const ctx = await b.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: scheme });
const p = await ctx.newPage();
const base = 'http://127.0.0.1:4802';
await p.goto(base + '/signin');
await p.getByLabel(/email/i).fill('demo@kartoteka.local');
await p.getByLabel(/password/i).fill('demo-password-2026');
await p.getByRole('button', { name: /sign in/i }).click();
await p.getByRole('navigation').first().waitFor();
await p.waitForTimeout(1500);
const paths = ['/', '/contacts', '/companies', '/deals', '/board', '/products', '/activities', '/my-day', '/calendar', '/dashboard', '/reports', '/duplicates', '/import', '/settings/users', '/settings/roles', '/settings/account', '/settings/audit', '/settings/trash'];
const firstContact = async () => { await p.goto(base + '/contacts'); await p.waitForTimeout(1500); const link = p.locator('main a[href^="/contacts/"]').first(); return link.getAttribute('href'); };
const card = await firstContact();
const deal = await (async () => { await p.goto(base + '/deals'); await p.waitForTimeout(1500); return p.locator('main a[href^="/deals/"]').first().getAttribute('href'); })();
for (const path of [...paths, card, deal]) {
  if (!path) continue;
  await p.goto(base + path);
  await p.waitForTimeout(2000);
  const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`${path}: ${bad.length} serious/critical`);
  for (const v of bad) console.log(`  ${v.id} (${v.impact}) x${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' | ' + (n.any[0]?.message ?? '')).join(' || ')}`);
}
await b.close();
