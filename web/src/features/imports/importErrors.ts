import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';

const KNOWN = ['unsupported_file', 'encrypted_file', 'invalid_xlsx', 'empty_file', 'too_large', 'duplicate_target'];

/** What went wrong with an upload or a mapping, in words; the generic text for the rest. */
export function importErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 413) return t('imports.errors.too_large');
    const code = [error.code, ...Object.values(error.fields)].find((c) => KNOWN.includes(c));
    if (code) return t(`imports.errors.${code}`);
    if (error.status === 409) return t('imports.errors.stale');
  }
  return apiErrorText(t, error);
}
