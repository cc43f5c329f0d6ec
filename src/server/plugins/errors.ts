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
  const fields: FieldErrors = {};
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
  409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited', 503: 'unavailable',
};

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, fields?: FieldErrors, details?: Record<string, unknown>) {
  return reply.status(STATUS_BY_CODE[code]).send({ error: { code, message, fields: fields ?? {}, ...details } });
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
