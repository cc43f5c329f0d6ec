/**
 * Keys that make two spellings of one name equal, for duplicate detection and search: legal forms
 * and quotes dropped from company names, Russian and Bulgarian transliteration variants folded
 * together, word order and a Russian patronymic ignored, and a cross-script sound key so that
 * "Уильямс" and "Williams" meet.
 */
import { cyrillicToLatin } from './translit.js';

// Legal forms, short and long, in ru, bg and en (and the German GmbH), as folded Latin words after
// the Russian reading of Cyrillic ("ООО" → "ooo", "ЕООД" → "eood"). Longest first, so a long form
// is dropped whole before its parts could be.
const LONG_FORMS = [
  'obshchestvo s ogranichennoy otvetstvennostyu',
  'otkrytoe aktsionernoe obshchestvo',
  'zakrytoe aktsionernoe obshchestvo',
  'publichnoe aktsionernoe obshchestvo',
  'nepublichnoe aktsionernoe obshchestvo',
  'aktsionernoe obshchestvo',
  'individualnyy predprinimatel',
  'ednolichno druzhestvo s ogranichena otgovornost',
  'druzhestvo s ogranichena otgovornost',
  'ednolichno aktsionerno druzhestvo',
  'aktsionerno druzhestvo',
  'komanditno druzhestvo',
  'sabiratelno druzhestvo',
  'ednolichen targovets',
  'ednolichen turgovets',
  'limited liability company',
  'public limited company',
  'gesellschaft mit beschrankter haftung',
  'incorporated',
  'corporation',
  'limited',
] as const;
const SHORT_FORMS = new Set([
  'ooo', 'oao', 'ao', 'zao', 'pao', 'nao', 'ip', 'eood', 'ood', 'et', 'ad', 'ead', 'kd', 'sd', 'kda',
  'llc', 'ltd', 'inc', 'corp', 'co', 'plc', 'llp', 'gmbh', 'ag', 'sa', 'srl', 'bv', 'oy', 'ab',
]);
const LONG_FORM = new RegExp(`(?:^| )(?:${LONG_FORMS.join('|')})(?= |$)`, 'gu');

// Russian patronymics: -ович/-евич/-ич for men, -овна/-евна/-ична/-инична for women.
export const PATRONYMIC = /^[a-z]{2,}(?:ovich|evich|ovna|evna|ichna|inichna)$/u;

/** Lower case, ё as е, accents dropped, Cyrillic read the Russian way, anything else a space. */
export function latinWords(text: string): string {
  return cyrillicToLatin(text.toLowerCase().replace(/ё/gu, 'е'), 'ru')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One spelling for the variants Russian and Bulgarian transliteration and habit produce for one
 * Cyrillic word: shch/sht (щ), kh/h (х), -iy/-yi/-ii/-y endings, ya/ia, yu/iu, ks/x, ph/f, w/v,
 * doubled letters. Works on the output of {@link latinWords}.
 */
export function foldTransliteration(word: string): string {
  return word
    .replace(/shch|sht/gu, 'sht')
    .replace(/kh/gu, 'h')
    .replace(/ph/gu, 'f')
    .replace(/w/gu, 'v')
    .replace(/x/gu, 'ks')
    .replace(/(?:iy|yi|ii|yy)$/u, 'i')
    .replace(/y/gu, 'i')
    .replace(/j/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** A company name's words without its legal forms and quotes: "ООО «Ромашка»" → "romashka". */
export function companyWords(name: string): string[] {
  const words = latinWords(name).replace(LONG_FORM, ' ');
  return words.split(' ').filter((w) => w !== '' && !SHORT_FORMS.has(w));
}

/**
 * The key two spellings of one name share (`name_key`): words folded to Latin, legal forms,
 * quotes and a Russian patronymic dropped, transliteration variants folded, and the words sorted,
 * so "Иванов Петр" and "Пётр Иванов", "Щерев" and "Shterev", "ООО «Ромашка»" and "Romashka" meet.
 * A name that is nothing but a legal form keeps its words, so it is never blank.
 */
export function nameMatchKey(name: string): string {
  const all = latinWords(name).split(' ').filter((w) => w !== '');
  let words = companyWords(name);
  if (words.length === 0) words = all;
  const withoutPatronymic = words.filter((w) => !PATRONYMIC.test(w));
  if (withoutPatronymic.length > 0) words = withoutPatronymic;
  return [...new Set(words.map(foldTransliteration))].sort().join(' ');
}

/**
 * A sound key of one word that is the same for an English name and its Russian or Bulgarian
 * spelling and back ("Williams" / "Уильямс", "Johnson" / "Джонсон", "Walker" / "Уокер"):
 * the consonant skeleton after English spelling rules, with similar sounds in one class, and
 * whether it ends in a vowel.
 * Coarse on purpose: it finds candidates, it does not decide that two names are one.
 */
export function phoneticKey(word: string): string {
  let s = latinWords(word).replace(/ /gu, '');
  s = s
    .replace(/^wr/u, 'r')
    .replace(/^kn/u, 'n')
    .replace(/^wh/u, 'u')
    .replace(/alk/gu, 'ok')
    .replace(/igh/gu, 'i')
    .replace(/gh/gu, '')
    .replace(/tch/gu, 'ch')
    .replace(/dzh|dj/gu, 'j')
    .replace(/g(?=[eiy])/gu, 'j')
    .replace(/shch|sht/gu, 'S')
    .replace(/sch|sh|zh/gu, 'S')
    .replace(/ch/gu, 'C')
    // х is an h: Харрис → Harris, Христов → Hristov; h itself has no class below.
    .replace(/kh/gu, 'h')
    .replace(/ck|q/gu, 'k')
    .replace(/ph|th(?=[aeiouy]|$)/gu, (m) => (m === 'ph' ? 'f' : 't'))
    .replace(/th/gu, 't')
    .replace(/x/gu, 'ks')
    .replace(/c(?=[eiy])/gu, 's')
    .replace(/c/gu, 'k')
    // w is a vowel at the start and after a vowel (Williams → Уильямс, Brown → Браун), a v elsewhere (Edwards → Эдвардс).
    .replace(/(?<=[bdfgjklmnprstvzSC])w/gu, 'v');
  // Lower-case letters only, each class its own (ш/щ/ж as x, ч as c), so a case-blind index keeps them apart.
  const CLASS: Record<string, string> = {
    b: 'p', p: 'p', d: 't', t: 't', g: 'k', k: 'k', s: 's', z: 's', f: 'f', v: 'f', j: 'j', S: 'x', C: 'c', l: 'l', m: 'm', n: 'n', r: 'r',
  };
  let out = '';
  for (const ch of s) {
    const cls = CLASS[ch];
    if (cls !== undefined && !out.endsWith(cls)) out += cls;
  }
  // A final vowel tells Петрова from Петров (a silent English -e aside: George = Джордж).
  return /[aeiouy]$/u.test(s.replace(/(?<=[^aeiouy])e$/u, '')) ? `${out}a` : out;
}

/** Sound keys of a name's words (at least two consonants each), sorted and unique. */
export function phoneticKeys(name: string): string[] {
  const keys = latinWords(name)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w))
    .map(phoneticKey)
    .filter((k) => k.replace(/a$/u, '').length >= 2);
  return [...new Set(keys)].sort();
}
