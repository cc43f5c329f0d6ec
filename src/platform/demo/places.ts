/** Cities, their dialling codes and postal codes, and streets, for demo addresses. */
import type { Random } from './random.js';
import type { Country } from './phones.js';

export interface City {
  name: string;
  country: Country;
  /** National dialling code without the trunk prefix: 495, 2, 20, 415. */
  areaCode: string;
  /** Fixed start of the city's postal codes. */
  postalPrefix: string;
  /** RU: the region code that opens INN and ОГРН. US: the state. */
  region: string;
  timeZone: string;
}

export const CITIES: Record<Country, readonly City[]> = {
  RU: [
    { name: 'Москва', country: 'RU', areaCode: '495', postalPrefix: '11', region: '77', timeZone: 'Europe/Moscow' },
    { name: 'Москва', country: 'RU', areaCode: '499', postalPrefix: '12', region: '77', timeZone: 'Europe/Moscow' },
    { name: 'Санкт-Петербург', country: 'RU', areaCode: '812', postalPrefix: '19', region: '78', timeZone: 'Europe/Moscow' },
    { name: 'Екатеринбург', country: 'RU', areaCode: '343', postalPrefix: '620', region: '66', timeZone: 'Asia/Yekaterinburg' },
    { name: 'Новосибирск', country: 'RU', areaCode: '383', postalPrefix: '630', region: '54', timeZone: 'Asia/Novosibirsk' },
    { name: 'Казань', country: 'RU', areaCode: '843', postalPrefix: '420', region: '16', timeZone: 'Europe/Moscow' },
    { name: 'Нижний Новгород', country: 'RU', areaCode: '831', postalPrefix: '603', region: '52', timeZone: 'Europe/Moscow' },
    { name: 'Самара', country: 'RU', areaCode: '846', postalPrefix: '443', region: '63', timeZone: 'Europe/Samara' },
    { name: 'Краснодар', country: 'RU', areaCode: '861', postalPrefix: '350', region: '23', timeZone: 'Europe/Moscow' },
    { name: 'Ростов-на-Дону', country: 'RU', areaCode: '863', postalPrefix: '344', region: '61', timeZone: 'Europe/Moscow' },
    { name: 'Пермь', country: 'RU', areaCode: '342', postalPrefix: '614', region: '59', timeZone: 'Asia/Yekaterinburg' },
    { name: 'Воронеж', country: 'RU', areaCode: '473', postalPrefix: '394', region: '36', timeZone: 'Europe/Moscow' },
    { name: 'Уфа', country: 'RU', areaCode: '347', postalPrefix: '450', region: '02', timeZone: 'Asia/Yekaterinburg' },
    { name: 'Челябинск', country: 'RU', areaCode: '351', postalPrefix: '454', region: '74', timeZone: 'Asia/Yekaterinburg' },
    { name: 'Тюмень', country: 'RU', areaCode: '3452', postalPrefix: '625', region: '72', timeZone: 'Asia/Yekaterinburg' },
  ],
  BG: [
    { name: 'София', country: 'BG', areaCode: '2', postalPrefix: '1', region: 'SOF', timeZone: 'Europe/Sofia' },
    { name: 'Пловдив', country: 'BG', areaCode: '32', postalPrefix: '40', region: 'PDV', timeZone: 'Europe/Sofia' },
    { name: 'Варна', country: 'BG', areaCode: '52', postalPrefix: '90', region: 'VAR', timeZone: 'Europe/Sofia' },
    { name: 'Бургас', country: 'BG', areaCode: '56', postalPrefix: '80', region: 'BGS', timeZone: 'Europe/Sofia' },
    { name: 'Русе', country: 'BG', areaCode: '82', postalPrefix: '70', region: 'RSE', timeZone: 'Europe/Sofia' },
    { name: 'Стара Загора', country: 'BG', areaCode: '42', postalPrefix: '60', region: 'SZR', timeZone: 'Europe/Sofia' },
    { name: 'Плевен', country: 'BG', areaCode: '64', postalPrefix: '58', region: 'PVN', timeZone: 'Europe/Sofia' },
    { name: 'Велико Търново', country: 'BG', areaCode: '62', postalPrefix: '50', region: 'VTR', timeZone: 'Europe/Sofia' },
    { name: 'Благоевград', country: 'BG', areaCode: '73', postalPrefix: '27', region: 'BLG', timeZone: 'Europe/Sofia' },
    { name: 'Шумен', country: 'BG', areaCode: '54', postalPrefix: '97', region: 'SHU', timeZone: 'Europe/Sofia' },
  ],
  GB: [
    { name: 'London', country: 'GB', areaCode: '20', postalPrefix: 'EC1A', region: 'ENG', timeZone: 'Europe/London' },
    { name: 'Manchester', country: 'GB', areaCode: '161', postalPrefix: 'M1', region: 'ENG', timeZone: 'Europe/London' },
    { name: 'Birmingham', country: 'GB', areaCode: '121', postalPrefix: 'B1', region: 'ENG', timeZone: 'Europe/London' },
    { name: 'Leeds', country: 'GB', areaCode: '113', postalPrefix: 'LS1', region: 'ENG', timeZone: 'Europe/London' },
    { name: 'Bristol', country: 'GB', areaCode: '117', postalPrefix: 'BS1', region: 'ENG', timeZone: 'Europe/London' },
    { name: 'Glasgow', country: 'GB', areaCode: '141', postalPrefix: 'G1', region: 'SCT', timeZone: 'Europe/London' },
    { name: 'Edinburgh', country: 'GB', areaCode: '131', postalPrefix: 'EH1', region: 'SCT', timeZone: 'Europe/London' },
  ],
  US: [
    { name: 'New York', country: 'US', areaCode: '212', postalPrefix: '100', region: 'NY', timeZone: 'America/New_York' },
    { name: 'Boston', country: 'US', areaCode: '617', postalPrefix: '021', region: 'MA', timeZone: 'America/New_York' },
    { name: 'Chicago', country: 'US', areaCode: '312', postalPrefix: '606', region: 'IL', timeZone: 'America/Chicago' },
    { name: 'Austin', country: 'US', areaCode: '512', postalPrefix: '787', region: 'TX', timeZone: 'America/Chicago' },
    { name: 'Denver', country: 'US', areaCode: '303', postalPrefix: '802', region: 'CO', timeZone: 'America/Denver' },
    { name: 'San Francisco', country: 'US', areaCode: '415', postalPrefix: '941', region: 'CA', timeZone: 'America/Los_Angeles' },
    { name: 'Seattle', country: 'US', areaCode: '206', postalPrefix: '981', region: 'WA', timeZone: 'America/Los_Angeles' },
  ],
};

const RU_STREETS = [
  'ул. Ленина', 'ул. Советская', 'ул. Мира', 'пр-т Победы', 'ул. Гагарина', 'ул. Садовая', 'ул. Пушкина',
  'ул. Московская', 'ул. Строителей', 'ул. Заводская', 'ул. Лесная', 'ул. Октябрьская', 'ул. Набережная',
  'Ленинградский пр-т', 'ул. Кирова', 'ул. Чехова', 'ул. Профсоюзная', 'ул. Новая', 'пер. Школьный', 'ш. Энтузиастов',
];
const BG_STREETS = [
  'ул. „Граф Игнатиев“', 'бул. „Витоша“', 'бул. „Цар Освободител“', 'ул. „Раковски“', 'бул. „България“',
  'ул. „Шипка“', 'бул. „Христо Ботев“', 'ул. „Иван Вазов“', 'бул. „Княгиня Мария Луиза“', 'ул. „Алеко Константинов“',
  'бул. „Васил Левски“', 'ул. „Любен Каравелов“', 'бул. „Сливница“', 'ул. „Оборище“',
];
const EN_STREETS = [
  'High Street', 'Station Road', 'Main Street', 'Church Lane', 'Park Road', 'Victoria Road', 'Market Street',
  'King Street', 'Queen Street', 'Mill Lane', 'Broadway', 'Oak Avenue', 'Maple Street', 'Elm Street', 'Lake Drive',
];

export interface Address {
  city: City;
  postalCode: string;
  /** One line as written on an invoice in that country. */
  line: string;
}

/** A plausible business address in one of the country's cities. */
export function address(r: Random, country: Country): Address {
  const city = r.pick(CITIES[country]);
  const house = r.int(1, 180);
  if (country === 'RU') {
    const postalCode = city.postalPrefix + r.digits(6 - city.postalPrefix.length);
    const office = r.chance(0.6) ? `, офис ${r.int(1, 12)}${r.digits(2)}` : '';
    return { city, postalCode, line: `${postalCode}, г. ${city.name}, ${r.pick(RU_STREETS)}, д. ${house}${office}` };
  }
  if (country === 'BG') {
    const postalCode = city.postalPrefix + r.digits(4 - city.postalPrefix.length);
    const floor = r.chance(0.5) ? `, ет. ${r.int(1, 8)}` : '';
    return { city, postalCode, line: `${postalCode} гр. ${city.name}, ${r.pick(BG_STREETS)} № ${house}${floor}` };
  }
  if (country === 'GB') {
    const postalCode = `${city.postalPrefix} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`;
    return { city, postalCode, line: `${house} ${r.pick(EN_STREETS)}, ${city.name} ${postalCode}` };
  }
  const postalCode = city.postalPrefix + r.digits(5 - city.postalPrefix.length);
  const suite = r.chance(0.4) ? `, Suite ${r.int(1, 20)}00` : '';
  return { city, postalCode, line: `${house * 10} ${r.pick(EN_STREETS)}${suite}, ${city.name}, ${city.region} ${postalCode}` };
}
