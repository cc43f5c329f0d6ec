import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { pino } from 'pino';
import { newId } from '../platform/ids.js';
import { LiveHub } from '../platform/live/live-hub.js';
import { AppError } from '../platform/errors.js';
import type { AppDeps } from '../platform/http/deps.js';
import { clientErrorHandler, frameworkErrorHandler, MAX_PARAM_LENGTH, registerErrorHandling } from './plugins/errors.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerAuth } from './plugins/auth.js';
import { registerIdempotency } from './plugins/idempotency.js';
import { databaseRateLimitStore } from './plugins/rate-limit-store.js';
import { registerHealth } from './plugins/health.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerWeb } from './plugins/web.js';
import { registerModuleRoutes } from '../modules/index.js';
import { configureSecretKey } from '../platform/secrets/secret-box.js';

/**
 * Request line plus headers (Node's default is 16 KiB). A 20,000-character `filter` of three-byte
 * characters is 180,000 bytes percent-encoded; the list's other parameters fit in the rest.
 */
export const MAX_HEADER_BYTES = 256 * 1024;

export interface BuildAppOptions extends AppDeps {
  logger?: Logger | false;
}

/** Assembles the HTTP server: plugins, API routes, OpenAPI, health and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  configureSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir, sharedDatabase: options.dialect === 'postgres' });
  const app = Fastify({
    loggerInstance: options.logger || undefined,
    logger: options.logger === false ? false : undefined,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
    // Validation errors are collected per field rather than failing on the first.
    ajv: { customOptions: { allErrors: true } },
    // Prototype keys in a JSON body are kept as data so the input guard refuses them by name.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    // Room for the documented 20,000-character `filter` even when every character is percent-encoded.
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Only JSON bodies: a form post from another site cannot reach the API without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Over plain HTTP on a LAN (http://crm:3000) this directive would make browsers fetch the
        // app's own scripts over https and show a blank page; only ask for it behind TLS.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // Counters in the database: every process on one PostgreSQL shares each limit.
    store: databaseRateLimitStore(options.db),
    errorResponseBuilder: (_req, ctx) => new AppError('rate_limited', `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`),
  });
  await registerOpenApi(app);
  registerAuth(app, options.db, config);
  registerIdempotency(app, options.db);
  registerHealth(app, options.db);

  // Without a hub from the caller (tests, one process), live messages stay in this process.
  const live = options.live ?? new LiveHub({ db: options.db, dialect: options.dialect, logger: options.logger || pino({ enabled: false }) });
  await app.register(async (api) => registerModuleRoutes(api, { ...options, live }));
  await registerWeb(app);
  return app;
}
