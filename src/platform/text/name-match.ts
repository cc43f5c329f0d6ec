/**
 * Fuzzy comparison of person names for duplicate detection: how two spellings of a name relate
 * (the same, one letter off, an initial, a pet form, a cross-script sound-alike), and the blocking
 * keys that bring such pairs together without comparing every record with every other.
 * Works on the folded Latin words of {@link latinWords}, so ё/е, ru/bg transliteration, case and
 * accents are already equal. See decision 0018.
 */
import { DIMINUTIVE_GROUPS } from './diminutives.js';
import { foldTransliteration, latinWords, PATRONYMIC, phoneticKey } from './name-keys.js';

/** How two names relate, strongest first; `null` from {@link compareNames} when they do not. */
export type NameRelation = 'same' | 'typo' | 'initial' | 'nickname' | 'sound';

const fold = (word: string) => foldTransliteration(word);

// Folded word → the group's canonical folded word and its display form.
const GROUP_OF = new Map<string, { canonical: string; shown: string }>();
for (const line of DIMINUTIVE_GROUPS) {
  const names = line.split(' ');
  const canonical = fold(latinWords(names[0]!));
  for (const name of names) {
    const key = fold(latinWords(name));
    if (!GROUP_OF.has(key)) GROUP_OF.set(key, { canonical, shown: names[0]! });
  }
}

/** A name's words for matching: folded Latin, a Russian patronymic dropped (when something is left). */
export function personWords(name: string): string[] {
  return [...new Set(wordsOf(name).map((w) => w.folded))];
}

interface Word { folded: string; latin: string; sound: string }

// Names repeat across the comparisons of a rebuild page: their words are read once.
const WORDS_CACHE = new Map<string, Word[]>();

function wordsOf(name: string): Word[] {
  let words = WORDS_CACHE.get(name);
  if (!words) {
    if (WORDS_CACHE.size >= 200_000) WORDS_CACHE.clear();
    WORDS_CACHE.set(name, (words = readWords(name)));
  }
  return words;
}

function readWords(name: string): Word[] {
  // An initial is one letter however it transliterates: "Ж. Иванова" is `z ivanova`, meeting `zhanna`.
  const initials = name.replace(/(?<!\p{L})\p{L}(?!\p{L})/gu, (letter) => latinWords(letter).charAt(0) || letter);
  const raw = latinWords(initials).split(' ').filter((w) => w !== '');
  const kept = raw.filter((w) => !PATRONYMIC.test(w));
  const seen = new Set<string>();
  const out: Word[] = [];
  for (const w of kept.length > 0 ? kept : raw) {
    const folded = fold(w);
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push({ folded, latin: w, sound: w.length >= 3 ? phoneticKey(w) : '' });
  }
  return out;
}

/** The canonical word of a given name's group (`sasha` → `aleksandr`), or the word itself. */
export function canonicalName(word: string): string {
  return GROUP_OF.get(word)?.canonical ?? word;
}

/** How many letters two words of this length may differ by and still be one word mistyped. */
export function typoLimit(length: number): number {
  if (length <= 4) return 0;
  return length <= 8 ? 1 : 2;
}

/** Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` once it is past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How one word relates to another, or null. */
function wordRelation(wa: Word, wb: Word): NameRelation | null {
  const [a, b] = [wa.folded, wb.folded];
  if (a === b) return 'same';
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 'initial' : null;
  if (isTypo(a, b) || isTypo(wa.latin, wb.latin)) return 'typo';
  if (canonicalName(a) === canonicalName(b)) return 'nickname';
  if (wa.sound !== '' && wa.sound === wb.sound) return 'sound';
  return null;
}

// Letters a word keeps after a mistyped first letter, at least: "Уванов" for "Иванов" is one word,
// "Белов" and "Делов" (four letters left) are two surnames.
const FIRST_LETTER_REST = 5;

/**
 * Whether two spellings of a word are one mistyped: within the length-aware limit with the same
 * first letter, or differing in the first letter only. Tried on the folded words and on the Latin
 * ones before folding too, where a typo that made a doubled letter ("Кънеев") is still one edit.
 */
function isTypo(a: string, b: string): boolean {
  const limit = typoLimit(Math.max(a.length, b.length));
  if (limit === 0) return false;
  return a[0] === b[0] ? editDistance(a, b, limit) <= limit : firstLetterTypo(a, b);
}

/**
 * A typo in the first letter only: the one or two letters before an identical rest replaced,
 * dropped, added or swapped (one Cyrillic letter is two Latin ones: "Журавлёва" / "Пуравлёва"),
 * the rest long enough that two real names rarely differ just so.
 */
function firstLetterTypo(a: string, b: string): boolean {
  let rest = 0;
  while (rest < a.length && rest < b.length && a[a.length - 1 - rest] === b[b.length - 1 - rest]) rest++;
  if (a.length - rest > 2 || b.length - rest > 2) return false;
  // The first two letters swapped ("Лвасов") leave one letter less of the rest to agree on.
  const swapped = a.length - rest === 2 && b.length - rest === 2 && a[0] === b[1] && a[1] === b[0];
  return rest >= FIRST_LETTER_REST - (swapped ? 1 : 0);
}

const RANK: Record<NameRelation, number> = { same: 0, typo: 1, initial: 2, nickname: 3, sound: 4 };

/** What a comparison found: the weakest word relation, and the words behind it ("ivanov ~ ivonov"). */
export interface NameComparison {
  relation: NameRelation;
  /** For a pet form, the full name it stands for (`Александр`); for a typo, the two words. */
  detail?: string;
}

/**
 * How two person names relate: every word of the shorter name (at least two words, one of them
 * longer than an initial) matches a different word of the longer one, in any order; the answer is
 * the weakest of those matches. A name that adds a middle name (Bulgarian father's name) to the
 * other is still `same`. Null when they do not match, or when either is a single word.
 */
export function compareNames(a: string, b: string): NameComparison | null {
  let [short, long] = [wordsOf(a), wordsOf(b)];
  if (short.length > long.length) [short, long] = [long, short];
  if (short.length < 2 || !short.some((w) => w.folded.length > 1)) return null;
  const used = new Set<number>();
  let worst: NameRelation = 'same';
  let detail: string | undefined;
  typos: for (const word of short) {
    let best: { i: number; rel: NameRelation } | null = null;
    for (let i = 0; i < long.length; i++) {
      if (used.has(i)) continue;
      const rel = wordRelation(word, long[i]!);
      if (rel && (!best || RANK[rel] < RANK[best.rel])) best = { i, rel };
      if (best?.rel === 'same') break;
    }
    if (!best) return null;
    used.add(best.i);
    if (RANK[best.rel] > RANK[worst]) {
      worst = best.rel;
      const [mine, other] = [word.folded, long[best.i]!.folded];
      detail = best.rel === 'nickname' ? GROUP_OF.get(mine)?.shown ?? GROUP_OF.get(other)?.shown : best.rel === 'typo' ? `${mine} ~ ${other}` : undefined;
    }
    continue typos;
  }
  // Two initials and nothing else in common would be anyone.
  if (short.filter((w) => w.folded.length === 1).length >= short.length) return null;
  return detail === undefined ? { relation: worst } : { relation: worst, detail };
}

/**
 * Blocking keys of a person name: for each full word, that word (its pet forms read as the full
 * name) with the initials of the others, so a typo in one word, an initial, swapped order or a pet
 * form still shares a key (`ivanov|p` for "Пётр Иванов", "П. Иванов", "Петя Иванов", "Иванов Птр"...).
 * A three-word name also keys each pair of its words, so a middle name present or absent meets.
 * A word long enough to be mistyped (five letters or more) also keys without its first letter
 * (`vanov|p`: "Уванов", "Ванов"), and one that is no known given name (a surname, mostly) keys
 * its whole deletion neighbourhood (`ivnov|p`: "Иванов" and "Ивонов" meet however the other word
 * is mistyped, its initial kept). See decision 0040.
 */
export function nameBlockingKeys(name: string): string[] {
  const words = personWords(name).map(canonicalName);
  if (words.length < 2 || words.length > 5) return [];
  const sets = [words];
  if (words.length === 3) for (let skip = 0; skip < 3; skip++) sets.push(words.filter((_, i) => i !== skip));
  // Given names are few and well known; a typo in one is found by the surname's key.
  const unknown = words.filter((w) => typoLimit(w.length) > 0 && !GROUP_OF.has(w));
  const keys = new Set<string>();
  for (const set of sets) {
    for (let i = 0; i < set.length; i++) {
      const word = set[i]!;
      if (word.length < 2) continue;
      const initials = set.filter((_, j) => j !== i).map((w) => w[0]).sort().join('');
      keys.add(`${word}|${initials}`);
      if (set !== words || typoLimit(word.length) === 0) continue;
      keys.add(`${word.slice(1)}|${initials}`);
      if (unknown.includes(word) || unknown.length === 0) for (const variant of deletions(word)) keys.add(`${variant}|${initials}`);
    }
  }
  return [...keys].sort();
}

/** The word with one letter dropped, each way. */
function deletions(word: string): string[] {
  return [...new Set(Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1)))];
}
