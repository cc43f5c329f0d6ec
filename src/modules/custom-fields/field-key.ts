import { cyrillicToLatin } from '../../platform/text/translit.js';

const KEY_MAX = 40;

/**
 * A snake_case Latin key made from a label, unique among `taken`: `Дата договора` → `data_dogovora`,
 * then `data_dogovora_2`... Keys start with a letter and are at most 40 characters.
 */
export function makeKey(label: string, taken: ReadonlySet<string>, lang: 'ru' | 'bg' = 'ru'): string {
  const latin = cyrillicToLatin(label, lang)
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  let base = latin === '' ? 'field' : /^[a-z]/.test(latin) ? latin : `f_${latin}`;
  base = base.slice(0, KEY_MAX).replace(/_+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, KEY_MAX - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
