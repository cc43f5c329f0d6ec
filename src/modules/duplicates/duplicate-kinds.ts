/** The two record types duplicates are looked for in, and what the duplicate code needs of each. */
export type DuplicateEntity = 'contact' | 'company';

export interface DuplicateKind {
  entityType: DuplicateEntity;
  table: 'contacts' | 'companies';
  module: 'contacts' | 'companies';
  /** The column a record is called by (display name, company name). */
  titleColumn: string;
  /** The column shown under it (position, tax id). */
  subtitleColumn: string;
}

export const CONTACT_KIND: DuplicateKind = { entityType: 'contact', table: 'contacts', module: 'contacts', titleColumn: 'display_name', subtitleColumn: 'position' };
export const COMPANY_KIND: DuplicateKind = { entityType: 'company', table: 'companies', module: 'companies', titleColumn: 'name', subtitleColumn: 'tax_id' };

export function duplicateKind(entity: DuplicateEntity): DuplicateKind {
  return entity === 'contact' ? CONTACT_KIND : COMPANY_KIND;
}

/** Why two records look like one: the same phone, email, tax id, or name. */
export type Reason = 'phone' | 'email' | 'tax_id' | 'name';

/** How sure each reason makes us, 0..100; a pair scores its strongest reason. */
export const REASON_SCORE = { tax_id: 95, phone: 90, email: 90, nameInCompany: 70, name: 40 } as const;

/** The score of a set of reasons: the strongest one. `nameInCompany` when the shared name is at a shared company. */
export function scoreOf(reasons: ReadonlySet<Reason>, nameInCompany: boolean): number {
  let score = 0;
  if (reasons.has('tax_id')) score = Math.max(score, REASON_SCORE.tax_id);
  if (reasons.has('phone')) score = Math.max(score, REASON_SCORE.phone);
  if (reasons.has('email')) score = Math.max(score, REASON_SCORE.email);
  if (reasons.has('name')) score = Math.max(score, nameInCompany ? REASON_SCORE.nameInCompany : REASON_SCORE.name);
  return score;
}

/** Reasons in a fixed order, for stable answers. */
export function orderedReasons(reasons: ReadonlySet<Reason>): Reason[] {
  return (['tax_id', 'phone', 'email', 'name'] as const).filter((r) => reasons.has(r));
}
