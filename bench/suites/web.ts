/**
 * `npm run bench -- --only web`: the built web app in Debian's Chromium (Playwright) against a real
 * server on the demo data. Cold load (empty cache) and warm load (cached assets) to the first
 * contact row, the JS a first load downloads (compressed bytes on the wire), and how long a sort and
 * "show more" take to redraw. The floor is a static HTML page of the same rows from the same server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../../src/modules/demo/demo-users.js';
import { packageRoot, webDistDir } from '../../src/platform/paths.js';
import { stats, type Result } from '../harness.js';

const ROUNDS = 7;
const FLOOR_FILE = 'bench-floor.html';
const ROW = '[data-testid="record-link"]';

// Runs before any page script: notes when the first row shows up, so the time is the page's own clock.
const FIRST_ROW_PROBE = `(() => {
  const seen = () => { if (!window.__firstRow && document.querySelector('${ROW}')) window.__firstRow = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

interface WebFigures {
  results: Result[];
  lines: string[];
}

/** Cold and warm loads, JS on the wire, sort and page redraws; the server and browser are started here and stopped after. */
export async function benchWeb(log: (message: string) => void): Promise<WebFigures> {
  if (!fs.existsSync(path.join(webDistDir(), 'index.html'))) throw new Error('web: no built app in dist/web; run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-bench-web-'));
  const floorPath = path.join(webDistDir(), FLOOR_FILE);
  // The server lists top-level files when it starts and reads them per request: the rows go in once known.
  fs.writeFileSync(floorPath, '');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    log('web: starting a server with the demo data');
    server = await startServer(port, dataDir);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const signIn = await browser.newContext({ baseURL: base });
    const answer = await signIn.request.post('/api/v1/auth/sign-in', { data: { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD } });
    if (answer.status() !== 200) throw new Error(`web: demo sign-in answered ${answer.status()}`);
    const storageState = await signIn.storageState();
    const rows = (await (await signIn.request.get('/api/v1/contacts?limit=50')).json()) as { items: { id: string; displayName?: string; name?: string; email?: string | null }[] };
    fs.writeFileSync(floorPath, floorHtml(rows.items));
    await signIn.close();

    const newContext = () => browser!.newContext({ baseURL: base, storageState, viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    const cold: number[] = [], warm: number[] = [], floorCold: number[] = [], floorWarm: number[] = [], sorts: number[] = [], pages: number[] = [];
    let js = { bytes: 0, raw: 0, files: 0 };
    log(`web: ${ROUNDS} rounds of cold and warm loads, sorts and pages`);
    for (let round = 0; round < ROUNDS; round++) {
      // App and floor alternate, so a busy moment of the machine slows both.
      const app = await newContext();
      const page = await app.newPage();
      await page.addInitScript(FIRST_ROW_PROBE);
      cold.push(await loadToFirstRow(page, '/contacts'));
      js = await scriptBytes(page);
      warm.push(await loadToFirstRow(page, '/contacts'));
      sorts.push(await redraw(page, 'sort'));
      pages.push(await redraw(page, 'page'));
      await app.close();

      const floor = await newContext();
      const floorPage = await floor.newPage();
      await floorPage.addInitScript(FIRST_ROW_PROBE);
      floorCold.push(await loadToFirstRow(floorPage, `/${FLOOR_FILE}`));
      floorWarm.push(await loadToFirstRow(floorPage, `/${FLOOR_FILE}`));
      await floor.close();
    }
    const signInJs = await signInPageBytes(browser, base);
    const result = (operation: string, op: number[], floor: number[] | null, note?: string): Result => ({ operation, dialect: 'sqlite', size: 'demo', op: stats(op), floor: floor ? stats(floor) : null, note });
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    return {
      results: [
        result('web: cold load to first contact row', cold, floorCold, 'budget 1.0 s'),
        result('web: warm load to first contact row', warm, floorWarm, 'budget 0.5 s'),
        result('web: sort by name, redraw 50 rows', sorts, null, 'budget 100 ms'),
        result('web: show more, redraw to 100 rows', pages, null, 'budget 100 ms'),
      ],
      lines: [
        `web: first load of the contacts list downloads ${js.files} JS files, ${kb(js.bytes)} on the wire (${kb(js.raw)} uncompressed); budget 200 KB.`,
        `web: the sign-in page downloads ${signInJs.files} JS files, ${kb(signInJs.bytes)} on the wire (${kb(signInJs.raw)} uncompressed).`,
        'web: times are the page\'s own clock, from navigation start (or the click) to the first row in the DOM; floor = a static HTML page of the same 50 rows from the same server.',
      ],
    };
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
    fs.rmSync(floorPath, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function loadToFirstRow(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(() => (globalThis as { __firstRow?: number }).__firstRow !== undefined, undefined, { timeout: 30_000, polling: 50 });
  return page.evaluate('window.__firstRow') as Promise<number>;
}

/** Clicks the name header (sort) or "show more" (page) and times it to the moment the rows have changed, as drawn. */
async function redraw(page: Page, what: 'sort' | 'page'): Promise<number> {
  await page.locator(ROW).first().waitFor();
  // A string, not a function: tsx would wrap named arrows in a helper the page does not have.
  return page.evaluate(`(${REDRAW_SCRIPT})(${JSON.stringify(what)})`) as Promise<number>;
}

const REDRAW_SCRIPT = `async (kind) => {
  const rows = () => document.querySelectorAll('${ROW}');
  const before = { first: rows()[0]?.textContent, count: rows().length };
  const target = kind === 'sort'
    ? document.querySelector('th[aria-sort] button, th[aria-sort] [role="button"], th[aria-sort] .mantine-UnstyledButton-root')
    : document.querySelector('[data-testid="load-more"]');
  if (!target) throw new Error('no control to ' + kind);
  const start = performance.now();
  target.click();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(kind + ': rows did not change in 30 s')), 30000);
    const observer = new MutationObserver(() => {
      const changed = kind === 'sort' ? rows()[0]?.textContent !== before.first : rows().length > before.count;
      if (!changed) return;
      observer.disconnect();
      clearTimeout(timer);
      // Until the frame with the new rows is painted.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

async function scriptBytes(page: Page): Promise<{ bytes: number; raw: number; files: number }> {
  return page.evaluate(`(() => {
    const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
    return { bytes: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0), raw: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0), files: scripts.length };
  })()`) as Promise<{ bytes: number; raw: number; files: number }>;
}

async function signInPageBytes(browser: Browser, base: string): Promise<{ bytes: number; raw: number; files: number }> {
  const context: BrowserContext = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('input[type="password"]').waitFor();
    return await scriptBytes(page);
  } finally {
    await context.close();
  }
}

function floorHtml(items: { id: string; displayName?: string; name?: string; email?: string | null }[]): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = items.map((item) => `<tr><td><a data-testid="record-link" href="/contacts/${esc(item.id)}">${esc(item.displayName ?? item.name ?? '')}</a></td><td>${esc(item.email ?? '')}</td></tr>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contacts</title></head><body><table>${rows}</table></body></html>`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/kartoteka.js', 'start'], {
    cwd: packageRoot(),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KARTOTEKA_DEMO: '1', KARTOTEKA_LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`web: server exited (${child.exitCode}): ${output.slice(-2000)}`);
    const ready = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`web: server not ready in 120 s: ${output.slice(-2000)}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
