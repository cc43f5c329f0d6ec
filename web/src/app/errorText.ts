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

/**
 * Splits an API error into messages for the form's own fields and one for the rest.
 * `fields` maps the API's field path to the form's field name (usually the same).
 */
export function formErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; form: string | null } {
  if (!isApiError(error)) return { fields: {}, form: apiErrorText(t, error) };
  const out: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const [path, code] of Object.entries(error.fields)) {
    if ((fields as readonly string[]).includes(path)) out[path as F] = fieldErrorText(t, code);
    else rest.push(path);
  }
  const shown = Object.keys(out).length > 0;
  return { fields: out, form: shown && rest.length === 0 ? null : apiErrorText(t, error) };
}
