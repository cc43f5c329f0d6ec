import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { fieldErrorText } from '../../app/errorText';
import type { PhoneCandidate } from './clientTypes';

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

/** The readings the API named for ambiguous phones (`error.phoneCandidates`), under the form's paths. */
export function phoneCandidatesOf(error: unknown, remap: (path: string) => string = (p) => p): Record<string, PhoneCandidate[]> {
  if (!isApiError(error)) return {};
  const raw = error.details.phoneCandidates;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, PhoneCandidate[]> = {};
  for (const [path, list] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(list)) out[remap(path)] = list as PhoneCandidate[];
  }
  return out;
}
