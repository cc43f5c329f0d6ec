/** Field path (e.g. `admin.email`) to a short machine code (e.g. `invalid_email`). */
export type FieldErrors = Record<string, string>;

/** An error answered by the API (or a network failure, with status 0 and code `network`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfter: number | null = null,
    /** Other members of the error body, e.g. `minutes` on `account_locked`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; fields?: FieldErrors } };
    const { code, message, fields, ...details } = body.error ?? {};
    return new ApiError(response.status, code ?? 'internal', message ?? response.statusText, fields ?? {}, retryAfter, details);
  } catch {
    return new ApiError(response.status, response.status >= 500 ? 'internal' : 'bad_request', response.statusText, {}, retryAfter);
  }
}

/**
 * Calls the Kartoteka API: JSON in and out, the CSRF header on unsafe methods.
 * @throws ApiError for any non-2xx answer, or with code `network` when the server cannot be reached.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const upper = method.toUpperCase();
  if (UNSAFE_METHODS.has(upper)) {
    const csrf = readCookie('kt_csrf');
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  const hasBody = body !== undefined || UNSAFE_METHODS.has(upper);
  if (hasBody) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: upper,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
