import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';

export interface SignInErrors {
  email?: string;
  password?: string;
  /** A message for the whole form: locked account, too many requests, server down. */
  form?: string;
}

/** How long the lock lasts: the server's `minutes`, else `lockedUntil` or `Retry-After`; 0 when unknown. */
function lockMinutes(error: ApiError): number {
  const { minutes, lockedUntil } = error.details;
  if (typeof minutes === 'number' && minutes > 0) return Math.ceil(minutes);
  const until = typeof lockedUntil === 'string' ? Date.parse(lockedUntil) : Number.NaN;
  if (!Number.isNaN(until)) return Math.max(1, Math.ceil((until - Date.now()) / 60_000));
  return error.retryAfter ? Math.ceil(error.retryAfter / 60) : 0;
}

/** Turns a failed sign-in into messages placed where the user looks. */
export function signInErrors(t: TFunction, error: unknown): SignInErrors {
  if (!isApiError(error)) return { form: apiErrorText(t, error) };
  if (error.code === 'account_locked') {
    const minutes = lockMinutes(error);
    return { form: minutes > 0 ? t('auth.signIn.lockedMinutes', { count: minutes }) : t('auth.signIn.locked') };
  }
  if (error.code === 'rate_limited') return { form: t('auth.signIn.rateLimited') };
  if (error.code === 'account_blocked') return { form: t('auth.signIn.blocked') };
  if (error.status === 401) return { password: t('auth.signIn.wrongCredentials') };
  const fields = error.fields;
  if (Object.keys(fields).length > 0) {
    return {
      email: fields.email ? fieldErrorText(t, fields.email) : undefined,
      password: fields.password ? fieldErrorText(t, fields.password) : undefined,
    };
  }
  return { form: apiErrorText(t, error) };
}

/** A failed sign-in's errors by field, as codes: wrong credentials are shown under the password. */
export function signInFieldCodes(error: ApiError): Record<string, string> {
  if (['account_locked', 'rate_limited', 'account_blocked'].includes(error.code)) return {};
  if (error.status === 401) return { password: 'wrong_credentials' };
  return error.fields;
}

/** The message for a sign-in field's code. */
export function signInFieldText(t: TFunction, code: string): string {
  return code === 'wrong_credentials' ? t('auth.signIn.wrongCredentials') : fieldErrorText(t, code);
}
