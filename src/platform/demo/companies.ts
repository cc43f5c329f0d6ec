/** Company names, legal forms and industries for demo companies. */
import type { DemoLocale } from './positions.js';
import type { Country } from './phones.js';

// Russian and Bulgarian small-business names are typically glued from two stems: ТехноСнаб, Агрокомерс.
export const RU_NAME_HEADS = [
  'Техно', 'Строй', 'Агро', 'Мед', 'Сиб', 'Урал', 'Волга', 'Нева', 'Евро', 'Инвест', 'Гранд', 'Альфа', 'Пром',
  'Энерго', 'Транс', 'Лес', 'Спец', 'Север', 'Юг', 'Рус', 'Проф', 'Стандарт', 'Вектор', 'Эко', 'Мега', 'Кубань',
];
export const RU_NAME_TAILS = [
  'Сервис', 'Снаб', 'Торг', 'Комплект', 'Групп', 'Проект', 'Маш', 'Логистик', 'Холдинг', 'Систем', 'Трейд',
  'Монтаж', 'Ресурс', 'Лайн', 'Пласт', 'Металл', 'Дом', 'Строй', 'Опт', 'Тех', 'Фарм', 'Пак',
];
export const BG_NAME_HEADS = [
  'Агро', 'Техно', 'Строй', 'Енерго', 'Бал', 'Дунав', 'Витоша', 'Родопи', 'Пирин', 'Мега', 'Евро', 'Транс',
  'Медико', 'Еко', 'Вело', 'Тракия', 'Черноморец', 'Стандарт', 'Алфа', 'Рила', 'Марица', 'Балкан',
];
export const BG_NAME_TAILS = [
  'комерс', 'строй', 'инвест', 'трейд', 'сервиз', 'логистик', 'консулт', 'пласт', 'мет', 'инженеринг',
  'транс', 'тех', 'фарм', 'пак', 'груп', 'снаб', 'дизайн', 'вест',
];
export const EN_NAME_HEADS = [
  'North', 'South', 'Bright', 'Blue', 'Silver', 'Oak', 'Iron', 'Red', 'Green', 'Clear', 'Summit', 'Harbour',
  'River', 'Stone', 'Granite', 'Pioneer', 'Atlas', 'Crown', 'Falcon', 'Evergreen', 'Beacon', 'Cedar',
];
export const EN_NAME_TAILS = [
  'wind', 'water', 'field', 'bridge', 'gate', 'point', 'line', 'way', 'ford', 'stone', 'brook', 'view', 'hill', 'wood',
];
export const EN_NAME_NOUNS = [
  'Logistics', 'Systems', 'Solutions', 'Engineering', 'Foods', 'Supplies', 'Consulting', 'Construction',
  'Trading', 'Technologies', 'Industries', 'Partners', 'Manufacturing', 'Healthcare', 'Media',
];

/** A legal form: how it is written next to the name, and spelled out in the legal name. */
export interface LegalForm {
  key: 'ooo' | 'ao' | 'pao' | 'ip' | 'eood' | 'ood' | 'ad' | 'et' | 'ltd' | 'plc' | 'llp' | 'llc' | 'inc';
  short: string;
  full: string;
  /** Sole proprietors trade under their own name. */
  isSoleProprietor: boolean;
}

export const LEGAL_FORMS: Record<Country, readonly (readonly [LegalForm, number])[]> = {
  RU: [
    [{ key: 'ooo', short: 'ООО', full: 'Общество с ограниченной ответственностью', isSoleProprietor: false }, 70],
    [{ key: 'ao', short: 'АО', full: 'Акционерное общество', isSoleProprietor: false }, 12],
    [{ key: 'pao', short: 'ПАО', full: 'Публичное акционерное общество', isSoleProprietor: false }, 3],
    [{ key: 'ip', short: 'ИП', full: 'Индивидуальный предприниматель', isSoleProprietor: true }, 15],
  ],
  BG: [
    [{ key: 'eood', short: 'ЕООД', full: 'Еднолично дружество с ограничена отговорност', isSoleProprietor: false }, 50],
    [{ key: 'ood', short: 'ООД', full: 'Дружество с ограничена отговорност', isSoleProprietor: false }, 30],
    [{ key: 'ad', short: 'АД', full: 'Акционерно дружество', isSoleProprietor: false }, 10],
    [{ key: 'et', short: 'ЕТ', full: 'Едноличен търговец', isSoleProprietor: true }, 10],
  ],
  GB: [
    [{ key: 'ltd', short: 'Ltd', full: 'Limited', isSoleProprietor: false }, 85],
    [{ key: 'plc', short: 'PLC', full: 'Public Limited Company', isSoleProprietor: false }, 5],
    [{ key: 'llp', short: 'LLP', full: 'Limited Liability Partnership', isSoleProprietor: false }, 10],
  ],
  US: [
    [{ key: 'llc', short: 'LLC', full: 'LLC', isSoleProprietor: false }, 65],
    [{ key: 'inc', short: 'Inc.', full: 'Inc.', isSoleProprietor: false }, 35],
  ],
};

export type IndustryKey =
  | 'construction' | 'wholesale' | 'retail' | 'manufacturing' | 'software' | 'logistics' | 'healthcare'
  | 'education' | 'agriculture' | 'food_service' | 'finance' | 'real_estate' | 'marketing' | 'energy';

export const INDUSTRIES: Record<IndustryKey, Record<DemoLocale, string>> = {
  construction: { ru: 'Строительство', bg: 'Строителство', en: 'Construction' },
  wholesale: { ru: 'Оптовая торговля', bg: 'Търговия на едро', en: 'Wholesale' },
  retail: { ru: 'Розничная торговля', bg: 'Търговия на дребно', en: 'Retail' },
  manufacturing: { ru: 'Производство', bg: 'Производство', en: 'Manufacturing' },
  software: { ru: 'Разработка ПО', bg: 'Софтуерна разработка', en: 'Software' },
  logistics: { ru: 'Логистика и перевозки', bg: 'Логистика и транспорт', en: 'Logistics' },
  healthcare: { ru: 'Медицина', bg: 'Здравеопазване', en: 'Healthcare' },
  education: { ru: 'Образование', bg: 'Образование', en: 'Education' },
  agriculture: { ru: 'Сельское хозяйство', bg: 'Селско стопанство', en: 'Agriculture' },
  food_service: { ru: 'Общественное питание', bg: 'Ресторантьорство', en: 'Food service' },
  finance: { ru: 'Финансовые услуги', bg: 'Финансови услуги', en: 'Financial services' },
  real_estate: { ru: 'Недвижимость', bg: 'Недвижими имоти', en: 'Real estate' },
  marketing: { ru: 'Реклама и маркетинг', bg: 'Реклама и маркетинг', en: 'Marketing' },
  energy: { ru: 'Энергетика', bg: 'Енергетика', en: 'Energy' },
};

export const INDUSTRY_KEYS = Object.keys(INDUSTRIES) as IndustryKey[];

export const TLD: Record<Country, readonly string[]> = {
  RU: ['ru', 'ru', 'ru', 'com', 'su'],
  BG: ['bg', 'bg', 'com', 'eu'],
  GB: ['co.uk', 'co.uk', 'com', 'uk'],
  US: ['com', 'com', 'io', 'us'],
};
