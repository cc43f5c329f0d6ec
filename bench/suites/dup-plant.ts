/**
 * The duplicates quality benchmark's data: a base of generated people and companies, and planted
 * duplicates of every kind the matcher should find (typos, a mistyped first letter, typos in both
 * words, swapped order, transliteration, initials, pet forms, patronymics, English names in
 * Cyrillic, phones typed in another country's national format, legal forms, tax ids, website domains), plus hard negatives it must not call
 * likely (namesakes at other companies, shared mailboxes, a household's phone). Pure and seeded.
 */
import type { DemoGenerator, DemoPerson } from '../../src/platform/demo/generator.js';
import { Random } from '../../src/platform/demo/random.js';
import { DIMINUTIVE_GROUPS } from '../../src/platform/text/diminutives.js';
import { cyrillicToLatin } from '../../src/platform/text/translit.js';

export interface PersonSpec { id: string; phoneCountry: string; displayName: string; firstName: string | null; middleName: string | null; lastName: string | null; phones: string[]; emails: string[]; birthday: string | null; companyIndex: number | null }
export interface CompanySpec { id: string; name: string; taxId: string | null; website: string | null; phones: string[] }

export const PERSON_KINDS = ['phone_format', 'other_country_phone', 'typo', 'first_letter', 'two_words', 'swap', 'translit', 'initial', 'nickname', 'patronymic', 'cross_script'] as const;
export const COMPANY_KINDS = ['legal_form', 'tax_id', 'domain'] as const;
export const NEGATIVE_KINDS = ['namesake', 'shared_mailbox', 'household'] as const;

export interface Planted {
  people: PersonSpec[];
  companies: CompanySpec[];
  /** Kind → pairs of ids that are one record (`a|b`, a < b). */
  truth: Map<string, Set<string>>;
  /** Hard negative kind → pairs of ids that are two records. */
  negatives: Map<string, Set<string>>;
}

const personId = (i: number) => `019ab0d1-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
const companyId = (i: number) => `019ab0d2-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

// Pet forms by full name (the first name of each group → its second).
const PET = new Map(DIMINUTIVE_GROUPS.map((line) => line.split(' ')).map((names) => [names[0]!, names[1]!]));

// English sounds as a Russian would write them: enough rules for the generator's English names.
const EN_TO_RU: Array<[RegExp, string]> = [
  [/^wh/u, 'у'], [/^w/u, 'у'], [/(?<=[aeiou])w/gu, 'у'], [/w/gu, 'в'], [/tch/gu, 'ч'], [/ch/gu, 'ч'], [/sh/gu, 'ш'], [/th/gu, 'т'], [/ph/gu, 'ф'],
  [/ck/gu, 'к'], [/^j/u, 'дж'], [/j/gu, 'дж'], [/g(?=[ei])/gu, 'дж'], [/qu/gu, 'кв'], [/x/gu, 'кс'], [/c(?=[eiy])/gu, 'с'], [/c/gu, 'к'],
  [/ee|ea/gu, 'и'], [/oo/gu, 'у'], [/ow$/u, 'оу'], [/ow/gu, 'ау'], [/ou/gu, 'ау'], [/ay|ai|ey/gu, 'ей'], [/y$/u, 'и'], [/^y/u, 'й'], [/y/gu, 'и'],
  [/a/gu, 'а'], [/b/gu, 'б'], [/d/gu, 'д'], [/e$/u, ''], [/e/gu, 'е'], [/f/gu, 'ф'], [/g/gu, 'г'], [/h/gu, 'х'], [/i/gu, 'и'], [/k/gu, 'к'], [/l/gu, 'л'],
  [/m/gu, 'м'], [/n/gu, 'н'], [/o/gu, 'о'], [/p/gu, 'п'], [/r/gu, 'р'], [/s/gu, 'с'], [/t/gu, 'т'], [/u/gu, 'а'], [/v/gu, 'в'], [/z/gu, 'з'],
];
function inCyrillic(word: string): string {
  let s = word.toLowerCase();
  for (const [from, to] of EN_TO_RU) s = s.replace(from, to);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One letter of a word changed (not the first): a typo a hurried hand makes. */
function typo(r: Random, word: string): string {
  const at = r.int(1, word.length - 1);
  const letters = /[а-яё]/iu.test(word) ? 'аеиоунрстлк' : 'aeiounrstlk';
  let ch = r.pick([...letters]);
  if (ch === word[at]) ch = letters[(letters.indexOf(ch) + 1) % letters.length]!;
  return r.chance(0.5) ? word.slice(0, at) + ch + word.slice(at + 1) : word.slice(0, at) + word.slice(at + 1);
}

/** The first letter of a word mistyped: another letter in its place (three times in four) or swapped with the second. */
function firstLetterTypo(r: Random, word: string): string {
  if (r.chance(0.25)) return (word[1]!.toUpperCase() + word[0]!.toLowerCase() + word.slice(2));
  const letters = /[а-яё]/iu.test(word) ? 'АЕИОУНРСТЛКВП' : 'AEIOUNRSTLKVP';
  let ch = r.pick([...letters]);
  if (ch === word[0]!.toUpperCase()) ch = letters[(letters.indexOf(ch) + 1) % letters.length]!;
  return ch + word.slice(1);
}

function basePerson(p: DemoPerson, i: number, companyIndex: number | null): PersonSpec {
  return { id: personId(i), phoneCountry: p.phone.country, displayName: p.displayName, firstName: p.firstName, middleName: null, lastName: p.lastName, phones: [p.phone.e164], emails: [p.email], birthday: p.birthday, companyIndex };
}

/** `size` people at `size / 10` companies, with about 0.2% of the base planted per kind and as many hard negatives. */
export function plantDuplicates(generator: DemoGenerator, size: number, seed = 20261207): Planted {
  const r = new Random(seed);
  const companyCount = Math.max(20, Math.floor(size / 10));
  const companies: CompanySpec[] = [];
  const demoCompanies = [...generator.companies(companyCount)];
  // The generator derives websites and emails from names, so different companies and people can
  // share one; in a real base an address belongs to one of them, so repeats get a number.
  const seen = new Set<string>();
  const unique = (value: string, k: number, at: (v: string, n: number) => string) => {
    const out = seen.has(value) ? at(value, k) : value;
    seen.add(out);
    return out;
  };
  demoCompanies.forEach((c, i) => companies.push({
    id: companyId(i), name: c.name, taxId: c.taxId, phones: [c.phone.e164],
    website: c.website && unique(c.website, i, (v, n) => v.replace('https://', `https://b${n}.`)),
  }));
  const people: PersonSpec[] = [];
  const demo: DemoPerson[] = [];
  for (let i = 0; i < size; i++) {
    const p = generator.personAt(i);
    demo.push(p);
    const spec = basePerson(p, i, r.chance(0.7) ? r.int(0, companyCount - 1) : null);
    spec.emails = [unique(p.email.toLowerCase(), i, (v, n) => v.replace('@', `.${n}@`))];
    people.push(spec);
  }
  const truth = new Map<string, Set<string>>();
  const negatives = new Map<string, Set<string>>();
  const perKind = Math.max(30, Math.floor(size * 0.002));
  let next = size;
  const used = new Set<number>();
  const pickBase = (ok: (p: DemoPerson, spec: PersonSpec) => boolean): number | null => {
    for (let tries = 0; tries < 5000; tries++) {
      const i = r.int(0, size - 1);
      if (!used.has(i) && ok(demo[i]!, people[i]!)) return used.add(i), i;
    }
    return null;
  };
  const add = (map: Map<string, Set<string>>, kind: string, a: string, b: string) => map.set(kind, (map.get(kind) ?? new Set()).add(pairKey(a, b)));
  const dup = (base: PersonSpec, change: Partial<PersonSpec>): PersonSpec => {
    const spec: PersonSpec = { ...base, phones: [], emails: [], birthday: null, companyIndex: null, ...change, id: personId(next++) };
    people.push(spec);
    return spec;
  };
  const words = (p: DemoPerson) => [p.firstName, p.lastName];
  const plant: Record<(typeof PERSON_KINDS)[number], [(p: DemoPerson, s: PersonSpec) => boolean, (p: DemoPerson, s: PersonSpec) => Partial<PersonSpec>]> = {
    phone_format: [(p) => p.phone.country === 'RU', (p) => ({ phones: [p.phone.typed] })],
    other_country_phone: [(p) => p.phone.country !== 'RU', (p) => ({ phones: [p.phone.typed] })],
    typo: [(p, s) => s.companyIndex !== null && p.lastName.length >= 5, (p, s) => ({ displayName: `${p.firstName} ${typo(r, p.lastName)}`, companyIndex: s.companyIndex })],
    first_letter: [(p, s) => s.companyIndex !== null && p.lastName.length >= 6, (p, s) => ({ displayName: `${p.firstName} ${firstLetterTypo(r, p.lastName)}`, companyIndex: s.companyIndex })],
    two_words: [(p, s) => s.companyIndex !== null && p.firstName.length >= 5 && p.lastName.length >= 5, (p, s) => ({ displayName: `${typo(r, p.firstName)} ${typo(r, p.lastName)}`, companyIndex: s.companyIndex })],
    swap: [() => true, (p, s) => ({ displayName: `${p.lastName} ${p.firstName}`, emails: [s.emails[0]!.toUpperCase()] })],
    translit: [(p, s) => s.companyIndex !== null && p.locale !== 'en', (p, s) => ({ displayName: cyrillicToLatin(p.displayName, p.locale === 'bg' ? 'bg' : 'ru'), companyIndex: s.companyIndex })],
    initial: [(p, s) => s.companyIndex !== null, (p, s) => ({ displayName: `${p.firstName[0]}. ${p.lastName}`, companyIndex: s.companyIndex })],
    nickname: [(p, s) => s.companyIndex !== null && PET.has(p.firstName), (p, s) => ({ displayName: `${PET.get(p.firstName)} ${p.lastName}`, companyIndex: s.companyIndex })],
    patronymic: [(p) => p.middleName !== null, (p, s) => ({ displayName: `${p.firstName} ${p.middleName} ${p.lastName}`, birthday: s.birthday })],
    cross_script: [(p, s) => s.companyIndex !== null && p.locale === 'en', (p, s) => ({ displayName: words(p).map(inCyrillic).join(' '), companyIndex: s.companyIndex })],
  };
  for (const kind of PERSON_KINDS) {
    const [ok, change] = plant[kind];
    for (let k = 0; k < perKind; k++) {
      const i = pickBase(ok);
      if (i === null) break;
      add(truth, kind, people[i]!.id, dup(people[i]!, change(demo[i]!, people[i]!)).id);
    }
  }
  for (let k = 0; k < perKind; k++) {
    // A namesake at another company (or none): another person with the same name.
    const i = pickBase((_, s) => s.companyIndex !== null);
    if (i !== null) add(negatives, 'namesake', people[i]!.id, dup(people[i]!, { phones: [`+7916${String(1_000_000 + k).slice(1)}1`], companyIndex: (people[i]!.companyIndex! + 1) % companyCount }).id);
    // A household: someone else of the family on the same home phone.
    const h = pickBase((p) => p.phone.country === 'RU');
    if (h !== null) {
      const other = demo[(h + 7) % size]!;
      add(negatives, 'household', people[h]!.id, dup(people[h]!, { displayName: `${other.firstName} ${demo[h]!.lastName}`, firstName: other.firstName, phones: [demo[h]!.phone.typed] }).id);
    }
    // Three colleagues writing from the company's shared mailbox.
    const c = r.int(0, companyCount - 1);
    const mailbox = `info@shared${k}.example`;
    const trio = [0, 1, 2].map((j) => dup(basePerson(demo[(k * 3 + j) % size]!, 0, c), { companyIndex: c, emails: [mailbox], phones: [`+7917${String(1_000_000 + k * 3 + j).slice(1)}2`] }));
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) add(negatives, 'shared_mailbox', trio[a]!.id, trio[b]!.id);
  }
  plantCompanies(r, demoCompanies.map((c) => c.brand), companies, truth, perKind);
  return { people, companies, truth, negatives };
}

/** Company duplicates: the brand with another legal form and the phone typed nationally, the same tax id, the same website. */
function plantCompanies(r: Random, brands: string[], companies: CompanySpec[], truth: Map<string, Set<string>>, perKind: number): void {
  const count = companies.length;
  const used = new Set<number>();
  let next = count;
  const add = (kind: string, a: string, b: string) => truth.set(kind, (truth.get(kind) ?? new Set()).add(pairKey(a, b)));
  const pick = (ok: (c: CompanySpec) => boolean) => {
    for (let tries = 0; tries < 5000; tries++) {
      const i = r.int(0, count - 1);
      if (!used.has(i) && ok(companies[i]!)) return used.add(i), i;
    }
    return null;
  };
  const dup = (change: Partial<CompanySpec>) => {
    const spec: CompanySpec = { name: '', taxId: null, website: null, phones: [], ...change, id: companyId(next++) };
    companies.push(spec);
    return spec;
  };
  for (let k = 0; k < perKind; k++) {
    const i = pick(() => true);
    if (i !== null) add('legal_form', companies[i]!.id, dup({ name: r.chance(0.5) ? brands[i]! : `«${brands[i]}»`, phones: companies[i]!.phones }).id);
    const t = pick((c) => c.taxId !== null && /^\d{9,12}$/u.test(c.taxId));
    if (t !== null) add('tax_id', companies[t]!.id, dup({ name: cyrillicToLatin(brands[t]!, 'ru'), taxId: `${companies[t]!.taxId!.length === 9 ? 'BG' : 'RU'} ${companies[t]!.taxId}` }).id);
    const d = pick((c) => c.website !== null);
    if (d !== null) add('domain', companies[d]!.id, dup({ name: brands[d]!, website: companies[d]!.website!.replace('https://', 'www.') }).id);
  }
}
