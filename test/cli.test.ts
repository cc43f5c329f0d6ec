import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, runTs, waitFor } from './process.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// Each test starts real processes through tsx; under a full parallel run that takes a while.
describe('the kartoteka command on SQLite', { timeout: 120_000 }, () => {
  it('create-admin sets up a headless install and refuses a taken email or short password', async () => {
    const dataDir = tempDir();
    const run = (args: string[]) => {
      const p = runTs('src/cli/run.ts', ['create-admin', ...args], { DATA_DIR: dataDir });
      return p.exited.then((r) => ({ ...r, output: p.output() }));
    };
    const ok = await run(['--email', 'Root@Example.test', '--name', 'Root', '--password', 'a-long-password', '--locale', 'bg']);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toContain('root@example.test');
    const again = await run(['--email', 'root@example.test', '--name', 'Root', '--password', 'a-long-password']);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already exists/);
    const short = await run(['--email', 'two@example.test', '--name', 'Two', '--password', 'short']);
    expect(short.code).toBe(1);
    expect(short.output).toMatch(/password too_short/);
    const db = new SQLite(path.join(dataDir, 'kartoteka.db'), { readonly: true });
    expect(db.prepare('select email, role, locale from users').all()).toEqual([{ email: 'root@example.test', role: 'admin', locale: 'bg' }]);
    db.close();
  });

  it('exports an install to a workspace file and imports it into an empty one', async () => {
    const [from, to] = [tempDir(), tempDir()];
    const run = async (dataDir: string, args: string[]) => {
      const p = runTs('src/cli/run.ts', args, { DATA_DIR: dataDir });
      return { ...(await p.exited), output: p.output() };
    };
    expect((await run(from, ['create-admin', '--email', 'root@example.test', '--name', 'Root', '--password', 'a-long-password'])).code).toBe(0);
    const file = path.join(from, 'crm.jsonl');
    const exported = await run(from, ['export', '--out', file]);
    expect(exported.code, exported.output).toBe(0);
    expect(exported.output).toMatch(/Exported \d+ rows of \d+ tables and 0 files/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({ format: 'kartoteka-workspace', dialect: 'sqlite' });
    const imported = await run(to, ['import', '--in', file]);
    expect(imported.code, imported.output).toBe(0);
    const db = new SQLite(path.join(to, 'kartoteka.db'), { readonly: true });
    expect(db.prepare('select email, role from users').all()).toEqual([{ email: 'root@example.test', role: 'admin' }]);
    db.close();
    // Refusals (a non-empty target, a newer schema, a broken line) are tested without processes in workspace-file.test.ts.
  });

  it('serves, backs up consistently while serving, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const server = runTs('src/cli/run.ts', ['start'], { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${base}/ready`).catch(() => null))?.status === 200, 30_000, 'server ready');
    const setup = await fetch(`${base}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        workspace: { name: 'Backup Test', locale: 'en', timeZone: 'UTC', defaultCountry: 'GB', defaultCurrency: 'GBP' },
        admin: { name: 'Admin', email: 'admin@example.test', password: 'a-long-password' },
      }),
    });
    expect(setup.status).toBe(201);

    const out = path.join(dataDir, 'copy.db');
    const backup = runTs('src/cli/run.ts', ['backup', '--out', out], { DATA_DIR: dataDir });
    expect((await backup.exited).code, backup.output()).toBe(0);
    const copy = new SQLite(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('select email from users').all()).toEqual([{ email: 'admin@example.test' }]);
    copy.close();

    server.child.kill('SIGTERM');
    const exit = await server.exited;
    expect(exit.code, server.output()).toBe(0);
    expect(server.output()).toContain('stopped');
  });

  it('leaves the database consistent when killed mid-write (SIGKILL)', async () => {
    const file = path.join(tempDir(), 'crash.db');
    const writer = runTs('test/fixtures/crash-writer.ts', [file], {});
    await waitFor(() => writer.output().includes('ready'), 30_000, 'writer ready');
    await new Promise((r) => setTimeout(r, 700));
    writer.child.kill('SIGKILL');
    await writer.exited;
    const db = new SQLite(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const workspaces = (db.prepare('select count(*) n from workspaces').get() as { n: number }).n;
    const versions = (db.prepare("select count(*) n from record_versions where entity_type = 'workspace'").get() as { n: number }).n;
    const audits = (db.prepare("select count(*) n from audit_log where action = 'workspace.created'").get() as { n: number }).n;
    expect(workspaces).toBeGreaterThan(10);
    // Each workspace was written with its history in one transaction: all of it or none survived.
    expect(versions).toBe(workspaces);
    expect(audits).toBe(workspaces);
    db.close();
  });
});
