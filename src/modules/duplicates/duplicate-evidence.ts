/**
 * The kinds of evidence that two records are one, how strong each is, and how a pair's evidence
 * becomes its score. Stored as a bit set (`duplicate_pairs.evidence`), so filters and "new
 * evidence since it was dismissed" are bit tests in SQL.
 */
export const EVIDENCE = {
  phone: 1,
  email: 2,
  tax_id: 4,
  name: 8,
  sound: 16,
  domain: 32,
  company: 64,
  birthday: 128,
  shared_phone: 256,
  shared_email: 512,
} as const;
export type Evidence = keyof typeof EVIDENCE;
export const EVIDENCE_KINDS = Object.keys(EVIDENCE) as Evidence[];

/** One value values two records share: what the explanation shows ("same phone +359 887 123 456"). */
export interface EvidenceDetail {
  kind: Evidence;
  value?: string;
}

// A value held by more records than this is a switchboard or shared mailbox: weak evidence, no match.
export const SHARED_LIMIT = 5;

// Local parts of mailboxes a whole company shares.
const GENERIC_MAILBOXES = new Set([
  'info', 'office', 'sales', 'admin', 'contact', 'contacts', 'hello', 'support', 'mail', 'post', 'reception', 'secretary',
  'team', 'orders', 'order', 'zakaz', 'buh', 'accounting', 'hr', 'marketing', 'noreply', 'no-reply', 'welcome', 'kontakt', 'ofis',
]);

/** Whether an address is a mailbox of a company rather than of a person (`info@`, `office@`, `sales@`...). */
export function isGenericMailbox(email: string): boolean {
  return GENERIC_MAILBOXES.has(email.split('@')[0] ?? '');
}

/** Bits of a set of evidence kinds. */
export function evidenceBits(kinds: Iterable<Evidence>): number {
  let bits = 0;
  for (const k of kinds) bits |= EVIDENCE[k];
  return bits;
}

/** The kinds in a bit set, in the fixed order of {@link EVIDENCE}. */
export function evidenceKinds(bits: number): Evidence[] {
  return EVIDENCE_KINDS.filter((k) => (bits & EVIDENCE[k]) !== 0);
}

/**
 * A pair's score, 0..99: its strongest evidence, plus 3 for each further kind. A name alone is
 * weak (40; a sound-alike name 25); with the same company or birthday it is strong (75 / 80);
 * a shared switchboard or mailbox counts 20, never a match by itself.
 */
export function scoreEvidence(bits: number): number {
  const has = (k: Evidence) => (bits & EVIDENCE[k]) !== 0;
  const context = has('company') || has('birthday');
  const strengths: number[] = [];
  if (has('tax_id')) strengths.push(95);
  if (has('phone')) strengths.push(90);
  if (has('email')) strengths.push(90);
  if (has('domain')) strengths.push(60);
  if (has('name')) strengths.push(has('birthday') ? 80 : context ? 75 : 40);
  if (has('sound')) strengths.push(context ? 60 : 25);
  if (has('shared_phone')) strengths.push(20);
  if (has('shared_email')) strengths.push(20);
  if (strengths.length === 0) return 0;
  const extra = evidenceKinds(bits).filter((k) => k !== 'company' && k !== 'birthday').length - 1;
  return Math.min(99, Math.max(...strengths) + 3 * Math.max(0, extra));
}

/** Scores at or above this are listed as duplicates; weaker pairs are kept only as evidence. */
export const LIST_THRESHOLD = 40;
