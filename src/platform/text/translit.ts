/**
 * Transliteration between Cyrillic and Latin for names: one way for display and emails,
 * the other to expand a Latin search query into the Cyrillic spellings it may stand for.
 */

export type CyrillicLanguage = 'ru' | 'bg';

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ц: 'ts', ч: 'ch',
  ш: 'sh', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};
// Russian: how people spell their names in practice (й → y, ю → yu), not the 2013 passport
// standard (i, iu, ia), which nobody searches by. Bulgarian: the official Streamlined System.
const TABLES: Record<CyrillicLanguage, Record<string, string>> = {
  ru: { ...COMMON, х: 'kh', щ: 'shch', ъ: '', ь: '' },
  bg: { ...COMMON, х: 'h', щ: 'sht', ъ: 'a', ь: 'y' },
};

const CYRILLIC_LETTER = /[а-яё]/u;
const HAS_CYRILLIC = /[\u0400-\u04ff]/u;
const HAS_LATIN = /[a-z]/iu;

/** Capital → `Sh`, or `SH` when the next letter is a capital too (an all-caps word). */
function withCase(latin: string, source: string, next: string | undefined): string {
  if (latin === '' || source === source.toLowerCase()) return latin;
  const nextIsUpper = next !== undefined && next !== next.toLowerCase();
  return nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/**
 * Cyrillic to Latin, keeping case and everything that is not Cyrillic:
 * ('Щукин', 'ru') → 'Shchukin', ('Юлия', 'ru') → 'Yulia', ('Щерев', 'bg') → 'Shterev',
 * ('Мария', 'bg') → 'Maria'. A word-final -ия becomes -ia in both languages; the law's own
 * exceptions (България → Bulgaria) are not special-cased.
 */
export function cyrillicToLatin(text: string, lang: CyrillicLanguage): string {
  const table = TABLES[lang];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const next = text[i + 1];
    if (lower === 'и' && next?.toLowerCase() === 'я' && !CYRILLIC_LETTER.test((text[i + 2] ?? '').toLowerCase())) {
      out += withCase('i', ch, next) + withCase('a', next, text[i + 2]);
      i++;
      continue;
    }
    const mapped = table[lower];
    out += mapped === undefined ? ch : withCase(mapped, ch, next);
  }
  return out;
}

// Latin spellings, longest first, and the Cyrillic they may stand for, most likely first.
const DIGRAPHS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['shch', ['щ']], ['sht', ['щ', 'шт']], ['dzh', ['дж']], ['iya', ['ия']], ['tch', ['ч']],
  ['zh', ['ж']], ['kh', ['х']], ['ch', ['ч']], ['sh', ['ш']], ['ts', ['ц', 'тс']], ['tz', ['ц']],
  ['ia', ['ия', 'иа']], ['iy', ['ий']], ['ph', ['ф']], ['ck', ['к']], ['ks', ['кс']],
];
// y + vowel at a word start or after a vowel, and after a consonant (where a soft sign may sit: Ilya).
const IOTATED: Record<string, readonly [readonly string[], readonly string[]]> = {
  a: [['я'], ['я', 'ья']], u: [['ю'], ['ю', 'ью']], e: [['е', 'йе'], ['е', 'ье']], o: [['йо', 'ё'], ['ьо', 'ё']],
};
const SINGLE: Record<string, readonly string[]> = {
  a: ['а'], b: ['б'], c: ['ц', 'к'], d: ['д'], e: ['е'], f: ['ф'], g: ['г'], h: ['х', 'г'],
  i: ['и'], j: ['й', 'дж', 'ж'], k: ['к'], l: ['л'], m: ['м'], n: ['н'], o: ['о'], p: ['п'],
  q: ['к'], r: ['р'], s: ['с'], t: ['т'], u: ['у'], v: ['в'], w: ['в'], x: ['кс'], z: ['з'],
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const MAX_CANDIDATES = 8;
const BEAM = 32;

/** The Cyrillic options for the Latin at `i` of a lower-case word, and how many letters they use. */
function optionsAt(word: string, i: number): { length: number; options: readonly string[] } {
  const ch = word[i]!;
  const prev = word[i - 1];
  const next = word[i + 1];
  const afterConsonant = prev !== undefined && /[a-z]/.test(prev) && !VOWELS.has(prev);
  const afterVowel = prev !== undefined && VOWELS.has(prev);
  const wordEnd = next === undefined || !/[a-z]/.test(next);
  if (ch === 'y') {
    const iotated = next === undefined ? undefined : IOTATED[next];
    if (iotated) return { length: 2, options: iotated[afterConsonant ? 1 : 0] };
    if (!afterConsonant) return { length: 1, options: ['й'] };
    return { length: 1, options: wordEnd ? ['ий', 'ы', 'и'] : ['ы', 'и'] };
  }
  for (const [latin, options] of DIGRAPHS) {
    if (word.startsWith(latin, i)) {
      // -ia is -ия only at a word end (Maria → Мария); inside a word i and a stay apart (Rianna).
      if (latin === 'ia' && /[a-z]/.test(word[i + 2] ?? '')) continue;
      return { length: latin.length, options };
    }
  }
  // Rarer readings only where they occur: Кънчев (bg ъ), Эдуард, Николай / Михаил.
  if (ch === 'a' && !wordEnd) return { length: 1, options: ['а', 'ъ'] };
  if (ch === 'e' && (prev === undefined || afterVowel || !/[a-z]/.test(prev))) return { length: 1, options: ['е', 'э'] };
  if (ch === 'i' && afterVowel) return { length: 1, options: wordEnd ? ['й', 'и'] : ['и', 'й'] };
  return { length: 1, options: SINGLE[ch] ?? [ch] };
}

/** Upper-cases the candidate the way the query was: `Ivanov` → `Иванов`, `IVANOV` → `ИВАНОВ`. */
function restoreCase(cyrillic: string, latin: string): string {
  const words = latin.split(/([^\p{L}]+)/u);
  const targets = cyrillic.split(/([^\p{L}]+)/u);
  return targets
    .map((word, n) => {
      const source = words[n] ?? '';
      if (source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) return word.toUpperCase();
      if (source !== '' && source[0] !== source[0]!.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
      return word;
    })
    .join('');
}

/**
 * Plausible Cyrillic spellings of a Latin query, best first, at most 8, always in the same
 * order: 'Ivanov' → ['Иванов', ...], 'Yulia' → ['Юлия', ...], 'Shterev' → ['Щерев', 'Штерев', ...].
 * Each spelling pays one point per less likely choice; ties break alphabetically.
 * Text without Latin letters gives an empty list.
 */
export function latinToCyrillicCandidates(text: string): string[] {
  if (!HAS_LATIN.test(text)) return [];
  const lower = text.toLowerCase();
  let beam: Array<{ text: string; cost: number }> = [{ text: '', cost: 0 }];
  for (let i = 0; i < lower.length; ) {
    const { length, options } = /[a-z]/.test(lower[i]!) ? optionsAt(lower, i) : { length: 1, options: [lower[i]!] };
    const grown = beam.flatMap((partial) => options.map((option, rank) => ({ text: partial.text + option, cost: partial.cost + rank })));
    beam = bestFirst(grown, BEAM);
    i += length;
  }
  return bestFirst(beam, MAX_CANDIDATES).map((candidate) => restoreCase(candidate.text, text));
}

function bestFirst(items: Array<{ text: string; cost: number }>, limit: number): Array<{ text: string; cost: number }> {
  const seen = new Set<string>();
  return items
    .sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .filter((item) => !seen.has(item.text) && seen.add(item.text))
    .slice(0, limit);
}

/** Lower case, NFKC, ё → е, single spaces: the form both the index and the query are compared in. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();
}

/**
 * Forms of a name to index (or to look up) so either script finds it: the folded original,
 * its Russian and Bulgarian Latin spellings when it has Cyrillic, its Cyrillic candidates when
 * it has Latin. Deduplicated, folded, original first; empty for blank text.
 */
export function searchForms(text: string): string[] {
  const folded = foldForSearch(text);
  if (folded === '') return [];
  const forms = [folded];
  if (HAS_CYRILLIC.test(folded)) forms.push(cyrillicToLatin(folded, 'ru'), cyrillicToLatin(folded, 'bg'));
  if (HAS_LATIN.test(folded)) forms.push(...latinToCyrillicCandidates(folded).map(foldForSearch));
  return [...new Set(forms)];
}
