import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { webDistDir } from '../../platform/paths.js';
import { sendError } from './errors.js';

/**
 * Serves the single-page app from dist/web: hashed assets with long caching, and index.html for
 * every other GET that is not an API path, so client-side routes survive a reload.
 * Unknown API paths answer a JSON 404. The build writes `.br` and `.gz` twins of text assets;
 * a browser that accepts one gets it with `Content-Encoding` (and `Vary`, for caches in between).
 */
export async function registerWeb(app: FastifyInstance, dir = webDistDir()): Promise<void> {
  const index = path.join(dir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    // Vite puts content-hashed bundles under /assets: they never change, so cache them for a year.
    await app.register(fastifyStatic, {
      root: path.join(dir, 'assets'),
      prefix: '/assets/',
      index: false,
      immutable: true,
      maxAge: '365d',
      preCompressed: true,
      setHeaders: (res) => res.setHeader('Vary', 'Accept-Encoding'),
    });
    // Top-level files copied from web/public (favicon, robots.txt); index.html is the fallback below.
    const topLevel = new Set(fs.readdirSync(dir).filter((f) => f !== 'index.html' && fs.statSync(path.join(dir, f)).isFile()));
    app.get<{ Params: { file: string } }>('/:file', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
      if (!topLevel.has(req.params.file)) return reply.callNotFound();
      return reply.header('Cache-Control', 'public, max-age=3600').sendFile(req.params.file, dir);
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = decodedPath(request.url);
    const isApi = path.startsWith('/api/') || path === '/health' || path === '/ready';
    if (request.method === 'GET' && !isApi && hasWeb && request.headers.accept?.includes('text/html') !== false) {
      return reply.type('text/html').header('Cache-Control', 'no-cache').send(fs.createReadStream(index));
    }
    return sendError(reply, 'not_found', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`);
  });
}

/** The path as the router reads it (`/%61pi/x` is `/api/x`); a malformed escape stays as sent. */
function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}
