import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'oidc-provider-process.mjs');

/** A running test OpenID provider (test/fixtures/oidc-provider-process.mjs, decision 0028). */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds (or replaces) an account the provider's login form accepts by its `login`. */
  addAccount(account: { login: string; email: string; email_verified: boolean; name?: string }): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the provider in a child process on a free port; resolves once it listens. */
export async function startOidcProvider(options: { redirectUris: string[]; port?: number }): Promise<TestOidcProvider> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, OIDC_TEST_PORT: String(options.port ?? 0), OIDC_TEST_REDIRECT_URIS: options.redirectUris.join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += String(chunk); });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`OpenID provider did not start: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const ready = /ready (\S+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`OpenID provider exited (${code}): ${stderr}`)));
  });
  return {
    issuer,
    clientId: 'kartoteka',
    clientSecret: 'kartoteka-secret',
    async addAccount(account) {
      const res = await fetch(`${issuer}/test/accounts`, { method: 'POST', body: JSON.stringify(account) });
      if (res.status !== 204) throw new Error(`could not add account: ${res.status}`);
    },
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    }),
  };
}

/**
 * Plays the browser at the provider: from the authorization URL through the login form (as
 * `login`) to the redirect back, following redirects with the provider's cookies. Answers the URL
 * the provider sends the browser back to (the callback with `code` and `state`).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  let url = authorizationUrl;
  let submitted = false;
  for (let hop = 0; hop < 10; hop++) {
    const res = await send(url);
    if (res.status === 200 && !submitted) {
      await res.text();
      submitted = true;
      const posted = await send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login }).toString() });
      if (posted.status !== 303) throw new Error(`provider refused the login ${login}: ${posted.status} ${await posted.text()}`);
      url = new URL(posted.headers.get('location')!, url).href;
      continue;
    }
    const location = res.headers.get('location');
    if (!location || res.status < 300 || res.status >= 400) throw new Error(`provider answered ${res.status}: ${await res.text()}`);
    const next = new URL(location, url);
    if (!next.href.startsWith(new URL(authorizationUrl).origin)) return next;
    url = next.href;
  }
  throw new Error('too many redirects at the provider');
}
