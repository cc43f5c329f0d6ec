import { afterAll } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/platform/config.js';
import { testDatabase } from './db.js';
import { factories } from './factories.js';
/** A client that keeps cookies and sends the CSRF header like the web app does. */
export class TestClient {
    app;
    cookies = new Map();
    constructor(app) {
        this.app = app;
    }
    async request(method, url, body, headers = {}) {
        const csrf = this.cookies.get('kt_csrf');
        const res = await this.app.inject({
            method: method,
            url,
            headers: {
                ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
                ...(csrf ? { 'x-csrf-token': csrf } : {}),
                ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
                ...headers,
            },
            payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        for (const c of res.cookies) {
            if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
                this.cookies.delete(c.name);
            else
                this.cookies.set(c.name, c.value);
        }
        let parsed = res.body;
        try {
            parsed = res.body ? JSON.parse(res.body) : null;
        }
        catch {
            // Non-JSON answers (HTML, docs) stay text.
        }
        return { status: res.statusCode, body: parsed, headers: res.headers };
    }
    get(url, headers) { return this.request('GET', url, undefined, headers); }
    post(url, body = {}, headers) { return this.request('POST', url, body, headers); }
    patch(url, body, headers) { return this.request('PATCH', url, body, headers); }
    delete(url, headers) { return this.request('DELETE', url, undefined, headers); }
    cookie(name) { return this.cookies.get(name); }
}
const servers = new Map();
/**
 * An in-process server on a migrated database of the dialect, shared by the tests of one file
 * (tests isolate themselves by workspace) and closed after the file.
 */
export function testServer(dialect, env = {}) {
    const key = `${dialect}:${JSON.stringify(env)}`;
    let server = servers.get(key);
    if (!server) {
        server = (async () => {
            const handle = await testDatabase(dialect);
            const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000', ...env });
            const app = await buildApp({ db: handle.db, dialect, config, logger: false });
            await app.ready();
            return {
                app, handle, config,
                build: factories(handle.db),
                client: () => new TestClient(app),
                async as(user) {
                    const client = new TestClient(app);
                    const res = await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
                    if (res.status !== 200)
                        throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
                    return client;
                },
            };
        })();
        servers.set(key, server);
    }
    return server;
}
afterAll(async () => {
    for (const server of servers.values()) {
        const s = await server;
        await s.app.close();
        await s.handle.close();
    }
    servers.clear();
});
//# sourceMappingURL=server.js.map