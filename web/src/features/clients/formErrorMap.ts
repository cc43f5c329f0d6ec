import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../app/errorText';

/** A field error's text: the client base's own wording first (`invalid_phone`...), then the app's. */
export function clientFieldErrorText(t: TFunction, code: string): string {
  return t(`clients.errors.${code}`, { defaultValue: fieldErrorText(t, code) });
}

/** `phones.2.value` from the API (counting only sent rows) → `phones.4.value` in the form. */
export function remapIndexes(path: string, sent: Record<string, number[]>): string {
  const [list, index, ...rest] = path.split('.');
  const rows = list ? sent[list] : undefined;
  if (!rows || index === undefined || !/^\d+$/.test(index)) return path;
  const formIndex = rows[Number(index)];
  return formIndex === undefined ? path : [list, String(formIndex), ...rest].join('.');
}
