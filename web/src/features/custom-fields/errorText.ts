import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../app/errorText';

/** A custom field error code's text: this feature's wording (`invalid_money`...) first, then the app's. */
export function customFieldErrorText(t: TFunction, code: string): string {
  return t(`customFields.errors.${code}`, { defaultValue: fieldErrorText(t, code) });
}
