/**
 * ASCII spellings of names for demo email local parts and domains, on top of the platform's
 * transliteration (Bulgarian Streamlined System; Russian as people spell their addresses).
 */
import { cyrillicToLatin } from '../text/translit.js';

// The same few hundred names recur millions of times in a large run; transliterate each once.
const caches = { ru: new Map<string, string>(), bg: new Map<string, string>(), en: new Map<string, string>() };

/**
 * Lower-case ASCII spelling of a name: ('Юлия', 'ru') → 'yulia', ('Щерев', 'bg') → 'shterev',
 * ("O'Brien", 'en') → 'obrien'. Anything not a letter or digit is dropped.
 */
export function transliterate(text: string, locale: 'ru' | 'bg' | 'en'): string {
  const cache = caches[locale];
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = cyrillicToLatin(text, locale === 'bg' ? 'bg' : 'ru')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  cache.set(text, out);
  return out;
}
