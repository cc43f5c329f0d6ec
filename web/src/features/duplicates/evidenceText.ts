import type { TFunction } from 'i18next';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { formatShortDate } from '../../i18n/format';
import type { EvidenceDetail } from './duplicates.api';

/**
 * The kinds of evidence this app has words for, strongest first (the order filters offer them in).
 * The server may send others (its matcher grows); those read as the generic "another sign".
 */
export const KNOWN_EVIDENCE = ['tax_id', 'phone', 'email', 'name', 'name_typo', 'name_initial', 'nickname', 'sound', 'domain', 'company', 'birthday', 'shared_phone', 'shared_email'] as const;
const KNOWN = new Set<string>(KNOWN_EVIDENCE);

// Kinds whose value means something to a person; a name key, sound key or company id does not.
const SHOWN_VALUE = new Set(['phone', 'email', 'tax_id', 'domain', 'birthday', 'shared_phone', 'shared_email', 'nickname']);

/** Whether the app has its own words for a kind of evidence. */
export function isKnownEvidence(kind: string): boolean {
  return KNOWN.has(kind);
}

/** A stored phone (digits of E.164, with or without "+") as people write it: `+359 88 712 3456`. */
export function formatPhoneValue(value: string): string {
  const digits = value.replace(/[^\d]/g, '');
  if (digits === '') return value;
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}

function shownValue(kind: string, value: string): string {
  if (kind === 'phone' || kind === 'shared_phone') return formatPhoneValue(value);
  // A calendar date: formatted at noon UTC so that no time zone moves it to another day.
  if (kind === 'birthday' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatShortDate(`${value}T12:00:00Z`, 'UTC');
  return value;
}

/**
 * One piece of evidence in the user's language: "Same phone +359 88 712 3456", "Same company".
 * An unknown kind gets the server's own wording when it sent one (in the user's language), else a
 * generic text, never its code.
 */
export function evidenceText(t: TFunction, detail: EvidenceDetail, entity?: string): string {
  if (!isKnownEvidence(detail.kind)) return detail.text?.trim() || t('duplicates.evidence.other');
  if (detail.value && SHOWN_VALUE.has(detail.kind)) {
    return t(`duplicates.evidence.${detail.kind}_value`, { value: shownValue(detail.kind, detail.value) });
  }
  // A company's name matches with its legal form and quotes left out; a person's across spellings.
  const general = t(`duplicates.evidence.${detail.kind}`);
  return entity ? t(`duplicates.evidence.${detail.kind}_${entity}`, { defaultValue: general }) : general;
}

/** A short name for a kind, for the filter ("Phone", "Email"); unknown kinds are not offered. */
export function evidenceLabel(t: TFunction, kind: string): string {
  return isKnownEvidence(kind) ? t(`duplicates.evidenceKinds.${kind}`) : t('duplicates.evidence.other');
}

/**
 * The evidence of a pair to show: each detail once, plus kinds named in `evidence` that came without
 * a detail; unknown kinds the server words itself stay, the others collapse into one generic line.
 */
export function pairEvidence(evidence: readonly string[], details: readonly EvidenceDetail[]): EvidenceDetail[] {
  const out: EvidenceDetail[] = [];
  const seen = new Set<string>();
  let other = false;
  const add = (detail: EvidenceDetail) => {
    if (!isKnownEvidence(detail.kind) && !detail.text) {
      if (!other) out.push({ kind: detail.kind });
      other = true;
      return;
    }
    const key = `${detail.kind}\u0000${detail.value ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(detail);
  };
  details.forEach(add);
  for (const kind of evidence) if (!out.some((d) => d.kind === kind) && !(other && !isKnownEvidence(kind))) add({ kind });
  const rank = (kind: string) => (isKnownEvidence(kind) ? KNOWN_EVIDENCE.indexOf(kind as (typeof KNOWN_EVIDENCE)[number]) : KNOWN_EVIDENCE.length);
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}
