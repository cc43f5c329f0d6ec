import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.js';
import type { AuthSettings, IssuedSession } from './auth.service.js';

export const SESSION_COOKIE = 'kt_session';
export const CSRF_COOKIE = 'kt_csrf';

/** The session rules of the configuration. */
export function authSettings(config: Config): AuthSettings {
  return { sessionTtlDays: config.sessionTtlDays, loginMaxFailures: config.loginMaxFailures, loginLockMinutes: config.loginLockMinutes };
}

/** Sets the session cookie (HTTP-only) and the CSRF cookie the web app echoes back. */
export function setSessionCookies(reply: FastifyReply, config: Config, session: IssuedSession): void {
  const expires = new Date(session.expiresAt);
  const base = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  // Readable by the web app, which echoes it in X-CSRF-Token (double submit bound to the session).
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

/** Signs the browser out. */
export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
