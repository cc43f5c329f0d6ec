import { phoneSearchKeys } from '../phones/phones.js';
import { cyrillicToLatin, foldForSearch } from '../text/translit.js';
import { soundToken, type SearchPlan } from './search-plan.js';

/**
 * How well a found record matches a query, as a person ranks it (decision 0038): the exact surname
 * first, then a name that starts with the query, then a company's name, then a name that merely
 * contains it, a patronymic (middle name), a phone or an email (its domain), and other fields last.
 * The field that decided it comes back with where the query sits in it, for the highlight.
 */

/** A name field's part in the ranking. */
export type NameRole = 'surname' | 'given' | 'middle' | 'name' | 'company';

/** One name field of a found record (`field` as the API names it: `lastName`, `name`, ...). */
export interface NameField {
  field: string;
  value: string;
  role: NameRole;
}

/** What a hit is ranked on: its name fields, phones and emails. */
export interface RankSource {
  names: string[];
  phones: string[];
  emails: string[];
  fields?: NameField[];
}

export const TIER = { surname: 0, prefix: 1, company: 2, inside: 3, middle: 4, contact: 5, other: 6 } as const;

export interface RankedMatch {
  /** Lower ranks higher (see TIER). */
  tier: number;
  /** The field the query was found in (`lastName`, `email`, ...), or `other` (tax id, messenger, custom field). */
  field: string;
  /** That field's value, and where the query sits in it (`start` = `end` = 0 when not found as typed, e.g. through a transliteration). */
  text: string;
  start: number;
  end: number;
}

const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** A text in the spellings the index holds: folded, and its Latin spellings when Cyrillic. */
function spellingsOf(value: string): string[] {
  const folded = foldForSearch(value);
  return HAS_CYRILLIC.test(folded) ? [folded, cyrillicToLatin(folded, 'ru'), cyrillicToLatin(folded, 'bg')] : [folded];
}

type Fit = 'exact' | 'prefix' | 'inside' | null;

/** How one query word (its spellings) fits a field value: a whole word of it, the start of a word, or somewhere inside. */
function fit(forms: string[], value: string): Fit {
  const texts = spellingsOf(value);
  let best: Fit = null;
  for (const text of texts) {
    const words = text.split(/[\s\-'’]+/u);
    for (const form of forms) {
      if (form.startsWith('~')) continue;
      if (words.includes(form)) return 'exact';
      if (words.some((w) => w.startsWith(form))) best = 'prefix';
      else if (best === null && text.includes(form)) best = 'inside';
    }
  }
  return best;
}

function roleTier(role: NameRole, how: Exclude<Fit, null>): number {
  if (role === 'middle') return TIER.middle;
  if (role === 'company') return TIER.company;
  if (how === 'exact' && role === 'surname') return TIER.surname;
  if (how === 'exact' || how === 'prefix') return TIER.prefix;
  return TIER.inside;
}

/** Where `word` (as typed, folded) sits in `value`, ignoring case and ё; [0, 0] when it is not there as typed. */
function span(value: string, words: string[]): [number, number] {
  const light = value.toLowerCase().replace(/ё/gu, 'е');
  for (const word of words) {
    const at = word === '' ? -1 : light.indexOf(word);
    if (at >= 0 && light.length === value.length) return [at, at + word.length];
  }
  return [0, 0];
}

/** A word's spellings to compare with a field: as typed (folded) and the plan's forms for it. */
function wordForms(plan: SearchPlan): Array<{ typed: string; forms: string[] }> {
  const typed = plan.folded.split(' ');
  return plan.words.map((forms, i) => ({ typed: typed[i] ?? '', forms: [typed[i] ?? '', ...forms].filter((f) => f !== '') }));
}

/**
 * Ranks one found record for a plan. Every query word matched the record (the index said so); the
 * record ranks by its best-fitting word, and the field of that fit is the one shown.
 */
export function rankMatch(plan: SearchPlan, source: RankSource, defaultCountry: string): RankedMatch {
  const none: RankedMatch = { tier: TIER.other, field: 'other', text: '', start: 0, end: 0 };
  if (plan.whole.length > 0) {
    // A phone number typed: the phone holding it.
    const phone = source.phones.find((p) => phoneSearchKeys(p, defaultCountry).some((k) => plan.whole.some((w) => k.includes(w))));
    return phone ? { tier: TIER.contact, field: 'phone', text: phone, start: 0, end: phone.length } : none;
  }
  const fields: NameField[] = source.fields ?? source.names.filter((n) => n.trim() !== '').map((value) => ({ field: 'name', value, role: 'name' as const }));
  const words = plan.prefixOnly ? [{ typed: plan.folded, forms: plan.prefixes }] : wordForms(plan);
  let best: RankedMatch | null = null;
  for (const word of words) {
    for (const f of fields) {
      const how = plan.prefixOnly ? (spellingsOf(f.value).some((t) => t.split(' ').some((w) => word.forms.some((p) => w.startsWith(p)))) ? 'prefix' : null) : fit(word.forms, f.value);
      if (how === null) continue;
      const tier = roleTier(f.role, how);
      if (best === null || tier < best.tier) {
        const [start, end] = span(f.value, [word.typed]);
        best = { tier, field: f.field, text: f.value, start, end };
      }
    }
  }
  if (best) return best;
  const lower = (s: string) => s.toLowerCase();
  const typed = words.map((w) => w.typed);
  const email = source.emails.find((e) => typed.some((w) => lower(e).includes(w)));
  if (email) {
    const [start, end] = span(email, typed);
    return { tier: TIER.contact, field: 'email', text: email, start, end };
  }
  // A name matched by its sound alone (`Уильямс` for `Williams`) ranks with the names that contain the query.
  const sounds = new Set(plan.words.flat().filter((f) => f.startsWith('~')));
  const heard = fields.find((f) => f.role !== 'middle' && foldForSearch(f.value).split(' ').some((w) => sounds.has(soundToken(w) ?? '')));
  if (heard) return { tier: TIER.inside, field: heard.field, text: heard.value, start: 0, end: 0 };
  return none;
}
