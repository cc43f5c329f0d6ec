/**
 * The one error type of Kartoteka. Services throw it with a string code; the HTTP layer maps the
 * code to a status through STATUS_BY_CODE and answers `{ error: { code, message, fields } }`.
 */
export const STATUS_BY_CODE = {
  validation_failed: 400,
  bad_request: 400,
  weak_password: 400,
  would_lock_you_out: 400,
  unauthenticated: 401,
  two_factor_required: 401,
  csrf_failed: 403,
  forbidden: 403,
  field_read_only: 403,
  field_hidden: 403,
  two_factor_setup_required: 403,
  account_blocked: 403,
  ip_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  idempotency_in_progress: 409,
  already_set_up: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  account_locked: 423,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  secret_key_mismatch: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** Field path (e.g. `admin.email`) → short machine code (`required`, `invalid_email`, ...). */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Extra payload for the client, e.g. the current record on a version conflict. */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, fields?: FieldErrors, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.details = details;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
