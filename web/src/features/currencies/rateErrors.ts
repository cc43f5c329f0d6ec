import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../app/errorText';

/** The words for a rate field's error code: the feature's own codes first, then the app's. */
export function rateFieldText(t: TFunction, code: string): string {
  return t(`currencies.errors.${code}`, { defaultValue: fieldErrorText(t, code) });
}

/** All currency codes the browser knows, for the currency picker. */
export function currencyOptions(except: string): Array<{ value: string; label: string }> {
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP', 'RUB', 'BGN', 'CNY', 'JPY', 'CHF'];
  return codes.filter((code) => code !== except).map((code) => ({ value: code, label: code }));
}
