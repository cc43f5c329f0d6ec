import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { channelGate } from '../../platform/live/live-channels.js';
import type { LiveMessage } from '../../platform/live/live-hub.js';

/** A comment line every so often keeps proxies and the browser from dropping a quiet stream. */
const HEARTBEAT_MS = 15_000;
/** Streams end after this long; the browser reconnects at once, and signing in again is checked then. */
const MAX_STREAM_MS = 10 * 60_000;

const liveQuery = z.strictObject({
  /** `pipeline:<id>`: a pipeline's board. */
  channel: z.string().min(3, 'too_short').max(200, 'too_long'),
});

/** One server-sent event: `change` with the message (ids only), or `resync` when messages may have been missed. */
function writeEvent(res: ServerResponse, id: number, message: LiveMessage): void {
  res.write(`id: ${id}\nevent: ${message.type === 'resync' ? 'resync' : 'change'}\ndata: ${JSON.stringify(message)}\n\n`);
}

/**
 * `GET /api/v1/live?channel=…`: a server-sent-events stream of a channel's messages (what changed,
 * by id), for the session or a token that may listen to it.
 */
export function liveRoutes(app: FastifyInstance, { db, live }: AppDeps): void {
  if (!live) return;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = new Set<ServerResponse>();
  // Open streams would hold the server open on close: end them first.
  app.addHook('preClose', (done) => {
    for (const res of open) res.end();
    done();
  });

  r.get('/api/v1/live', {
    schema: {
      tags: ['live'],
      summary: 'Server-sent events of a channel (`pipeline:<id>`): `change` events name what changed by id only; refetch what you may see',
      querystring: liveQuery,
      response: { 200: z.string().describe('text/event-stream: `event: change` / `event: resync` with JSON `{ type, ids }`, and `: ping` heartbeats') },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const found = channelGate(request.query.channel);
    if (!found || !(await found.gate(db, actor, found.name))) throw new AppError('not_found', 'There is no such channel');
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    res.write('retry: 2000\n\n');
    let n = 0;
    const unsubscribe = live.subscribe(actor.workspaceId, request.query.channel, (message) => writeEvent(res, ++n, message));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const expiry = setTimeout(() => res.end(), MAX_STREAM_MS);
    open.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
      open.delete(res);
    });
  });
}
