import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const LOCALES = ['en', 'ru', 'bg'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language is named in itself, so a reader can always find their own. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', bg: 'Български' };

const STORAGE_KEY = 'kt_locale';

// English ships in the main bundle as the fallback; other languages load on demand.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: typeof en }>> = {
  ru: () => import('./ru.json'),
  bg: () => import('./bg.json'),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

type Messages = Record<string, unknown>;

// A feature may keep its own strings next to its code (`features/<name>/i18n/<locale>.json`), so
// modules that grow in parallel do not all edit the three big files. They merge into the one
// 'translation' bundle: keys are still `deals.title`, not namespaced per file.
const featureEn = import.meta.glob<Messages>('../features/*/i18n/en.json', { eager: true, import: 'default' });
const featureLoaders: Record<Exclude<Locale, 'en'>, Record<string, () => Promise<Messages>>> = {
  ru: import.meta.glob<Messages>('../features/*/i18n/ru.json', { import: 'default' }),
  bg: import.meta.glob<Messages>('../features/*/i18n/bg.json', { import: 'default' }),
};

async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18n.hasResourceBundle(locale, 'translation')) return;
  const [messages, ...features] = await Promise.all([loaders[locale](), ...Object.values(featureLoaders[locale]).map((load) => load())]);
  i18n.addResourceBundle(locale, 'translation', messages.default, true, true);
  for (const feature of features) i18n.addResourceBundle(locale, 'translation', feature, true, true);
}

/** Switches the interface language now and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name');
});

/** Starts i18next in the stored or browser language; resolves once its messages are loaded. */
export async function initI18n(): Promise<void> {
  const locale = storedLocale() ?? browserLocale();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  for (const feature of Object.values(featureEn)) i18n.addResourceBundle('en', 'translation', feature, true, true);
  await changeLocale(locale).catch(() => undefined);
}

export default i18n;
