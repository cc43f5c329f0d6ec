import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

/** The parts of test/server.ts's server and client these helpers use (src must not import test/). */
interface Server { app: FastifyInstance }
interface Client { cookie(name: string): string | undefined }

/**
 * Raw-body requests for the attachment tests: the shared test client sends JSON only. Signs the
 * request with the client's session and CSRF cookies like the web app does.
 */
function signed(client: Client, headers: Record<string, string> = {}): Record<string, string> {
  const session = client.cookie('kt_session');
  const csrf = client.cookie('kt_csrf');
  return { cookie: `kt_session=${session}; kt_csrf=${csrf}`, 'x-csrf-token': csrf ?? '', ...headers };
}

export async function upload(server: Server, client: Client, query: Record<string, string>, body: Buffer | Readable | undefined, contentType?: string) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?${new URLSearchParams(query)}`,
    headers: signed(client, contentType ? { 'content-type': contentType } : {}),
    payload: body,
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

export async function download(server: Server, client: Client, id: string, inline = false) {
  const res = await server.app.inject({ method: 'GET', url: `/api/v1/attachments/${id}/download${inline ? '?inline=1' : ''}`, headers: signed(client) });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers };
}

/** The UTF-8 name of an RFC 5987 `filename*` parameter. */
export function utf8FileName(disposition: string | undefined): string | undefined {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}
