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

/** How a word fits a value: a whole word of it, its very start, the start of a later word, or inside one. */
interface Fit { word: boolean; start: boolean; wordStart: boolean; inside: boolean }

function tierOf(role: NameRole, f: Fit): number | null {
  if (!f.word && !f.start && !f.wordStart && !f.inside) return null;
  switch (role) {
    case 'middle': return TIER.middle;
    case 'company': return TIER.company;
    case 'surname': return f.word ? TIER.surname : f.start || f.wordStart ? TIER.prefix : TIER.inside;
    case 'given': return f.word || f.start || f.wordStart ? TIER.prefix : TIER.inside;
    // A name without parts (typed by hand, a deal's or product's title) ranks by its start, as the list's name prefix does.
    case 'name': return f.start ? TIER.prefix : TIER.inside;
  }
}

/** The best tier any spelling of a query word reaches in a field value; null when none is in it. */
function fieldTier(forms: string[], field: NameField, prefixOnly: boolean): number | null {
  let best: number | null = null;
  for (const text of spellingsOf(field.value)) {
    const words = text.split(/[\s\-'’«»"()]+/u).filter((w) => w !== '');
    for (const form of forms) {
      if (form.startsWith('~') || form === '') continue;
      const fit: Fit = {
        word: !prefixOnly && words.includes(form),
        start: text.startsWith(form) || words[0]?.startsWith(form) === true,
        wordStart: words.some((w) => w.startsWith(form)),
        inside: !prefixOnly && text.includes(form),
      };
      const tier = tierOf(field.role, fit);
      if (tier !== null && (best === null || tier < best)) best = tier;
    }
  }
  return best;
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
      const tier = fieldTier(word.forms, f, plan.prefixOnly);
      if (tier === null) continue;
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
