import { cyrillicToLatin, foldForSearch } from '../../platform/text/translit.js';

/** The folded name a list sorts by and a 1-2 letter search matches as a prefix (`sort_name`). */
export function sortName(name: string): string {
  return foldForSearch(name);
}

/**
 * The Latin-folded key of a name (`name_key`), the same for `Иванов Иван`, `IVANOV  Ivan` and
 * `Ivanov-Ivan`: folded, Cyrillic read the Russian way, accents dropped, every run of characters
 * that are neither letters nor digits collapsed to one space. Duplicate detection groups by it.
 */
export function nameKey(name: string): string {
  return cyrillicToLatin(foldForSearch(name), 'ru')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "First Middle Last" from the parts a person has; empty when none. */
export function composeDisplayName(parts: { firstName?: string | null; middleName?: string | null; lastName?: string | null }): string {
  return [parts.firstName, parts.middleName, parts.lastName].filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
}

/** Upper-case letters and digits of a tax id (`bg 123-456-789` → `BG123456789`); null when none. */
export function taxIdKey(taxId: string | null | undefined): string | null {
  const key = (taxId ?? '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return key === '' ? null : key;
}
