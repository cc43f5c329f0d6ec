import { normalizePhone, phoneQueryDigits, phoneSearchKeys } from '../phones/phones.js';
import { phoneticKey } from '../text/name-keys.js';
import { cyrillicToLatin, foldForSearch, latinToCyrillicCandidates } from '../text/translit.js';

/**
 * What one typed query looks for, worked out once and then given to either database: the words
 * of a name in both scripts, the digits of a phone, the text as typed (emails, tax ids).
 */
export interface SearchPlan {
  /** The query folded (lower case, single spaces). */
  folded: string;
  /**
   * Every word must match one of its spellings (an AND of ORs): `Иван Петров` finds
   * `Петров Иван`; each spelling is at least 3 characters, the shortest a trigram index serves.
   */
  words: string[][];
  /** Phone digit keys of a query that is a phone number, any one enough. */
  whole: string[];
  /** Spellings a `sort_name` may start with: the exact-prefix hits that rank first. */
  prefixes: string[];
  /** Shorter than a trigram: only a `sort_name` prefix can answer. */
  prefixOnly: boolean;
  /** A whole phone number (E.164 digits) or email: looked up exactly first, and if found, that is the answer. */
  exact: { kind: 'phone' | 'email'; values: string[] };
  /**
   * For a viewer kept to names (a searched field hidden from them): the query's words (as typed and
   * their index forms) that may still be matched in the index when the record's names hold them too.
   */
  nameWords?: string[][];
}

/** The shortest text a trigram index can match. */
export const MIN_TRIGRAM = 3;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_LATIN = /[a-z]/u;
const PHONE_LIKE = /^[+\d\s()\-./]+$/u;
/** A trailing extension of a typed number: `доб. 12`, `вътр. 3`, `ext 4`, `x5`. */
const EXTENSION = /[\s,;]*(?:доб|вн|вътр|ext|x|#)\.?\s*\d{1,7}\s*$/iu;
/** How many Cyrillic readings of a Latin word are worth asking for. */
const CYRILLIC_READINGS = 3;

/** A word in both scripts, folded: `ivanov` → `ivanov`, `иванов`, ...; `петров` → `петров`, `petrov`. */
export function spellings(word: string): string[] {
  const forms = [word];
  if (HAS_CYRILLIC.test(word)) forms.push(cyrillicToLatin(word, 'ru'), cyrillicToLatin(word, 'bg'));
  if (HAS_LATIN.test(word)) forms.push(...latinToCyrillicCandidates(word).slice(0, CYRILLIC_READINGS).map(foldForSearch));
  return [...new Set(forms.filter((f) => f !== ''))];
}

/** Drops every form that contains another: a text holding the longer one holds the shorter too. */
export function minimalForms(forms: string[]): string[] {
  const unique = [...new Set(forms)];
  return unique.filter((f) => !unique.some((g) => g !== f && f.includes(g)));
}

/**
 * The spellings of a word worth matching in the index. Cyrillic text is indexed with its Russian
 * and Bulgarian Latin spellings too, so a Cyrillic word is looked for by those alone (but for a
 * final -ия, which transliterates differently inside a longer word: `мария` in `марияна`); and a
 * Cyrillic reading of a Latin word whose standard spelling is the word itself adds nothing
 * (`ivanova` already meets `Иванова`): only unusual readings stay (`mariya` → `мария`).
 */
export function textForms(word: string): string[] {
  let forms: string[];
  if (HAS_CYRILLIC.test(word)) {
    forms = [cyrillicToLatin(word, 'ru'), cyrillicToLatin(word, 'bg'), ...(/ия$/u.test(word) ? [word] : [])];
  } else {
    forms = spellings(word).filter((f) => f === word || (cyrillicToLatin(f, 'ru') !== word && cyrillicToLatin(f, 'bg') !== word));
  }
  return minimalForms(forms.filter((f) => f.length >= MIN_TRIGRAM));
}

/**
 * The indexed token of a word's cross-script sound key (`~lms~` for "Williams" and "Уильямс"),
 * so an English name typed in Cyrillic finds its Latin spelling and back; null for a word too
 * short to have a telling sound (under four letters, or two consonants in under five letters).
 */
export function soundToken(word: string): string | null {
  const letters = [...word.matchAll(/\p{L}/gu)].length;
  if (letters < 4) return null;
  // Two consonants say little of a short word (Ivan: f-n); of a longer one they do (Walker: k-r).
  const key = phoneticKey(word);
  const consonants = key.replace(/a$/u, '').length;
  return consonants >= 3 || (consonants === 2 && letters >= 5) ? `~${key}~` : null;
}

/** Digit strings a query with at least three digits may stand for, as stored in the search keys. */
export function phoneForms(query: string, defaultCountry: string): string[] {
  const digits = query.replace(/\D/g, '');
  if (digits.length < MIN_TRIGRAM) return [];
  // The digits as typed too: a tax id may read as a valid phone number and must still find itself.
  const forms = [...phoneQueryDigits(query, defaultCountry), digits];
  // A number of another country typed with its own trunk prefix (`0881234567` in a Russian workspace).
  if (digits.length >= 7 && (digits.startsWith('0') || digits.startsWith('8'))) forms.push(digits.slice(1));
  return minimalForms(forms.filter((f) => f.length >= MIN_TRIGRAM));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** A query word's spellings, and its sound token when it has one. */
function wordForms(word: string): string[] {
  const forms = textForms(word);
  const sound = soundToken(word);
  return forms.length > 0 && sound ? [...forms, sound] : forms;
}

/** Works out what a typed query looks for. An empty plan (`folded === ''`) finds nothing. */
export function planSearch(query: string, defaultCountry: string): SearchPlan {
  const folded = foldForSearch(query);
  const phones = phoneForms(folded, defaultCountry);
  if (phones.length > 0 && PHONE_LIKE.test(folded.replace(EXTENSION, ''))) {
    const phone = normalizePhone(folded, defaultCountry);
    return { folded, words: [], whole: phones, prefixes: [], prefixOnly: false, exact: { kind: 'phone', values: phone.ok ? [phone.e164.slice(1)] : [] } };
  }
  const words = folded === '' ? [] : folded.split(' ').map(wordForms).filter((forms) => forms.length > 0);
  return {
    folded, words, whole: [], prefixes: spellings(folded),
    prefixOnly: folded !== '' && words.length === 0,
    exact: { kind: 'email', values: EMAIL.test(folded) ? [folded] : [] },
  };
}

/** What a found record has that the query named, for the hint next to a result. */
export type MatchKind = 'name' | 'phone' | 'email' | 'other';

/** The record's texts a match is explained by; names folded, phones as stored (E.164 or as typed). */
export interface MatchSource {
  names: string[];
  phones: string[];
  emails: string[];
}

/** Names of a record in the folded spellings the index holds. */
function nameTexts(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const folded = foldForSearch(name);
    if (folded === '') continue;
    out.push(folded);
    if (HAS_CYRILLIC.test(folded)) out.push(cyrillicToLatin(folded, 'ru'), cyrillicToLatin(folded, 'bg'));
    for (const word of folded.split(' ')) {
      const sound = soundToken(word);
      if (sound) out.push(sound);
    }
  }
  return out;
}

/** Which part of a found record the query matched: its name, a phone, an email, or something else. */
export function explainMatch(plan: SearchPlan, record: MatchSource, defaultCountry: string): MatchKind {
  const names = nameTexts(record.names);
  const inNames = (form: string) => names.some((n) => n.includes(form));
  if (plan.prefixOnly) return names.some((n) => plan.prefixes.some((p) => n.startsWith(p))) ? 'name' : 'other';
  if (plan.words.length > 0 && plan.words.every((forms) => forms.some(inNames))) return 'name';
  const keys = record.phones.flatMap((p) => phoneSearchKeys(p, defaultCountry));
  if (plan.whole.some((form) => /^\d+$/.test(form) && keys.some((k) => k.includes(form)))) return 'phone';
  const emails = record.emails.map((e) => e.toLowerCase());
  if (emails.some((e) => e.includes(plan.folded))) return 'email';
  return 'other';
}

function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The FTS5 query of a plan: every word by one of its spellings, or one of the phone keys. */
export function ftsQuery(plan: SearchPlan): string {
  const parts: string[] = [];
  if (plan.words.length > 0) parts.push(plan.words.map((forms) => `(${forms.map(ftsPhrase).join(' OR ')})`).join(' AND '));
  if (plan.whole.length > 0) parts.push(`(${plan.whole.map(ftsPhrase).join(' OR ')})`);
  return parts.map((p) => `(${p})`).join(' OR ');
}
