/** Draws one company with its legal name, registration numbers, address and contact persons. */
import type { Random } from './random.js';
import { landlinePhone, type Country, type Phone } from './phones.js';
import { address } from './places.js';
import { CONTACT_ROLES, SECONDARY_ROLES, type ContactRole, type DemoLocale } from './positions.js';
import {
  BG_NAME_HEADS, BG_NAME_TAILS, EN_NAME_HEADS, EN_NAME_NOUNS, EN_NAME_TAILS, INDUSTRIES, INDUSTRY_KEYS,
  LEGAL_FORMS, RU_NAME_HEADS, RU_NAME_TAILS, TLD, type IndustryKey, type LegalForm,
} from './companies.js';
import { EN_SURNAMES } from './names.en.js';
import { countryOf, drawName, drawPerson, fullName, type DemoPerson, type Name } from './person.js';
import { eik, gbCompanyNumber, gbVat, innOrganisation, innPerson, kppFor, ogrn, usEin } from './tax-ids.js';
import { transliterate } from './translit.js';

export interface DemoContactPerson extends DemoPerson {
  role: ContactRole;
  /** How a CRM user labels this contact at the company: "бухгалтер", "отдел закупок". */
  roleLabel: string;
  isPrimary: boolean;
}

export interface DemoCompany {
  /** Stable identity within a seed: `company:7`. */
  key: string;
  locale: DemoLocale;
  country: Country;
  legalForm: LegalForm['key'];
  /** The name without the legal form: ТехноСнаб, Агрокомерс, Northwind Logistics. */
  brand: string;
  /** As people write it: ООО «ТехноСнаб», Агрокомерс ЕООД, Northwind Logistics Ltd. */
  name: string;
  /** As registered: Общество с ограниченной ответственностью «ТехноСнаб», „Агрокомерс“ ЕООД. */
  legalName: string;
  /** RU: ИНН (10 digits, 12 for ИП). BG: ЕИК (9 digits). GB: VAT number. US: EIN. */
  taxId: string;
  /** RU only: КПП (none for ИП). */
  kpp: string | null;
  /** RU: ОГРН/ОГРНИП. GB: Companies House number. */
  registrationNumber: string | null;
  /** BG: "BG" + ЕИК; GB: same as taxId. */
  vatNumber: string | null;
  industry: { key: IndustryKey; name: string };
  website: string | null;
  email: string;
  phone: Phone;
  city: string;
  postalCode: string;
  address: string;
  timeZone: string;
  /** The director first, then other people the company's clients call. */
  contacts: DemoContactPerson[];
}

function ruBrand(r: Random): string {
  const head = r.pick(RU_NAME_HEADS);
  let tail = r.pick(RU_NAME_TAILS);
  if (tail === head) tail = 'Сервис';
  const style = r.int(0, 2);
  if (style === 0) return head + tail;
  if (style === 1) return head + tail.toLowerCase();
  return `${head}-${tail}`;
}

function enBrand(r: Random): string {
  const style = r.int(0, 9);
  if (style < 5) return `${r.pick(EN_NAME_HEADS)}${r.pick(EN_NAME_TAILS)} ${r.pick(EN_NAME_NOUNS)}`;
  if (style < 8) return `${r.pick(EN_SURNAMES)} ${r.pick(EN_NAME_NOUNS)}`;
  return `${r.pick(EN_SURNAMES)} & ${r.pick(EN_SURNAMES)}`;
}

function initials(name: Name): string {
  return `${name.firstName[0]}. ${name.middleName ? `${name.middleName[0]}.` : ''}`.trim();
}

interface Naming {
  brand: string;
  name: string;
  legalName: string;
}

function naming(r: Random, country: Country, form: LegalForm, owner: Name): Naming {
  if (country === 'RU') {
    if (form.isSoleProprietor) {
      return { brand: `${owner.lastName} ${initials(owner)}`, name: `ИП ${owner.lastName} ${initials(owner)}`, legalName: `${form.full} ${fullName(owner, 'ru')}` };
    }
    const brand = ruBrand(r);
    return { brand, name: `${form.short} «${brand}»`, legalName: `${form.full} «${brand}»` };
  }
  if (country === 'BG') {
    const brand = r.pick(BG_NAME_HEADS) + r.pick(BG_NAME_TAILS);
    if (form.isSoleProprietor) {
      const trade = `${brand} – ${owner.firstName} ${owner.lastName}`;
      return { brand, name: `ЕТ „${trade}“`, legalName: `${form.full} „${trade}“` };
    }
    return { brand, name: `${brand} ${form.short}`, legalName: `„${brand}“ ${form.short}` };
  }
  const brand = enBrand(r);
  return { brand, name: `${brand} ${form.short}`, legalName: `${brand} ${form.full}` };
}

interface Registration {
  taxId: string;
  kpp: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
}

function registration(r: Random, country: Country, form: LegalForm, region: string): Registration {
  if (country === 'RU') {
    if (form.isSoleProprietor) return { taxId: innPerson(r, region), kpp: null, registrationNumber: ogrn(r, region, true), vatNumber: null };
    const inn = innOrganisation(r, region);
    return { taxId: inn, kpp: kppFor(inn), registrationNumber: ogrn(r, region, false), vatNumber: null };
  }
  if (country === 'BG') {
    const id = eik(r);
    return { taxId: id, kpp: null, registrationNumber: null, vatNumber: r.chance(0.7) ? `BG${id}` : null };
  }
  if (country === 'GB') {
    const vat = gbVat(r);
    return { taxId: vat, kpp: null, registrationNumber: gbCompanyNumber(r), vatNumber: vat };
  }
  return { taxId: usEin(r), kpp: null, registrationNumber: null, vatNumber: null };
}

const GENERIC_MAILBOX: Record<DemoLocale, readonly string[]> = {
  ru: ['info', 'office', 'zakaz', 'mail', 'sales'],
  bg: ['office', 'info', 'sales', 'contact'],
  en: ['info', 'hello', 'contact', 'sales', 'office'],
};

function pickRoles(r: Random, count: number): ContactRole[] {
  const roles: ContactRole[] = ['director'];
  const left = SECONDARY_ROLES.slice();
  while (roles.length < count && left.length > 0) {
    const role = r.weighted(left);
    roles.push(role);
    left.splice(left.findIndex(([x]) => x === role), 1);
  }
  return roles;
}

/** A whole company of the locale; everything is drawn from `r`. */
export function drawCompany(r: Random, key: string, locale: DemoLocale): DemoCompany {
  const country = countryOf(r, locale);
  const form = r.weighted(LEGAL_FORMS[country]);
  const owner = drawName(r, locale);
  const { brand, name, legalName } = naming(r, country, form, owner);
  const place = address(r, country);
  const reg = registration(r, country, form, place.city.region);
  const industry = r.pick(INDUSTRY_KEYS);
  const hasSite = !form.isSoleProprietor || r.chance(0.3);
  const domain = `${transliterate(brand, locale)}.${r.pick(TLD[country])}`;
  const contactCount = form.isSoleProprietor ? r.int(1, 2) : r.int(2, 5);
  const seenEmails = new Set<string>();
  const contacts = pickRoles(r, contactCount).map((role, j): DemoContactPerson => {
    const isOwner = j === 0 && form.isSoleProprietor;
    const titles = CONTACT_ROLES[locale][role].titles;
    const person = drawPerson(r, `${key}/contact:${j}`, locale, {
      country,
      name: j === 0 ? owner : drawName(r, locale),
      city: place.city,
      jobTitle: isOwner ? form.full : r.pick(titles),
      emailDomain: hasSite ? domain : undefined,
    });
    // Two people named Ivan would both get ivan@; the second gets a numbered address, as in life.
    if (seenEmails.has(person.email)) person.email = person.email.replace('@', `${j}@`);
    seenEmails.add(person.email);
    return Object.assign(person, { role, roleLabel: CONTACT_ROLES[locale][role].label, isPrimary: j === 0 });
  });
  return {
    key,
    locale,
    country,
    legalForm: form.key,
    brand,
    name,
    legalName,
    ...reg,
    industry: { key: industry, name: INDUSTRIES[industry][locale] },
    website: hasSite ? `https://${domain}` : null,
    email: hasSite ? `${r.pick(GENERIC_MAILBOX[locale])}@${domain}` : (contacts[0] as DemoContactPerson).email,
    phone: landlinePhone(r, country, place.city.areaCode),
    city: place.city.name,
    postalCode: place.postalCode,
    address: place.line,
    timeZone: place.city.timeZone,
    contacts,
  };
}
