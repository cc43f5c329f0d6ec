import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';

/** Why a merge was refused, in words that say what to do next. */
export function mergeErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return apiErrorText(t, error);
  if (error.code === 'not_found') return t('merge.errors.notFound');
  if (error.code === 'conflict') return t('merge.errors.conflict');
  if (error.code === 'forbidden') return t('merge.errors.forbidden');
  if (error.code === 'validation_failed') {
    const codes = Object.values(error.fields);
    if (codes.includes('self')) return t('merge.errors.self');
    if (codes.length > 0) return t('merge.errors.invalid');
  }
  return apiErrorText(t, error);
}

/** Why an undo was refused: most often the kept record was edited after the merge. */
export function undoErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return apiErrorText(t, error);
  if (error.code === 'conflict') return t('merge.errors.changedSince');
  if (error.code === 'forbidden') return t('merge.errors.undoForbidden');
  if (error.code === 'not_found') return t('merge.errors.undoNotFound');
  return apiErrorText(t, error);
}
