import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, STATUS_BY_CODE, type ErrorCode, type FieldErrors } from '../../platform/errors.js';

/** A zod issue (as fastify-type-provider-zod passes it) → our short field code. */
function fieldCode(keyword: string, params: Record<string, unknown>, message: string): string {
  if (keyword === 'invalid_type') return /received undefined/.test(message) ? 'required' : 'invalid_type';
  if (keyword === 'too_small') return params.origin === 'string' && params.minimum === 1 ? 'required' : 'too_short';
  if (keyword === 'too_big') return 'too_long';
  if (keyword === 'invalid_format') return params.format === 'email' ? 'invalid_email' : 'invalid_format';
  if (keyword === 'invalid_value') return 'invalid_option';
  // Custom refinements carry their code as the message (`invalid_time_zone`).
  if (/^[a-z_]+$/.test(message)) return message;
  return 'invalid';
}

function validationFields(error: FastifyError): FieldErrors {
  // No prototype: a field named `__proto__` is reported like any other instead of vanishing.
  const fields = Object.create(null) as FieldErrors;
  for (const issue of error.validation ?? []) {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      for (const key of params.keys) fields[base ? `${base}.${key}` : String(key)] = 'unknown_field';
      continue;
    }
    // Zod reports its own message codes (`too_short`) on string checks; prefer them when they are codes.
    const code = /^[a-z_]+$/.test(issue.message ?? '') ? String(issue.message) : fieldCode(issue.keyword, params, issue.message ?? '');
    fields[base || '_'] ??= code;
  }
  return fields;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  408: 'request_timeout', 409: 'conflict', 413: 'payload_too_large', 414: 'uri_too_long', 415: 'unsupported_media_type',
  423: 'account_locked', 429: 'rate_limited', 431: 'headers_too_large', 503: 'unavailable',
};

/** The error body, the one shape every answer of 400 and above has. */
export function errorBody(code: ErrorCode, message: string, fields?: FieldErrors, details?: Record<string, unknown>) {
  return { error: { code, message, fields: fields ?? {}, ...details } };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, fields?: FieldErrors, details?: Record<string, unknown>) {
  return reply.status(STATUS_BY_CODE[code]).send(errorBody(code, message, fields, details));
}

/** One mapping from every failure to `{ error: { code, message, fields } }`; never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return sendError(reply, error.code, error.message, error.fields, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendError(reply, 'validation_failed', 'Some fields are missing or invalid', validationFields(error));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendError(reply, 'bad_request', 'The request body is not valid JSON');
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendError(reply, 'bad_request', 'The request body is empty; send a JSON object');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, CODE_BY_STATUS[status] ?? 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 'internal', `Something went wrong on our side (request ${request.id})`);
  });
}

/**
 * Errors the router raises before a route is found (`frameworkErrors`): a malformed URL (400) and
 * a path parameter over the router's length limit (414). Answered in the error shape, never
 * echoing the URL.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(reply, 'uri_too_long', `A path segment is longer than ${MAX_PARAM_LENGTH} characters`);
  }
  if (error.code === 'FST_ERR_BAD_URL') return sendError(reply, 'bad_request', 'The URL is malformed');
  return sendError(reply, 'bad_request', 'The request could not be routed');
}

/** The router's limit on one path parameter (ids are 36 characters). */
export const MAX_PARAM_LENGTH = 100;

const CLIENT_ERRORS: Record<string, [number, ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'The request line and headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'The request took too long to arrive'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'request_timeout', 'The request headers took too long to arrive'],
};

/**
 * Node's HTTP parser refusing a request (`clientError`): too large a request line or headers
 * (431), a timeout (408), anything malformed (400). The socket gets one answer in the error
 * shape, without echoing what was sent, and is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'bad_request' as ErrorCode, 'The request is malformed'];
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
