import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import type { PhoneCandidate } from './clientTypes';

export interface MappedErrors {
  /** Form path → message, for errors shown under an input. */
  fields: Record<string, string>;
  /** Form path → the API's code (the phone rows need to know `invalid_phone`). */
  codes: Record<string, string>;
  /** The message for whatever could not be put under an input. */
  form: string | null;
  /** Form path of a phone valid in several countries → its readings, to choose from. */
  phoneCandidates: Record<string, PhoneCandidate[]>;
}

/** The readings the API named for ambiguous phones (`error.phoneCandidates`), under the form's paths. */
function phoneCandidatesOf(details: Record<string, unknown>, remap: (path: string) => string): Record<string, PhoneCandidate[]> {
  const raw = details.phoneCandidates;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, PhoneCandidate[]> = {};
  for (const [path, list] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(list)) out[remap(path)] = list as PhoneCandidate[];
  }
  return out;
}

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

/**
 * Puts each API field error under the input that shows that path: the exact path, else its
 * `.value` child (`phones.0` → `phones.0.value`), else the nearest parent (`tags.3` → `tags`).
 */
export function mapApiErrors(t: TFunction, error: unknown, known: ReadonlySet<string>, remap: (path: string) => string = (p) => p): MappedErrors {
  if (!isApiError(error)) return { fields: {}, codes: {}, form: apiErrorText(t, error), phoneCandidates: {} };
  const phoneCandidates = phoneCandidatesOf(error.details, remap);
  const fields: Record<string, string> = {};
  const codes: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [rawPath, code] of Object.entries(error.fields)) {
    const path = remap(rawPath);
    let target: string | null = known.has(path) ? path : known.has(`${path}.value`) ? `${path}.value` : null;
    const parts = path.split('.');
    while (!target && parts.length > 1) {
      parts.pop();
      if (known.has(parts.join('.'))) target = parts.join('.');
    }
    if (target) {
      fields[target] ??= clientFieldErrorText(t, code);
      codes[target] ??= code;
    } else unplaced.push(`${rawPath}: ${clientFieldErrorText(t, code)}`);
  }
  const placed = Object.keys(fields).length > 0;
  if (unplaced.length === 0) return { fields, codes, form: placed ? null : apiErrorText(t, error), phoneCandidates };
  // A field this form has no input for: say which, rather than only "check the highlighted fields".
  return { fields, codes, form: `${apiErrorText(t, error)} ${unplaced.join('; ')}`, phoneCandidates };
}
