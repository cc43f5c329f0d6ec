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
  name_typo: 1024,
  name_initial: 2048,
  nickname: 4096,
  other_name: 8192,
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

/** The kinds of evidence that say the names are one (strongest first); a pair keeps only its strongest. */
export const NAME_EVIDENCE = ['name', 'name_typo', 'name_initial', 'nickname', 'sound'] as const satisfies readonly Evidence[];

// Strength of each name evidence alone, and with context (same company, birthday or website domain).
const NAME_STRENGTH: Record<(typeof NAME_EVIDENCE)[number], [alone: number, withContext: number]> = {
  name: [40, 75], name_typo: [35, 72], name_initial: [30, 70], nickname: [30, 70], sound: [25, 70],
};

/**
 * A pair's score, 0..99: its strongest evidence, plus 3 for each further kind. A name alone is
 * weak (40; a typo 35, an initial or pet form 30, a sound-alike 25); with the same company, birthday
 * or website domain it is strong (70..80). A shared switchboard or mailbox counts 20, never a match
 * by itself; a shared phone or email of two people whose names differ (`other_name`) counts 60 at most.
 */
export function scoreEvidence(bits: number): number {
  const has = (k: Evidence) => (bits & EVIDENCE[k]) !== 0;
  const context = has('company') || has('birthday') || has('domain');
  const strengths: number[] = [];
  if (has('tax_id')) strengths.push(95);
  if (has('phone')) strengths.push(90);
  if (has('email')) strengths.push(90);
  if (has('domain')) strengths.push(60);
  for (const k of NAME_EVIDENCE) if (has(k)) strengths.push(k === 'name' && has('birthday') ? 80 : NAME_STRENGTH[k][context ? 1 : 0]);
  if (has('shared_phone')) strengths.push(20);
  if (has('shared_email')) strengths.push(20);
  if (strengths.length === 0) return 0;
  const extra = evidenceKinds(bits).filter((k) => k !== 'company' && k !== 'birthday' && k !== 'other_name').length - 1;
  const score = Math.min(99, Math.max(...strengths) + 3 * Math.max(0, extra));
  // Two people at one address or number: strong evidence of a household or a desk, not of one person.
  return has('other_name') && !has('tax_id') ? Math.min(score, 60) : score;
}

/** Scores at or above this are listed as duplicates; weaker pairs are kept only as evidence. */
export const LIST_THRESHOLD = 40;

/** Scores at or above this are "likely the same record": a name with context, or a shared phone, email or tax id. */
export const LIKELY_THRESHOLD = 70;
