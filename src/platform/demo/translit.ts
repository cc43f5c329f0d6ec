/**
 * Cyrillic to Latin for email local parts and domains. Bulgarian follows the official Streamlined
 * System (щ → sht, ъ → a, final -ия → -ia); Russian follows the way people actually spell their
 * addresses (й → y, х → kh, ю → yu, я → ya, final -ия → -ia), not the passport standard (iu, ia, i).
 */
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ц: 'ts', ч: 'ch',
  ш: 'sh', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};
const RU: Record<string, string> = { ...COMMON, х: 'kh', щ: 'shch', ъ: '', ь: '' };
const BG: Record<string, string> = { ...COMMON, х: 'h', щ: 'sht', ъ: 'a', ь: 'y' };

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
  const table = locale === 'bg' ? BG : RU;
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    if (ch === 'и' && lower[i + 1] === 'я' && !/[а-яё]/.test(lower[i + 2] ?? '')) {
      out += 'ia';
      i++;
      continue;
    }
    const mapped = table[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[a-z0-9]/.test(ch)) out += ch;
  }
  cache.set(text, out);
  return out;
}
