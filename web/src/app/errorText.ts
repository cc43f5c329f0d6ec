import type { TFunction } from 'i18next';
import { isApiError } from './api';

/** The translated message for a field error code, e.g. `too_short` with the minimum length when known. */
export function fieldErrorText(t: TFunction, code: string, options: { min?: number } = {}): string {
  if (code === 'too_short' && options.min) return t('errors.field.too_short_min', { count: options.min });
  const key = `errors.field.${code}`;
  return t(key, { defaultValue: t('errors.field.invalid') });
}

/**
 * The translated message for an error that is not tied to one field. A refusal about the record
 * as a whole (`fields._`, e.g. `not_empty`) says why rather than only "conflict".
 */
export function apiErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.api.unknown');
  if (error.status >= 500) return t('errors.api.internal');
  const whole = error.fields._;
  if (whole) {
    const text = t(`errors.record.${whole}`, { defaultValue: '' });
    if (text) return text;
  }
  return t(`errors.api.${error.code}`, { defaultValue: t('errors.api.unknown') });
}
