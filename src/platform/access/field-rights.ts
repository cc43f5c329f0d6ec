import type { Actor } from './actor.js';

/**
 * Field-level rights (decision 0027): per role, record type and field, how the field shows.
 * `visible` is the default and is never stored; `masked` shows a mask (`+7 912 ***-**-89`,
 * `i***@example.com`) and cannot be exported, copied or changed; `read_only` shows the value but
 * refuses changes; `hidden` leaves the field out of every answer and refuses filtering, sorting and
 * searching on it.
 */
export const FIELD_RIGHTS = ['visible', 'masked', 'read_only', 'hidden'] as const;
export type FieldRight = (typeof FIELD_RIGHTS)[number];

/** Stored rights: entity type → field name (`phones`, `custom.<key>`) → a right other than `visible`. */
export type FieldRights = Record<string, Record<string, Exclude<FieldRight, 'visible'>>>;

/** The right of one field for the actor; the system and a real administrator see everything. */
export function fieldRightOf(actor: Actor, entityType: string, field: string): FieldRight {
  if (actor.kind === 'system') return 'visible';
  const rights = actor.fieldRights;
  if (!rights || !Object.hasOwn(rights, entityType)) return 'visible';
  const ofType = rights[entityType]!;
  return Object.hasOwn(ofType, field) ? ofType[field]! : 'visible';
}

/** Whether the actor has any right other than `visible` on the type (the fast path of every redaction). */
export function hasFieldRights(actor: Actor, entityType: string): boolean {
  if (actor.kind === 'system' || !actor.fieldRights || !Object.hasOwn(actor.fieldRights, entityType)) return false;
  return Object.keys(actor.fieldRights[entityType]!).length > 0;
}

/**
 * A phone as a mask: the first four digits (country code and the start of the number) and the last
 * two stay, the others become `*`; separators stay where they were. `+7 912 345-67-89` →
 * `+7 912 ***-**-89`.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= 4 || seen > digits - 2 ? d : '*';
  });
}

/** An email as a mask: its first letter and its domain. `ivan@example.com` → `i***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskText(email);
  return `${email[0]}***${email.slice(at)}`;
}

/** Any other text as a mask: its first character. */
export function maskText(text: string): string {
  return text === '' ? '' : `${[...text][0]}***`;
}
