import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 1366, height: 900 } });
const p = await ctx.newPage();
const base = 'http://127.0.0.1:4802';
await p.goto(base + '/signin');
await p.getByLabel(/email/i).fill('demo@kartoteka.local');
await p.getByLabel(/password/i).fill('demo-password-2026');
await p.getByRole('button', { name: /sign in/i }).click();
await p.getByRole('navigation').first().waitFor();
await p.goto(base + (process.argv[2] ?? '/contacts'));
await p.waitForTimeout(2500);
const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
for (const v of r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
  if (v.id === 'color-contrast') { const m = new Map(); for (const n of v.nodes) { const k = n.any[0]?.message.match(/foreground color: (#\w+), background color: (#\w+)/)?.slice(1).join(' on '); m.set(k, (m.get(k) ?? 0) + 1); } console.log('contrast', [...m]); for (const n of v.nodes.slice(0,40)) console.log('   ', n.html.slice(0,160)); continue; }
  console.log(v.id);
  for (const n of v.nodes) console.log('  ', n.html.slice(0, 300), '\n    ', n.any.concat(n.all, n.none).map((c) => c.message).join(' / '));
}
await b.close();
