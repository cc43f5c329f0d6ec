/** Draws one person: a name with the right gendered forms, email, phone, job title, birthday. */
import type { Random } from './random.js';
import { mobilePhone, type Country, type Phone } from './phones.js';
import { CITIES, type City } from './places.js';
import { JOB_TITLES, type DemoLocale } from './positions.js';
import { RU_FEMALE, RU_MALE, RU_SURNAMES, feminineRuSurname } from './names.ru.js';
import { BG_FEMALE, BG_MALE, BG_SURNAMES, feminineBgSurname } from './names.bg.js';
import { EN_FEMALE, EN_MALE, EN_SURNAMES } from './names.en.js';
import { transliterate } from './translit.js';

export type Gender = 'male' | 'female';

export interface DemoPerson {
  /** Stable identity within a seed: `person:42`, `company:7/contact:1`, `user:3`. */
  key: string;
  locale: DemoLocale;
  country: Country;
  gender: Gender;
  firstName: string;
  /** Russian отчество or Bulgarian презиме; null for English names. */
  middleName: string | null;
  lastName: string;
  /** How lists show the person: "Иван Петров", "Мария Иванова", "John Smith". */
  displayName: string;
  /** The formal name in the local order: "Петров Иван Сергеевич", "Иван Петров Иванов", "John Smith". */
  fullName: string;
  email: string;
  phone: Phone;
  jobTitle: string;
  /** YYYY-MM-DD */
  birthday: string;
  city: string;
  timeZone: string;
}

export interface Name {
  gender: Gender;
  firstName: string;
  middleName: string | null;
  lastName: string;
}

// Pairs [male, female] built once: the regex rules would otherwise run for every woman drawn.
const RU_SURNAME_FORMS = RU_SURNAMES.map((m) => [m, feminineRuSurname(m)] as const);
const BG_SURNAME_FORMS = BG_SURNAMES.map((m) => [m, feminineBgSurname(m)] as const);
const BG_MIDDLE_FORMS = BG_MALE.map(([first, middle]) => [first, middle, feminineBgSurname(middle)] as const);

/** A name as a person of the locale would carry it; the surname and middle name agree with the gender. */
export function drawName(r: Random, locale: DemoLocale, gender: Gender = r.chance(0.5) ? 'male' : 'female'): Name {
  if (locale === 'ru') {
    const father = r.pick(RU_MALE);
    const surname = r.pick(RU_SURNAME_FORMS);
    const male = gender === 'male';
    return {
      gender,
      firstName: male ? r.pick(RU_MALE)[0] : r.pick(RU_FEMALE),
      middleName: male ? father[1] : father[2],
      lastName: male ? surname[0] : surname[1],
    };
  }
  if (locale === 'bg') {
    const father = r.pick(BG_MIDDLE_FORMS);
    const surname = r.pick(BG_SURNAME_FORMS);
    const male = gender === 'male';
    return {
      gender,
      firstName: male ? r.pick(BG_MALE)[0] : r.pick(BG_FEMALE),
      middleName: male ? father[1] : father[2],
      lastName: male ? surname[0] : surname[1],
    };
  }
  return { gender, firstName: r.pick(gender === 'male' ? EN_MALE : EN_FEMALE), middleName: null, lastName: r.pick(EN_SURNAMES) };
}

/** First name and surname, as lists show a person. */
export function displayName(name: Name): string {
  return `${name.firstName} ${name.lastName}`;
}

/** The formal name in the locale's order: Russian surname first, Bulgarian first–middle–last. */
export function fullName(name: Name, locale: DemoLocale): string {
  if (locale === 'ru') return `${name.lastName} ${name.firstName} ${name.middleName}`;
  if (locale === 'bg') return `${name.firstName} ${name.middleName} ${name.lastName}`;
  return `${name.firstName} ${name.lastName}`;
}

const PERSONAL_DOMAINS: Record<Country, readonly (readonly [string, number])[]> = {
  RU: [['mail.ru', 30], ['yandex.ru', 30], ['gmail.com', 20], ['bk.ru', 5], ['list.ru', 5], ['inbox.ru', 5], ['rambler.ru', 5]],
  BG: [['abv.bg', 45], ['gmail.com', 35], ['mail.bg', 10], ['yahoo.com', 5], ['dir.bg', 5]],
  GB: [['gmail.com', 40], ['outlook.com', 20], ['hotmail.co.uk', 15], ['yahoo.co.uk', 10], ['btinternet.com', 10], ['icloud.com', 5]],
  US: [['gmail.com', 50], ['outlook.com', 15], ['yahoo.com', 15], ['icloud.com', 15], ['aol.com', 5]],
};

/** The local part people choose: ivan.petrov, i.petrov, ivanpetrov84, petrov.ivan, ivan_petrov. */
export function emailLocalPart(r: Random, name: Name, locale: DemoLocale, birthYear: number): string {
  const first = transliterate(name.firstName, locale);
  const last = transliterate(name.lastName, locale);
  const roll = r.next();
  if (roll < 0.55) return `${first}.${last}`;
  if (roll < 0.7) return `${first[0]}.${last}`;
  if (roll < 0.82) return `${first}${last}${String(birthYear).slice(2)}`;
  if (roll < 0.9) return `${last}.${first}`;
  return `${first}_${last}`;
}

/** The local part of a work mailbox: ivan.petrov, i.petrov, ivan. */
export function workEmailLocalPart(r: Random, name: Name, locale: DemoLocale): string {
  const first = transliterate(name.firstName, locale);
  const last = transliterate(name.lastName, locale);
  const roll = r.next();
  if (roll < 0.5) return `${first}.${last}`;
  if (roll < 0.8) return `${first[0]}.${last}`;
  return first;
}

/** A free mail provider popular in the country (mail.ru, abv.bg, gmail.com...). */
export function personalEmailDomain(r: Random, country: Country): string {
  return r.weighted(PERSONAL_DOMAINS[country]);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A birthday of someone of working age in 2026 (born 1958-2004). */
export function drawBirthday(r: Random): { iso: string; year: number } {
  const year = r.int(1958, 2004);
  const month = r.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return { iso: `${year}-${pad2(month)}-${pad2(r.int(1, days))}`, year };
}

/** The country of a person or company of the locale; English ones live in the UK or the US. */
export function countryOf(r: Random, locale: DemoLocale): Country {
  if (locale === 'ru') return 'RU';
  if (locale === 'bg') return 'BG';
  return r.chance(0.55) ? 'GB' : 'US';
}

export interface PersonOptions {
  country?: Country;
  /** A name chosen by the caller (a sole proprietor's owner must match the company name). */
  name?: Name;
  city?: City;
  jobTitle?: string;
  /** Work address at a company (`tekhnosnab.ru`) instead of a personal mailbox. */
  emailDomain?: string;
  /** Fixed local part (users of the demo workspace). */
  emailLocalPart?: string;
}

/** A whole person of the locale. Everything is drawn from `r`, so the same state gives the same person. */
export function drawPerson(r: Random, key: string, locale: DemoLocale, options: PersonOptions = {}): DemoPerson {
  const country = options.country ?? countryOf(r, locale);
  const name = options.name ?? drawName(r, locale);
  const birthday = drawBirthday(r);
  const city = options.city ?? r.pick(CITIES[country]);
  const local = options.emailLocalPart ?? (options.emailDomain ? workEmailLocalPart(r, name, locale) : emailLocalPart(r, name, locale, birthday.year));
  const domain = options.emailDomain ?? personalEmailDomain(r, country);
  return {
    key,
    locale,
    country,
    gender: name.gender,
    firstName: name.firstName,
    middleName: name.middleName,
    lastName: name.lastName,
    displayName: displayName(name),
    fullName: fullName(name, locale),
    email: `${local}@${domain}`,
    phone: mobilePhone(r, country),
    jobTitle: options.jobTitle ?? r.pick(JOB_TITLES[locale]),
    birthday: birthday.iso,
    city: city.name,
    timeZone: city.timeZone,
  };
}
