import path from 'node:path';

/** Every setting Kartoteka reads from the environment; README's configuration table mirrors this. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: embedded SQLite at `${dataDir}/kartoteka.db`. */
  databaseUrl: string | null;
  logLevel: string;
  /** Public base URL used in links inside emails. */
  publicUrl: string;
  sessionTtlDays: number;
  /** Send the session cookie with `Secure` (set when served over HTTPS). */
  cookieSecure: boolean;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy); IP allowlists depend on it. */
  trustProxy: boolean;
  /** Accept OpenID providers at plain-HTTP issuer URLs (tests, a lab Keycloak); never in production. */
  oidcAllowHttp: boolean;
  bodyLimitBytes: number;
  /** Largest attachment upload; streamed to `${dataDir}/files`, never held in memory. */
  attachmentMaxBytes: number;
  /** Largest import upload (IMPORT_MAX_BYTES); streamed to the file store and read as a stream. */
  importMaxBytes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Auth route requests per minute per IP. */
  authRateLimit: number;
  smtpUrl: string | null;
  mailFrom: string;
  /** Run the job worker and outbox dispatcher in this process. */
  runWorkers: boolean;
  /** How often the escalation rule looks for requests that came due. */
  escalationScanSeconds: number;
  demo: boolean;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env, 'PORT', 3000);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    logLevel: env.KARTOTEKA_LOG_LEVEL || env.LOG_LEVEL || 'info',
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30),
    cookieSecure: bool(env, 'COOKIE_SECURE', false),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    oidcAllowHttp: bool(env, 'OIDC_ALLOW_HTTP', false),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    attachmentMaxBytes: int(env, 'ATTACHMENT_MAX_BYTES', 25 * 1024 * 1024),
    importMaxBytes: int(env, 'IMPORT_MAX_BYTES', 1024 * 1024 * 1024),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15),
    authRateLimit: int(env, 'AUTH_RATE_LIMIT', 30),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Kartoteka <no-reply@localhost>',
    runWorkers: bool(env, 'RUN_WORKERS', true),
    escalationScanSeconds: Math.max(1, int(env, 'ESCALATION_SCAN_SECONDS', 60)),
    demo: bool(env, 'KARTOTEKA_DEMO', false),
  };
}
