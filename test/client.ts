import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { checkDocumentedStatus, ROUTE_HEADER } from './documented-statuses.js';

export interface TestResponse {
  status: number;
  body: any;
  headers: LightMyRequestResponse['headers'];
}

/** A client that keeps cookies and sends the CSRF header like the web app does. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    const csrf = this.cookies.get('kt_csrf');
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // Every answer of the suite is held to the OpenAPI document: an undocumented status fails the test.
    const undocumented = checkDocumentedStatus(this.app, method, res.headers[ROUTE_HEADER] as string | undefined, res.statusCode);
    if (undocumented) throw new Error(`${undocumented}; body: ${res.body.slice(0, 300)}`);
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      // Non-JSON answers (HTML, docs) stay text.
    }
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }

  get(url: string, headers?: Record<string, string>) { return this.request('GET', url, undefined, headers); }
  post(url: string, body: unknown = {}, headers?: Record<string, string>) { return this.request('POST', url, body, headers); }
  patch(url: string, body: unknown, headers?: Record<string, string>) { return this.request('PATCH', url, body, headers); }
  put(url: string, body: unknown, headers?: Record<string, string>) { return this.request('PUT', url, body, headers); }
  delete(url: string, headers?: Record<string, string>) { return this.request('DELETE', url, undefined, headers); }
  cookie(name: string) { return this.cookies.get(name); }
}

